/** The element's DOM events (docs/reference.md, "Events"): all bubble and are composed; none carries the token. */
import type { Session } from './model.js';

export type Operation = 'load' | 'logout' | 'logout-all' | 'rename' | 'history';

export interface ActiveSessionsEventDetails {
  /** A list was loaded (also after a refresh). */
  'active-sessions-load': { sessions: Session[] };
  /** Cancelable: one logout was confirmed and is about to be sent. */
  'active-sessions-logout': { session: Session; removeTrustedDevice: boolean };
  /** The server accepted one logout (a 404 counts). */
  'active-sessions-logged-out': { session: Session; removedTrustedDevice: boolean };
  /** Cancelable: "Log out all" was confirmed and is about to be sent. */
  'active-sessions-logout-all': { keepCurrent: boolean };
  /** The server accepted "Log out all"; sign the person out when `includesCurrent` is true. */
  'active-sessions-logged-out-all': { includesCurrent: boolean; propagationSeconds: number };
  /** Any failure, including malformed entries that were skipped. */
  'active-sessions-error': { operation: Operation; status?: number; code?: string; message: string };
  /** The person must sign in again (401 after a retry, 403 `reauthentication_required`, or the Sign in again button). */
  'active-sessions-unauthorized': { status: number; code?: string };
  /** The person confirmed "This wasn't me" for this session; its logout follows. */
  'active-sessions-report': { session: Session };
  /** Cancelable: a logout of the selected sessions was confirmed, before any request. */
  'active-sessions-logout-selected': { sessions: Session[]; removeTrustedDevices: boolean };
  /** This widget changed because another one (this page, another tab) logged sessions out. */
  'active-sessions-sync': { kind: SyncKind; sessionIds: string[] };
  /** Cancelable: a rename was confirmed and is about to be sent; `name` is `null` when clearing it. */
  'active-sessions-rename': { session: Session; name: string | null };
  /** The server accepted a rename: the session as it now is. */
  'active-sessions-renamed': { session: Session };
}

/** What another widget did, as `active-sessions-sync` and the cross-tab message say. */
export type SyncKind = 'logout' | 'logout-all';

/** The message widgets of one origin and endpoint send each other (other tabs and windows): never a token or details. */
export interface SyncMessage {
  /** `rename`: a session was renamed (the others reload quietly; no `active-sessions-sync`). */
  kind: SyncKind | 'rename';
  sessionIds: string[];
}

export type ActiveSessionsEventName = keyof ActiveSessionsEventDetails;

/*
 * One named type per event detail: custom-elements.json names them as each event's type
 * (`CustomEvent<ActiveSessionsLoadDetail>`), and the framework types generated from it import them.
 */
export type ActiveSessionsLoadDetail = ActiveSessionsEventDetails['active-sessions-load'];
export type ActiveSessionsLogoutDetail = ActiveSessionsEventDetails['active-sessions-logout'];
export type ActiveSessionsLoggedOutDetail = ActiveSessionsEventDetails['active-sessions-logged-out'];
export type ActiveSessionsLogoutAllDetail = ActiveSessionsEventDetails['active-sessions-logout-all'];
export type ActiveSessionsLoggedOutAllDetail = ActiveSessionsEventDetails['active-sessions-logged-out-all'];
export type ActiveSessionsErrorDetail = ActiveSessionsEventDetails['active-sessions-error'];
export type ActiveSessionsUnauthorizedDetail = ActiveSessionsEventDetails['active-sessions-unauthorized'];
export type ActiveSessionsReportDetail = ActiveSessionsEventDetails['active-sessions-report'];
export type ActiveSessionsLogoutSelectedDetail = ActiveSessionsEventDetails['active-sessions-logout-selected'];
export type ActiveSessionsSyncDetail = ActiveSessionsEventDetails['active-sessions-sync'];
export type ActiveSessionsRenameDetail = ActiveSessionsEventDetails['active-sessions-rename'];
export type ActiveSessionsRenamedDetail = ActiveSessionsEventDetails['active-sessions-renamed'];

export type ActiveSessionsEvent<K extends ActiveSessionsEventName> = CustomEvent<ActiveSessionsEventDetails[K]>;

export type ActiveSessionsEventMap = { [K in ActiveSessionsEventName]: ActiveSessionsEvent<K> };

/** Dispatches one of the element's events; returns false when a listener prevented it. */
export const emit = <K extends ActiveSessionsEventName>(
  target: EventTarget,
  type: K,
  detail: ActiveSessionsEventDetails[K],
  cancelable = false,
): boolean => target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ActiveSessionsEventMap {}
}
