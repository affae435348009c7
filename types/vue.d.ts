import type { DefineComponent } from "vue";
import type {
  ActiveSessions,
  ActiveSessionsLoadDetail,
  ActiveSessionsLogoutDetail,
  ActiveSessionsLoggedOutDetail,
  ActiveSessionsLogoutAllDetail,
  ActiveSessionsLoggedOutAllDetail,
  ActiveSessionsErrorDetail,
  ActiveSessionsUnauthorizedDetail,
  ActiveSessionsReportDetail,
  ActiveSessionsLogoutSelectedDetail,
  ActiveSessionsRenameDetail,
  ActiveSessionsRenamedDetail,
  ActiveSessionsSyncDetail,
} from "../dist/src/index.js";

type ActiveSessionsProps = {
  /** Base URL of the sessions API (absolute or relative); a trailing `/` is ignored. */
  endpoint?: ActiveSessions["endpoint"];
  /** fetch credentials mode for cookie-based backends: `omit`, `same-origin` (default) or `include`. */
  credentials?: ActiveSessions["credentials"];
  /** Milliseconds an operation may take before it fails: the whole of it, `getToken` and the retry
after a 401 included, for every adapter. Anything but a positive number (`"abc"`, `-1`, `0`,
`""`) means the default, 15000; at most 10 minutes. */
  timeout?: ActiveSessions["timeout"];
  /** `aria-level` of the widget's heading (default 2), so it fits the host page's outline. */
  headingLevel?: ActiveSessions["headingLevel"];
  /** Called before each request; wins over `token`. After a 401 it is called once more and the request retried once. */
  getToken?: ActiveSessions["getToken"];
  /** Extra request headers, e.g. a CSRF token. Never logged. */
  headers?: ActiveSessions["headers"];
  /** Replaces the default REST client. Precedence: this property, then an adapter provided through context (`sessionsContext`), then REST on `endpoint`. */
  adapter?: ActiveSessions["adapter"];
  /** Overrides any displayed string (English, or the loaded language's); `src/i18n/en.ts` lists the keys and their `{placeholders}`. */
  strings?: ActiveSessions["strings"];
  /** Rows shown before "Show N more" (default 50); anything but a number ≥ 1 means 50. */
  pageSize?: ActiveSessions["pageSize"];
  /** Days without activity after which "Select inactive" picks a session (default 30). */
  inactiveDays?: ActiveSessions["inactiveDays"];
  /** Seconds after which coming back to the page reloads the list quietly (default 60; 0 = never). */
  staleAfter?: ActiveSessions["staleAfter"];
  /** Sessions signed in since the person last viewed this list (on this browser) get a "New" badge. */
  highlightNew?: ActiveSessions["highlightNew"];
  /** Shows a collapsed "Recently signed out" section below the list (part `history`), whose list
loads the first time it is opened. Only when the backend offers it (capability `history`). */
  showHistory?: ActiveSessions["showHistory"];
  /** URLs for the "Secure your account" steps (`changePassword`, `signInMethods`,
`twoStepVerification`) and a Contact support link in the help note (`support`). Only `http(s)`
URLs become links; anything else stays plain text. */
  securityLinks?: ActiveSessions["securityLinks"];
  /** "Confirm it's you": called when the server wants a fresher sign-in for an action or a load
(403 `reauthentication_required`). Show your own password, passkey or two-step prompt and
resolve `true` once the person has confirmed; the widget then sends the same request once
more. `false`, a throw, or no answer within `timeout` fails the action in place. Without it,
the widget shows Sign in again. */
  reauthenticate?: ActiveSessions["reauthenticate"];
  /** Read-only: the list, details, filter and paging work, and nothing that changes anything is
shown (Log out, Log out all, Select, This wasn't me, Rename). */
  readOnly?: ActiveSessions["readOnly"];
  /** Bearer token (property only, write-only: reading it gives `undefined`). Sent as
`Authorization: Bearer <token>`; never rendered, logged or put in an event. */
  token?: ActiveSessions["token"];
  /** The sessions shown, in display order (current first, then newest sign-in). */
  sessions?: ActiveSessions["sessions"];
  /** Where the widget is: `idle`, `loading`, `ready`, `empty`, `error`, `unavailable`, `unauthorized` or `done`. */
  status?: ActiveSessions["status"];
  /** Resolves once the widget has finished what it is doing (the first load, a refresh, a logout
and whatever they lead to) and has rendered the result. For tests and hosts: await it
instead of polling `status`. Never rejects. */
  settled?: ActiveSessions["settled"];
  /** A list was loaded (also after a refresh). Detail: `{ sessions }`. */
  onActiveSessionsLoad?: (e: CustomEvent<ActiveSessionsLoadDetail>) => void;
  /** Cancelable. One logout was confirmed and is about to be sent; `preventDefault()` stops it (the dialog closes, the row stays). Detail: `{ session, removeTrustedDevice }`. */
  onActiveSessionsLogout?: (e: CustomEvent<ActiveSessionsLogoutDetail>) => void;
  /** The server accepted one logout (a 404 counts). Detail: `{ session, removedTrustedDevice }`. */
  onActiveSessionsLoggedOut?: (e: CustomEvent<ActiveSessionsLoggedOutDetail>) => void;
  /** Cancelable. "Log out all" was confirmed and is about to be sent; `preventDefault()` stops it. `keepCurrent` is true when "Keep me signed in on this device" was checked. Detail: `{ keepCurrent }`. */
  onActiveSessionsLogoutAll?: (e: CustomEvent<ActiveSessionsLogoutAllDetail>) => void;
  /** The server accepted "Log out all"; sign the person out when `includesCurrent` is true (false when this session was kept). Detail: `{ includesCurrent, propagationSeconds }`. */
  onActiveSessionsLoggedOutAll?: (e: CustomEvent<ActiveSessionsLoggedOutAllDetail>) => void;
  /** Every failure: `operation` is `load`, `logout`, `logout-all`, `rename` or `history`; skipped malformed entries come as `load` with code `invalid_session`; `message` is the text the widget shows. Detail: `{ operation, status?, code?, message }`. */
  onActiveSessionsError?: (e: CustomEvent<ActiveSessionsErrorDetail>) => void;
  /** The person must sign in again (a 401 after the `getToken` retry, a 403 `reauthentication_required` when `reauthenticate` is not set, and each click on Sign in again): navigate to your sign-in. Detail: `{ status, code? }`. */
  onActiveSessionsUnauthorized?: (e: CustomEvent<ActiveSessionsUnauthorizedDetail>) => void;
  /** The person confirmed "This wasn't me" for a session, before its logout (which then fires the ordinary logout events). Detail: `{ session }`. */
  onActiveSessionsReport?: (e: CustomEvent<ActiveSessionsReportDetail>) => void;
  /** Cancelable. A logout of the selected sessions was confirmed, before any request; `preventDefault()` stops all of it. Each session then fires `active-sessions-logged-out` or `active-sessions-error` (no per-session `active-sessions-logout`). Detail: `{ sessions, removeTrustedDevices }`. */
  onActiveSessionsLogoutSelected?: (e: CustomEvent<ActiveSessionsLogoutSelectedDetail>) => void;
  /** Cancelable. A rename was confirmed (Save or Enter) and is about to be sent; `preventDefault()` stops it. `name` is `null` when the field was emptied (the name is cleared). Detail: `{ session, name }`. */
  onActiveSessionsRename?: (e: CustomEvent<ActiveSessionsRenameDetail>) => void;
  /** The server accepted a rename; `session` is the session as it now is. Detail: `{ session }`. */
  onActiveSessionsRenamed?: (e: CustomEvent<ActiveSessionsRenamedDetail>) => void;
  /** This widget changed because another one with the same endpoint (this page, another tab or window) logged out (`kind` `logout`) or logged out of all (`logout-all`); never fired on the widget that acted. Detail: `{ kind, sessionIds }`. */
  onActiveSessionsSync?: (e: CustomEvent<ActiveSessionsSyncDetail>) => void;
};

export type CustomElements = {
  /**
   * Active sessions: review where an account is signed in and log out of any session.
   * ---
   *
   *
   * ### **Events:**
   *  - **ActiveSessionsLoad** - A list was loaded (also after a refresh). Detail: `{ sessions }`.
   * - **ActiveSessionsLogout** - Cancelable. One logout was confirmed and is about to be sent; `preventDefault()` stops it (the dialog closes, the row stays). Detail: `{ session, removeTrustedDevice }`.
   * - **ActiveSessionsLoggedOut** - The server accepted one logout (a 404 counts). Detail: `{ session, removedTrustedDevice }`.
   * - **ActiveSessionsLogoutAll** - Cancelable. "Log out all" was confirmed and is about to be sent; `preventDefault()` stops it. `keepCurrent` is true when "Keep me signed in on this device" was checked. Detail: `{ keepCurrent }`.
   * - **ActiveSessionsLoggedOutAll** - The server accepted "Log out all"; sign the person out when `includesCurrent` is true (false when this session was kept). Detail: `{ includesCurrent, propagationSeconds }`.
   * - **ActiveSessionsError** - Every failure: `operation` is `load`, `logout`, `logout-all`, `rename` or `history`; skipped malformed entries come as `load` with code `invalid_session`; `message` is the text the widget shows. Detail: `{ operation, status?, code?, message }`.
   * - **ActiveSessionsUnauthorized** - The person must sign in again (a 401 after the `getToken` retry, a 403 `reauthentication_required` when `reauthenticate` is not set, and each click on Sign in again): navigate to your sign-in. Detail: `{ status, code? }`.
   * - **ActiveSessionsReport** - The person confirmed "This wasn't me" for a session, before its logout (which then fires the ordinary logout events). Detail: `{ session }`.
   * - **ActiveSessionsLogoutSelected** - Cancelable. A logout of the selected sessions was confirmed, before any request; `preventDefault()` stops all of it. Each session then fires `active-sessions-logged-out` or `active-sessions-error` (no per-session `active-sessions-logout`). Detail: `{ sessions, removeTrustedDevices }`.
   * - **ActiveSessionsRename** - Cancelable. A rename was confirmed (Save or Enter) and is about to be sent; `preventDefault()` stops it. `name` is `null` when the field was emptied (the name is cleared). Detail: `{ session, name }`.
   * - **ActiveSessionsRenamed** - The server accepted a rename; `session` is the session as it now is. Detail: `{ session }`.
   * - **ActiveSessionsSync** - This widget changed because another one with the same endpoint (this page, another tab or window) logged out (`kind` `logout`) or logged out of all (`logout-all`); never fired on the widget that acted. Detail: `{ kind, sessionIds }`.
   *
   * ### **Methods:**
   *  - **refresh(): _Promise<void>_** - Loads the list again. Resolves when the load has settled (it never rejects).
   *
   * ### **Slots:**
   *  - **heading** - The heading text (default "Active sessions").
   * - **description** - Intro text under the heading (none by default), e.g. what the list does not cover: third-party apps, connected apps, CLI sessions.
   * - **help** - Replaces the "Don't recognize a session?" help text ("If you suspect unauthorized account activity, change your password if you use one, review your sign-in methods, and contact support.").
   * - **empty** - Replaces the "No active sessions" empty state.
   * - **secure-account** - Replaces the "Secure your account" checklist shown after "This wasn't me" (its Done button stays).
   *
   * ### **CSS Properties:**
   *  - **--active-sessions-accent** - Accent color: focus rings and the current-session badge. _(default: light-dark(#0b57d0, #a8c7fa))_
   * - **--active-sessions-danger** - Color of destructive actions. _(default: light-dark(#b3261e, #ffb4ab))_
   * - **--active-sessions-text** - Main text color. _(default: light-dark(#1d1b20, #e6e1e5))_
   * - **--active-sessions-muted** - Secondary text color. _(default: light-dark(#5d5f66, #b4b6bd))_
   * - **--active-sessions-surface** - Background of the confirmation dialog, and the text on its filled confirm button. _(default: light-dark(#fff, #26262b))_
   * - **--active-sessions-border** - Color of separators and outlines. _(default: light-dark(#d9dbe0, #44464c))_
   * - **--active-sessions-radius** - Corner radius of buttons, messages and the dialog. _(default: 8px)_
   * - **--active-sessions-gap** - Base spacing between the widget's sections. _(default: 16px)_
   *
   * ### **CSS Parts:**
   *  - **header** - The heading, description and Refresh button.
   * - **list** - The list of sessions.
   * - **row** - One session.
   * - **device** - A session's device name and badges.
   * - **details** - A session's secondary lines (browser, apps, location, times).
   * - **badge** - The pills: Current session, Trusted device, app names, New, "Support access" and "Expires in N days".
   * - **logout-button** - A session's Log out button.
   * - **logout-all-button** - The Log out all button.
   * - **refresh-button** - The Refresh button.
   * - **dialog** - The confirmation dialog.
   * - **confirm-button** - The dialog's confirm button.
   * - **cancel-button** - The dialog's Cancel button.
   * - **message** - A state message (loading, error, not available, sign in again, done, empty).
   * - **details-toggle** - A row's Details button.
   * - **details-panel** - A row's details: everything known about the session.
   * - **report-button** - The "This wasn't me" button in a session's details.
   * - **show-more-button** - The "Show N more" button under a long list.
   * - **filter** - The "Filter sessions" search field (more than 10 sessions).
   * - **select-button** - The Select button that turns selection on and off.
   * - **logout-selected-button** - The "Log out selected (N)" button.
   * - **checkbox** - A row's selection checkbox.
   * - **rename-button** - The Rename button in a session's details (with the `rename` capability).
   * - **rename-field** - The "Device name" text field Rename turns into.
   * - **keep-current** - The "Keep me signed in on this device" checkbox of the Log out all dialog (with the `logoutOthers` capability).
   * - **history** - The "Recently signed out" section (`show-history`): its disclosure button and its list of ended sessions.
   */
  "active-sessions": DefineComponent<ActiveSessionsProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
