/**
 * One session's row: its device icon and name, badges, a line of details, the Details toggle and
 * panel, and Log out. A render function: what it shows comes from the controllers that own it.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { AdapterCapabilities } from './adapter.js';
import type { DetailsController } from './flows/details.js';
import type { SelectionController } from './flows/selection.js';
import type { StayingCurrentController } from './flows/staying-current.js';
import type { LocalizeController } from './i18n/localize.js';
import type { Session } from './model.js';
import type { SessionsController } from './sessions-controller.js';
import { deviceName, isolated, placeOf } from './session-text.js';

/** Device-type icons' shapes (in one 24×24 `<svg>`), drawn with currentColor so forced-colors mode keeps them. */
const ICONS: Record<string, TemplateResult> = {
  desktop: svg`<rect x="3" y="4" width="18" height="12" rx="2"/><path d="M8 20h8m-4-4v4"/>`,
  mobile: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
  tablet: svg`<rect x="4" y="2" width="16" height="20" rx="2"/><path d="M11 18h2"/>`,
  unknown: svg`<circle cx="12" cy="12" r="9"/><path d="M12 8v4m0 4h.01"/>`,
};

/** What every row of one render reads. */
export interface RowContext {
  i18n: LocalizeController;
  sessions: SessionsController;
  caps: Partial<AdapterCapabilities>;
  details: DetailsController;
  selection: SelectionController;
  staying: StayingCurrentController;
  /** The current session's hint (Log out all may not end it). */
  currentHint: string;
  /** Opens the logout confirmation for this row's session. */
  logOut(event: Event, session: Session): void;
}

/** The row's device-type icon (decorative). */
export const deviceIcon = ({ device }: Session) =>
  html`<div class="icon"><svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[device.type] ?? ICONS.unknown}</svg></div>`;

/** One line of details: the parts that are known, each isolated; nothing when none is. */
export const line = (...parts: unknown[]) => {
  const known = parts.filter(Boolean);
  return known.length ? html`<div>${isolated(known)}</div>` : nothing;
};

/** Browser and OS under a device name (which they stand in for when there is none). */
export const deviceLine = ({ device }: Session) => line(device.name && device.browser, device.name && device.os);

/** Where it was: the location, then the IP address; nothing when neither is known. */
export const placeLine = (session: Session, caps: Partial<AdapterCapabilities>, i18n: LocalizeController) => {
  const location = placeOf(session, caps, i18n);
  const { ipAddress } = session;
  return location.length || ipAddress
    ? html`<div>${isolated(location, ', ')}${location.length && ipAddress ? ' · ' : ''}${ipAddress ? html`<bdi>${ipAddress}</bdi>` : nothing}</div>`
    : nothing;
};

const note = (strong: string, text: string) => html`<div><strong>${strong}</strong> ${text}</div>`;

export function renderRow(session: Session, ctx: RowContext): TemplateResult {
  const { i18n, caps } = ctx;
  const s = i18n.strings;
  const { current, apps, signedInAt, lastActiveAt } = session;
  const name = deviceName(session, i18n);
  const loggingOut = !current && ctx.sessions.isLoggedOut(session.id);
  const unavailable = session.status === 'unavailable';
  return html`<li part="row">
    ${ctx.selection.renderCheckbox(session, name)}
    ${deviceIcon(session)}
    <div class="body">
      <div class="main">
        <div part="device" class="device">
          <bdi>${name}</bdi>
          ${current ? html`<span part="badge" class="badge current">${s.currentSession}</span>` : nothing}
          ${session.trusted && caps.trustedDevices !== false ? html`<span part="badge" class="badge">${s.trusted}</span>` : nothing}
          ${ctx.staying.renderBadge(session)}
        </div>
        <div part="details" class="details">
          ${deviceLine(session)}
          ${caps.apps !== false && apps
            ? html`<div>
                <span class="sr">${s.apps}:</span>
                ${apps.map((app) => html`<span part="badge" class="badge"><bdi>${app}</bdi></span> `)}
              </div>`
            : nothing}
          ${placeLine(session, caps, i18n)}
          ${line(
            signedInAt && i18n.term('signedIn', { date: i18n.date(signedInAt) }),
            caps.lastActive !== false && lastActiveAt && i18n.term('lastActive', { time: i18n.relative(lastActiveAt) }),
          )}
          ${current
            ? html`<div>${ctx.currentHint}</div>`
            : loggingOut
              ? note(s.loggingOut, s.loggingOutHint)
              : unavailable
                ? note(s.statusUnavailable, s.statusUnavailableHint)
                : nothing}
        </div>
        ${ctx.details.renderToggle(session, name)}
      </div>
      ${current || loggingOut || unavailable
        ? nothing
        : html`<button
            part="logout-button"
            class="danger"
            aria-label=${i18n.term('logoutLabel', { device: name })}
            @click=${(e: Event) => ctx.logOut(e, session)}
          >
            ${s.logout}
          </button>`}
    </div>
    ${ctx.details.renderPanel(session)}
  </li>`;
}
