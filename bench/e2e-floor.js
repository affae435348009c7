/**
 * The end-to-end floor of `npm run bench`: a bare lit-html client that fetches the same
 * `GET <endpoint>/sessions` JSON as the widget and renders the same rows (the widget's markup:
 * icon, device name and badges, detail lines, Details and Log out buttons) into a shadow root,
 * with no formatting: the wire's strings as they come (dates as ISO strings, country codes), no
 * checks, no sorting (the server sends display order). Built at bench time as
 * dist/active-sessions.js is (scripts/vite-lib.mjs), twice: `CSS` is the widget's own stylesheet
 * text (read from the built bundle by scripts/bench.mjs) in one build, `null` in the other.
 */
import { html, nothing, render, svg } from 'lit-html';

// eslint-disable-next-line no-undef -- replaced at build time
const CSS = __WIDGET_CSS__;

const ICONS = {
  desktop: svg`<rect x="3" y="4" width="18" height="12" rx="2"/><path d="M8 20h8m-4-4v4"/>`,
  mobile: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
  tablet: svg`<rect x="4" y="2" width="16" height="20" rx="2"/><path d="M11 18h2"/>`,
  unknown: svg`<circle cx="12" cy="12" r="9"/><path d="M12 8v4m0 4h.01"/>`,
};

const isolated = (parts, separator = ' · ') => parts.map((p, i) => html`${i ? separator : ''}<bdi>${p}</bdi>`);
const line = (...parts) => {
  const known = parts.filter(Boolean);
  return known.length ? html`<div>${isolated(known)}</div>` : nothing;
};
const noop = () => {};

const row = (s) => {
  const d = s.device ?? {};
  const l = s.location ?? {};
  const place = [l.city, l.region, l.country].filter(Boolean);
  return html`<li part="row">
    <div class="icon"><svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[d.type] ?? ICONS.unknown}</svg></div>
    <div class="body">
      <div class="main">
        <div part="device" class="device">
          <bdi>${d.name ?? d.user_agent ?? s.id}</bdi>
          ${s.current ? html`<span part="badge" class="badge current">CURRENT SESSION</span>` : nothing}
          ${s.trusted ? html`<span part="badge" class="badge">Trusted device</span>` : nothing}
        </div>
        <div part="details" class="details">
          ${line(d.browser, d.os)}
          ${s.apps
            ? html`<div>
                <span class="sr">Apps:</span>
                ${s.apps.map((app) => html`<span part="badge" class="badge"><bdi>${app}</bdi></span> `)}
              </div>`
            : nothing}
          ${place.length || s.ip_address
            ? html`<div>${isolated(place, ', ')}${place.length && s.ip_address ? ' · ' : ''}${s.ip_address
                  ? html`<bdi>${s.ip_address}</bdi>`
                  : nothing}</div>`
            : nothing}
          ${line(s.signed_in_at, s.last_active_at)}
        </div>
        <button part="details-toggle" class="link" aria-expanded="false" @click=${noop}>Details</button>
      </div>
      ${s.current ? nothing : html`<button part="logout-button" class="danger" @click=${noop}>Log out</button>`}
    </div>
  </li>`;
};

/**
 * Renders the sessions at `endpoint` into a new shadow root on a `<div>` appended to `parent`;
 * returns the shadow root at once (the rows arrive with the response).
 */
export function mount(parent, endpoint) {
  const host = document.createElement('div');
  parent.append(host);
  const root = host.attachShadow({ mode: 'open' });
  if (CSS !== null) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  }
  fetch(`${endpoint}/sessions`, { headers: { Accept: 'application/json' } })
    .then((res) => res.json())
    .then(({ sessions }) => render(html`<ul part="list" role="list">${sessions.map(row)}</ul>`, root));
  return root;
}
