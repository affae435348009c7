/**
 * The baseline: a bare lit-html list of the same rows as `<active-sessions>` renders (icon, device
 * name and badges, the detail lines, a Log out button), with the same strings computed before the
 * clock starts, in the light DOM with no CSS. Timed: `render()` plus layout (`offsetHeight`).
 */
import { html, nothing, render, svg } from '/node_modules/lit-html/lit-html.js';
import { inFreshTask, makeSessions, watchLongTasks } from './sessions.js';

const ICONS = {
  desktop: svg`<rect x="3" y="4" width="18" height="12" rx="2"/><path d="M8 20h8m-4-4v4"/>`,
  mobile: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
  tablet: svg`<rect x="4" y="2" width="16" height="20" rx="2"/><path d="M11 18h2"/>`,
};

/** The widget's English strings and formats (src/i18n/en.ts, src/i18n/format.ts), applied ahead of time. */
function rowsOf(sessions) {
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const region = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const ago = (iso) => {
    const minutes = Math.floor(Math.max(0, (Date.now() - Date.parse(iso)) / 60_000));
    return minutes >= 1440 ? rtf.format(-Math.floor(minutes / 1440), 'day') : rtf.format(-minutes, 'minute');
  };
  return sessions.map((s) => ({
    icon: ICONS[s.device.type],
    name: s.device.name,
    current: s.current,
    trusted: s.trusted,
    apps: s.apps,
    lines: [
      [s.device.browser, s.device.os],
      [[s.location.city, region.of(s.location.country)].join(', '), s.ipAddress],
      [`Signed in ${date.format(new Date(s.signedInAt))}`, `Last active ${ago(s.lastActiveAt)}`],
    ],
    label: `Log out ${s.device.name}`,
  }));
}

const line = (parts) => html`<div>${parts.map((p, i) => html`${i ? ' · ' : ''}<bdi>${p}</bdi>`)}</div>`;

const row = (r) => html`<li>
  <div class="icon"><svg viewBox="0 0 24 24" aria-hidden="true">${r.icon}</svg></div>
  <div class="main">
    <div class="device">
      <bdi>${r.name}</bdi>
      ${r.current ? html`<span class="badge current">CURRENT SESSION</span>` : nothing}
      ${r.trusted ? html`<span class="badge">Trusted device</span>` : nothing}
    </div>
    <div class="details">
      ${line(r.lines[0])}
      <div><span class="sr">Apps:</span> ${r.apps.map((app) => html`<span class="badge"><bdi>${app}</bdi></span> `)}</div>
      ${line(r.lines[1])} ${line(r.lines[2])}
      ${r.current ? html`<div>To end this session, sign out, or use Log out of all sessions.</div>` : nothing}
    </div>
  </div>
  ${r.current ? nothing : html`<button class="danger" aria-label=${r.label}>Log out</button>`}
</li>`;

export async function run(n) {
  const rows = rowsOf(makeSessions(n));
  const tasks = watchLongTasks();
  const ms = await inFreshTask(async () => {
    const t0 = performance.now();
    const container = document.createElement('div');
    document.body.append(container);
    render(html`<ul role="list">${rows.map(row)}</ul>`, container);
    void container.offsetHeight;
    const t1 = performance.now();
    if (container.querySelectorAll('li').length !== n) throw new Error('wrong number of rows');
    return t1 - t0;
  });
  return { ms, longTask: await tasks.stop() };
}
