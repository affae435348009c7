/**
 * One session's row: its device icon and name, badges, a line of details, the Details toggle and
 * panel, and Log out. A render function: what it shows comes from the controllers that own it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AdapterCapabilities } from './adapter.js';
import type { DetailsController } from './flows/details.js';
import type { SelectionController } from './flows/selection.js';
import type { StayingCurrentController } from './flows/staying-current.js';
import type { ThisDeviceController } from './flows/this-device.js';
import type { LocalizeController } from './i18n/localize.js';
import type { Session } from './model.js';
import type { SessionsController } from './sessions-controller.js';
import { sessionIcon } from './icons.js';
import { appClient, browserOf, clientKindName, deviceName, expiryBadge, isolated, placeOf } from './session-text.js';

/** What every row of one render reads. */
export interface RowContext {
  i18n: LocalizeController;
  sessions: SessionsController;
  caps: Partial<AdapterCapabilities>;
  details: DetailsController;
  selection: SelectionController;
  staying: StayingCurrentController;
  /** This device as its browser reports it (the current session's row only). */
  thisDevice: ThisDeviceController;
  /** The current session's hint (Log out all may not end it). */
  currentHint: string;
  /** Opens the logout confirmation for this row's session. */
  logOut(event: Event, session: Session): void;
}

/** The row's device-type icon (decorative). */
export const deviceIcon = (session: Session) => html`<div class="icon">${sessionIcon(session)}</div>`;

/** One line of details: the parts that are known, each isolated; nothing when none is. */
export const line = (...parts: unknown[]) => {
  const known = parts.filter(Boolean);
  return known.length ? html`<div>${isolated(known)}</div>` : nothing;
};

/** Browser (or app) and OS under a device name (which they stand in for when there is none). */
export const deviceLine = (session: Session, i18n: LocalizeController) =>
  line(session.device.name && browserOf(session, i18n), session.device.name && session.device.os);

/** Where it was: the location, then the IP address; nothing when neither is known. */
export const placeLine = (session: Session, caps: Partial<AdapterCapabilities>, i18n: LocalizeController) => {
  const location = placeOf(session, caps, i18n);
  const { ipAddress } = session;
  return location.length || ipAddress
    ? html`<div>${isolated(location, ', ')}${location.length && ipAddress ? ' · ' : ''}${ipAddress ? html`<bdi>${ipAddress}</bdi>` : nothing}</div>`
    : nothing;
};

const note = (strong: string, text: string) => html`<div><strong>${strong}</strong> ${text}</div>`;

const badge = (text: string | undefined, kind = '') => (text ? html`<span part="badge" class="badge ${kind}">${text}</span>` : nothing);

export function renderRow(listed: Session, ctx: RowContext): TemplateResult {
  const { i18n, caps } = ctx;
  const s = i18n.strings;
  // What the row shows: the current session refined by this browser's own report, once it came.
  const session = ctx.thisDevice.shown(listed);
  const { current, apps, signedInAt, lastActiveAt } = session;
  const name = deviceName(session, i18n);
  const app = appClient(session);
  const loggingOut = !current && ctx.sessions.isLoggedOut(session.id);
  const unavailable = session.status === 'unavailable';
  return html`<li part="row">
    ${ctx.selection.renderCheckbox(listed, name)}
    ${deviceIcon(session)}
    <div class="body">
      <div class="main">
        <div part="device" class="device">
          <bdi>${name}</bdi>
          ${app ? html`<span class="sr">(${clientKindName(app, i18n)})</span>` : nothing}
          ${current ? badge(s.currentSession, 'current') : nothing}
          ${session.trusted && caps.trustedDevices !== false ? badge(s.trusted) : nothing}
          ${session.impersonator ? badge(s.supportAccess, 'support') : nothing}
          ${caps.expiresAt !== false ? badge(expiryBadge(session, i18n)) : nothing}
          ${ctx.staying.renderBadge(listed)}
        </div>
        <div part="details" class="details">
          ${deviceLine(session, i18n)}
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
      ${!ctx.sessions.canLogOut(session)
        ? nothing
        : html`<button
            part="logout-button"
            class="danger"
            aria-label=${i18n.term('logoutLabel', { device: name })}
            @click=${(e: Event) => ctx.logOut(e, listed)}
          >
            ${s.logout}
          </button>`}
    </div>
    ${ctx.details.renderPanel(session)}
  </li>`;
}
