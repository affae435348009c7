/**
 * The in-page baseline: a bare lit-html list that does what `<active-sessions>` does for its rows
 * and nothing else, so the two compare like with like:
 *  - the same markup as the widget's rows (icon, device name and badges, the detail lines,
 *    Details and Log out buttons with click handlers), in a shadow root;
 *  - the same CSS: the widget's own stylesheet (its text, read from the built bundle by
 *    scripts/bench.mjs), parsed into a constructed sheet and adopted inside the clock, as the
 *    widget's first instance does — `content-visibility: auto` on rows included;
 *  - the same strings and formats (src/i18n/en.ts, src/i18n/format.ts), computed inside the
 *    clock with Intl formatters created inside it, as the widget does in a fresh page.
 * Timed: formatting, `render()` and layout (`offsetHeight`).
 */
import { html, nothing, render, svg } from '/node_modules/lit-html/lit-html.js';
import { inFreshTask, makeSessions, watchLongTasks } from './sessions.js';

const ICONS = {
  desktop: svg`<rect x="3" y="4" width="18" height="12" rx="2"/><path d="M8 20h8m-4-4v4"/>`,
  mobile: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
  tablet: svg`<rect x="4" y="2" width="16" height="20" rx="2"/><path d="M11 18h2"/>`,
  unknown: svg`<circle cx="12" cy="12" r="9"/><path d="M12 8v4m0 4h.01"/>`,
};

/** The widget's English strings and formats (src/i18n/en.ts, src/i18n/format.ts). */
function rowsOf(sessions) {
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const region = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const ago = (iso) => {
    const minutes = Math.floor(Math.max(0, (Date.now() - Date.parse(iso)) / 60_000));
    return minutes >= 1440 ? rtf.format(-Math.floor(minutes / 1440), 'day') : rtf.format(-minutes, 'minute');
  };
  return sessions.map((s) => ({
    icon: ICONS[s.device.type] ?? ICONS.unknown,
    name: s.device.name,
    current: s.current,
    trusted: s.trusted,
    apps: s.apps,
    browser: [s.device.browser, s.device.os],
    place: [s.location.city, region.of(s.location.country)],
    ip: s.ipAddress,
    times: [`Signed in ${date.format(new Date(s.signedInAt))}`, `Last active ${ago(s.lastActiveAt)}`],
    detailsLabel: `Details for ${s.device.name}`,
    logoutLabel: `Log out ${s.device.name}`,
  }));
}

const isolated = (parts, separator = ' · ') => parts.map((p, i) => html`${i ? separator : ''}<bdi>${p}</bdi>`);
const line = (parts) => html`<div>${isolated(parts)}</div>`;
const noop = () => {};

const row = (r) => html`<li part="row">
  <div class="icon"><svg viewBox="0 0 24 24" aria-hidden="true">${r.icon}</svg></div>
  <div class="body">
    <div class="main">
      <div part="device" class="device">
        <bdi>${r.name}</bdi>
        ${r.current ? html`<span part="badge" class="badge current">CURRENT SESSION</span>` : nothing}
        ${r.trusted ? html`<span part="badge" class="badge">Trusted device</span>` : nothing}
      </div>
      <div part="details" class="details">
        ${line(r.browser)}
        <div>
          <span class="sr">Apps:</span>
          ${r.apps.map((app) => html`<span part="badge" class="badge"><bdi>${app}</bdi></span> `)}
        </div>
        <div>${isolated(r.place, ', ')} · <bdi>${r.ip}</bdi></div>
        ${line(r.times)}
        ${r.current ? html`<div>To end this session, sign out, or use Log out of all sessions.</div>` : nothing}
      </div>
      <button part="details-toggle" class="link" aria-expanded="false" aria-label=${r.detailsLabel} @click=${noop}>Details</button>
    </div>
    ${r.current ? nothing : html`<button part="logout-button" class="danger" aria-label=${r.logoutLabel} @click=${noop}>Log out</button>`}
  </div>
</li>`;

/** `css`: the widget's stylesheet text (scripts/bench.mjs reads it from dist/active-sessions.js). */
export async function run(n, css) {
  const sessions = makeSessions(n);
  const tasks = watchLongTasks();
  const ms = await inFreshTask(async () => {
    const t0 = performance.now();
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    render(html`<ul part="list" role="list">${rowsOf(sessions).map(row)}</ul>`, root);
    void host.offsetHeight;
    const t1 = performance.now();
    if (root.querySelectorAll('li').length !== n) throw new Error('wrong number of rows');
    return t1 - t0;
  });
  return { ms, longTask: await tasks.stop() };
}
