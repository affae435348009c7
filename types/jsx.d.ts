import type {
  SecurityLinks,
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

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: T | ((e: T) => void) | { current: T | null } | null | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

/** `ActiveSessions` component event */
export type ActiveSessionsElementEvent<E = Event> = TypedEvent<
  ActiveSessions,
  E
>;
/** `active-sessions-load` event type */
export type ActiveSessionsActiveSessionsLoadElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsLoadDetail>>;
/** `active-sessions-logout` event type */
export type ActiveSessionsActiveSessionsLogoutElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsLogoutDetail>>;
/** `active-sessions-logged-out` event type */
export type ActiveSessionsActiveSessionsLoggedOutElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsLoggedOutDetail>>;
/** `active-sessions-logout-all` event type */
export type ActiveSessionsActiveSessionsLogoutAllElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsLogoutAllDetail>>;
/** `active-sessions-logged-out-all` event type */
export type ActiveSessionsActiveSessionsLoggedOutAllElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsLoggedOutAllDetail>>;
/** `active-sessions-error` event type */
export type ActiveSessionsActiveSessionsErrorElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsErrorDetail>>;
/** `active-sessions-unauthorized` event type */
export type ActiveSessionsActiveSessionsUnauthorizedElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsUnauthorizedDetail>>;
/** `active-sessions-report` event type */
export type ActiveSessionsActiveSessionsReportElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsReportDetail>>;
/** `active-sessions-logout-selected` event type */
export type ActiveSessionsActiveSessionsLogoutSelectedElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsLogoutSelectedDetail>>;
/** `active-sessions-rename` event type */
export type ActiveSessionsActiveSessionsRenameElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsRenameDetail>>;
/** `active-sessions-renamed` event type */
export type ActiveSessionsActiveSessionsRenamedElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsRenamedDetail>>;
/** `active-sessions-sync` event type */
export type ActiveSessionsActiveSessionsSyncElementEvent =
  ActiveSessionsElementEvent<CustomEvent<ActiveSessionsSyncDetail>>;

export type ActiveSessionsProps = {
  /** Base URL of the sessions API (absolute or relative); a trailing `/` is ignored. */
  endpoint?: ActiveSessions["endpoint"] | undefined;
  /** fetch credentials mode for cookie-based backends: `omit`, `same-origin` (default) or `include`. */
  credentials?: ActiveSessions["credentials"] | undefined;
  /** Milliseconds an operation may take before it fails: the whole of it, `getToken` and the retry
after a 401 included, for every adapter. Anything but a positive number (`"abc"`, `-1`, `0`,
`""`) means the default, 15000; at most 10 minutes. */
  timeout?: ActiveSessions["timeout"] | undefined;
  /** `aria-level` of the widget's heading (default 2), so it fits the host page's outline. */
  "heading-level"?: ActiveSessions["headingLevel"] | undefined;
  /** `aria-level` of the widget's heading (default 2), so it fits the host page's outline. */
  headingLevel?: ActiveSessions["headingLevel"] | undefined;
  /** Rows shown before "Show N more" (default 50); anything but a number ≥ 1 means 50. */
  "page-size"?: ActiveSessions["pageSize"] | undefined;
  /** Rows shown before "Show N more" (default 50); anything but a number ≥ 1 means 50. */
  pageSize?: ActiveSessions["pageSize"] | undefined;
  /** Days without activity after which "Select inactive" picks a session (default 30). */
  "inactive-days"?: ActiveSessions["inactiveDays"] | undefined;
  /** Days without activity after which "Select inactive" picks a session (default 30). */
  inactiveDays?: ActiveSessions["inactiveDays"] | undefined;
  /** Seconds after which coming back to the page reloads the list quietly (default 60; 0 = never). */
  "stale-after"?: ActiveSessions["staleAfter"] | undefined;
  /** Seconds after which coming back to the page reloads the list quietly (default 60; 0 = never). */
  staleAfter?: ActiveSessions["staleAfter"] | undefined;
  /** Sessions signed in since the person last viewed this list (on this browser) get a "New" badge. */
  "highlight-new"?: ActiveSessions["highlightNew"] | undefined;
  /** Sessions signed in since the person last viewed this list (on this browser) get a "New" badge. */
  highlightNew?: ActiveSessions["highlightNew"] | undefined;
  /** Shows a collapsed "Recently signed out" section below the list (part `history`), whose list
loads the first time it is opened. Only when the backend offers it (capability `history`). */
  "show-history"?: ActiveSessions["showHistory"] | undefined;
  /** Shows a collapsed "Recently signed out" section below the list (part `history`), whose list
loads the first time it is opened. Only when the backend offers it (capability `history`). */
  showHistory?: ActiveSessions["showHistory"] | undefined;
  /** Read-only: the list, details, filter and paging work, and nothing that changes anything is
shown (Log out, Log out all, Select, This wasn't me, Rename). */
  readonly?: ActiveSessions["readOnly"] | undefined;
  /** Read-only: the list, details, filter and paging work, and nothing that changes anything is
shown (Log out, Log out all, Select, This wasn't me, Rename). */
  readOnly?: ActiveSessions["readOnly"] | undefined;
  /** Called before each request; wins over `token`. After a 401 it is called once more and the request retried once. */
  getToken?: ActiveSessions["getToken"] | undefined;
  /** Extra request headers, e.g. a CSRF token. Never logged. */
  headers?: ActiveSessions["headers"] | undefined;
  /** Replaces the default REST client. Precedence: this property, then an adapter provided through context (`sessionsContext`), then REST on `endpoint`. */
  adapter?: ActiveSessions["adapter"] | undefined;
  /** Overrides any displayed string (English, or the loaded language's); `src/i18n/en.ts` lists the keys and their `{placeholders}`. */
  strings?: ActiveSessions["strings"] | undefined;
  /** URLs for the "Secure your account" steps (`changePassword`, `signInMethods`,
`twoStepVerification`) and a Contact support link in the help note (`support`). Only `http(s)`
URLs become links; anything else stays plain text. */
  securityLinks?: ActiveSessions["securityLinks"] | undefined;
  /** "Confirm it's you": called when the server wants a fresher sign-in for an action or a load
(403 `reauthentication_required`). Show your own password, passkey or two-step prompt and
resolve `true` once the person has confirmed; the widget then sends the same request once
more. `false`, a throw, or no answer within `timeout` fails the action in place. Without it,
the widget shows Sign in again. */
  reauthenticate?: ActiveSessions["reauthenticate"] | undefined;
  /** Bearer token (property only, write-only: reading it gives `undefined`). Sent as
`Authorization: Bearer <token>`; never rendered, logged or put in an event. */
  token?: ActiveSessions["token"] | undefined;

  /** A list was loaded (also after a refresh). Detail: `{ sessions }`. */
  "onactive-sessions-load"?:
    ((e: ActiveSessionsActiveSessionsLoadElementEvent) => void) | undefined;
  /** Cancelable. One logout was confirmed and is about to be sent; `preventDefault()` stops it (the dialog closes, the row stays). Detail: `{ session, removeTrustedDevice }`. */
  "onactive-sessions-logout"?:
    ((e: ActiveSessionsActiveSessionsLogoutElementEvent) => void) | undefined;
  /** The server accepted one logout (a 404 counts). Detail: `{ session, removedTrustedDevice }`. */
  "onactive-sessions-logged-out"?:
    | ((e: ActiveSessionsActiveSessionsLoggedOutElementEvent) => void)
    | undefined;
  /** Cancelable. "Log out all" was confirmed and is about to be sent; `preventDefault()` stops it. `keepCurrent` is true when "Keep me signed in on this device" was checked. Detail: `{ keepCurrent }`. */
  "onactive-sessions-logout-all"?:
    | ((e: ActiveSessionsActiveSessionsLogoutAllElementEvent) => void)
    | undefined;
  /** The server accepted "Log out all"; sign the person out when `includesCurrent` is true (false when this session was kept). Detail: `{ includesCurrent, propagationSeconds }`. */
  "onactive-sessions-logged-out-all"?:
    | ((e: ActiveSessionsActiveSessionsLoggedOutAllElementEvent) => void)
    | undefined;
  /** Every failure: `operation` is `load`, `logout`, `logout-all`, `rename` or `history`; skipped malformed entries come as `load` with code `invalid_session`; `message` is the text the widget shows. Detail: `{ operation, status?, code?, message }`. */
  "onactive-sessions-error"?:
    ((e: ActiveSessionsActiveSessionsErrorElementEvent) => void) | undefined;
  /** The person must sign in again (a 401 after the `getToken` retry, a 403 `reauthentication_required` when `reauthenticate` is not set, and each click on Sign in again): navigate to your sign-in. Detail: `{ status, code? }`. */
  "onactive-sessions-unauthorized"?:
    | ((e: ActiveSessionsActiveSessionsUnauthorizedElementEvent) => void)
    | undefined;
  /** The person confirmed "This wasn't me" for a session, before its logout (which then fires the ordinary logout events). Detail: `{ session }`. */
  "onactive-sessions-report"?:
    ((e: ActiveSessionsActiveSessionsReportElementEvent) => void) | undefined;
  /** Cancelable. A logout of the selected sessions was confirmed, before any request; `preventDefault()` stops all of it. Each session then fires `active-sessions-logged-out` or `active-sessions-error` (no per-session `active-sessions-logout`). Detail: `{ sessions, removeTrustedDevices }`. */
  "onactive-sessions-logout-selected"?:
    | ((e: ActiveSessionsActiveSessionsLogoutSelectedElementEvent) => void)
    | undefined;
  /** Cancelable. A rename was confirmed (Save or Enter) and is about to be sent; `preventDefault()` stops it. `name` is `null` when the field was emptied (the name is cleared). Detail: `{ session, name }`. */
  "onactive-sessions-rename"?:
    ((e: ActiveSessionsActiveSessionsRenameElementEvent) => void) | undefined;
  /** The server accepted a rename; `session` is the session as it now is. Detail: `{ session }`. */
  "onactive-sessions-renamed"?:
    ((e: ActiveSessionsActiveSessionsRenamedElementEvent) => void) | undefined;
  /** This widget changed because another one with the same endpoint (this page, another tab or window) logged out (`kind` `logout`) or logged out of all (`logout-all`); never fired on the widget that acted. Detail: `{ kind, sessionIds }`. */
  "onactive-sessions-sync"?:
    ((e: ActiveSessionsActiveSessionsSyncElementEvent) => void) | undefined;
};

export type ActiveSessionsSolidJsProps = {
  /** Base URL of the sessions API (absolute or relative); a trailing `/` is ignored. */
  "prop:endpoint"?: ActiveSessions["endpoint"] | undefined;
  /** fetch credentials mode for cookie-based backends: `omit`, `same-origin` (default) or `include`. */
  "prop:credentials"?: ActiveSessions["credentials"] | undefined;
  /** Milliseconds an operation may take before it fails: the whole of it, `getToken` and the retry
after a 401 included, for every adapter. Anything but a positive number (`"abc"`, `-1`, `0`,
`""`) means the default, 15000; at most 10 minutes. */
  "prop:timeout"?: ActiveSessions["timeout"] | undefined;
  /** `aria-level` of the widget's heading (default 2), so it fits the host page's outline. */
  "attr:heading-level"?: ActiveSessions["headingLevel"] | undefined;
  /** `aria-level` of the widget's heading (default 2), so it fits the host page's outline. */
  "prop:headingLevel"?: ActiveSessions["headingLevel"] | undefined;
  /** Rows shown before "Show N more" (default 50); anything but a number ≥ 1 means 50. */
  "attr:page-size"?: ActiveSessions["pageSize"] | undefined;
  /** Rows shown before "Show N more" (default 50); anything but a number ≥ 1 means 50. */
  "prop:pageSize"?: ActiveSessions["pageSize"] | undefined;
  /** Days without activity after which "Select inactive" picks a session (default 30). */
  "attr:inactive-days"?: ActiveSessions["inactiveDays"] | undefined;
  /** Days without activity after which "Select inactive" picks a session (default 30). */
  "prop:inactiveDays"?: ActiveSessions["inactiveDays"] | undefined;
  /** Seconds after which coming back to the page reloads the list quietly (default 60; 0 = never). */
  "attr:stale-after"?: ActiveSessions["staleAfter"] | undefined;
  /** Seconds after which coming back to the page reloads the list quietly (default 60; 0 = never). */
  "prop:staleAfter"?: ActiveSessions["staleAfter"] | undefined;
  /** Sessions signed in since the person last viewed this list (on this browser) get a "New" badge. */
  "bool:highlight-new"?: ActiveSessions["highlightNew"] | undefined;
  /** Sessions signed in since the person last viewed this list (on this browser) get a "New" badge. */
  "prop:highlightNew"?: ActiveSessions["highlightNew"] | undefined;
  /** Shows a collapsed "Recently signed out" section below the list (part `history`), whose list
loads the first time it is opened. Only when the backend offers it (capability `history`). */
  "bool:show-history"?: ActiveSessions["showHistory"] | undefined;
  /** Shows a collapsed "Recently signed out" section below the list (part `history`), whose list
loads the first time it is opened. Only when the backend offers it (capability `history`). */
  "prop:showHistory"?: ActiveSessions["showHistory"] | undefined;
  /** Read-only: the list, details, filter and paging work, and nothing that changes anything is
shown (Log out, Log out all, Select, This wasn't me, Rename). */
  "bool:readonly"?: ActiveSessions["readOnly"] | undefined;
  /** Read-only: the list, details, filter and paging work, and nothing that changes anything is
shown (Log out, Log out all, Select, This wasn't me, Rename). */
  "prop:readOnly"?: ActiveSessions["readOnly"] | undefined;
  /** Called before each request; wins over `token`. After a 401 it is called once more and the request retried once. */
  "prop:getToken"?: ActiveSessions["getToken"] | undefined;
  /** Extra request headers, e.g. a CSRF token. Never logged. */
  "prop:headers"?: ActiveSessions["headers"] | undefined;
  /** Replaces the default REST client. Precedence: this property, then an adapter provided through context (`sessionsContext`), then REST on `endpoint`. */
  "prop:adapter"?: ActiveSessions["adapter"] | undefined;
  /** Overrides any displayed string (English, or the loaded language's); `src/i18n/en.ts` lists the keys and their `{placeholders}`. */
  "prop:strings"?: ActiveSessions["strings"] | undefined;
  /** URLs for the "Secure your account" steps (`changePassword`, `signInMethods`,
`twoStepVerification`) and a Contact support link in the help note (`support`). Only `http(s)`
URLs become links; anything else stays plain text. */
  "prop:securityLinks"?: ActiveSessions["securityLinks"] | undefined;
  /** "Confirm it's you": called when the server wants a fresher sign-in for an action or a load
(403 `reauthentication_required`). Show your own password, passkey or two-step prompt and
resolve `true` once the person has confirmed; the widget then sends the same request once
more. `false`, a throw, or no answer within `timeout` fails the action in place. Without it,
the widget shows Sign in again. */
  "prop:reauthenticate"?: ActiveSessions["reauthenticate"] | undefined;
  /** Bearer token (property only, write-only: reading it gives `undefined`). Sent as
`Authorization: Bearer <token>`; never rendered, logged or put in an event. */
  "prop:token"?: ActiveSessions["token"] | undefined;
  /** A list was loaded (also after a refresh). Detail: `{ sessions }`. */
  "on:active-sessions-load"?:
    ((e: ActiveSessionsActiveSessionsLoadElementEvent) => void) | undefined;
  /** Cancelable. One logout was confirmed and is about to be sent; `preventDefault()` stops it (the dialog closes, the row stays). Detail: `{ session, removeTrustedDevice }`. */
  "on:active-sessions-logout"?:
    ((e: ActiveSessionsActiveSessionsLogoutElementEvent) => void) | undefined;
  /** The server accepted one logout (a 404 counts). Detail: `{ session, removedTrustedDevice }`. */
  "on:active-sessions-logged-out"?:
    | ((e: ActiveSessionsActiveSessionsLoggedOutElementEvent) => void)
    | undefined;
  /** Cancelable. "Log out all" was confirmed and is about to be sent; `preventDefault()` stops it. `keepCurrent` is true when "Keep me signed in on this device" was checked. Detail: `{ keepCurrent }`. */
  "on:active-sessions-logout-all"?:
    | ((e: ActiveSessionsActiveSessionsLogoutAllElementEvent) => void)
    | undefined;
  /** The server accepted "Log out all"; sign the person out when `includesCurrent` is true (false when this session was kept). Detail: `{ includesCurrent, propagationSeconds }`. */
  "on:active-sessions-logged-out-all"?:
    | ((e: ActiveSessionsActiveSessionsLoggedOutAllElementEvent) => void)
    | undefined;
  /** Every failure: `operation` is `load`, `logout`, `logout-all`, `rename` or `history`; skipped malformed entries come as `load` with code `invalid_session`; `message` is the text the widget shows. Detail: `{ operation, status?, code?, message }`. */
  "on:active-sessions-error"?:
    ((e: ActiveSessionsActiveSessionsErrorElementEvent) => void) | undefined;
  /** The person must sign in again (a 401 after the `getToken` retry, a 403 `reauthentication_required` when `reauthenticate` is not set, and each click on Sign in again): navigate to your sign-in. Detail: `{ status, code? }`. */
  "on:active-sessions-unauthorized"?:
    | ((e: ActiveSessionsActiveSessionsUnauthorizedElementEvent) => void)
    | undefined;
  /** The person confirmed "This wasn't me" for a session, before its logout (which then fires the ordinary logout events). Detail: `{ session }`. */
  "on:active-sessions-report"?:
    ((e: ActiveSessionsActiveSessionsReportElementEvent) => void) | undefined;
  /** Cancelable. A logout of the selected sessions was confirmed, before any request; `preventDefault()` stops all of it. Each session then fires `active-sessions-logged-out` or `active-sessions-error` (no per-session `active-sessions-logout`). Detail: `{ sessions, removeTrustedDevices }`. */
  "on:active-sessions-logout-selected"?:
    | ((e: ActiveSessionsActiveSessionsLogoutSelectedElementEvent) => void)
    | undefined;
  /** Cancelable. A rename was confirmed (Save or Enter) and is about to be sent; `preventDefault()` stops it. `name` is `null` when the field was emptied (the name is cleared). Detail: `{ session, name }`. */
  "on:active-sessions-rename"?:
    ((e: ActiveSessionsActiveSessionsRenameElementEvent) => void) | undefined;
  /** The server accepted a rename; `session` is the session as it now is. Detail: `{ session }`. */
  "on:active-sessions-renamed"?:
    ((e: ActiveSessionsActiveSessionsRenamedElementEvent) => void) | undefined;
  /** This widget changed because another one with the same endpoint (this page, another tab or window) logged out (`kind` `logout`) or logged out of all (`logout-all`); never fired on the widget that acted. Detail: `{ kind, sessionIds }`. */
  "on:active-sessions-sync"?:
    ((e: ActiveSessionsActiveSessionsSyncElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * Lists every place the account is signed in and logs out of any of them: one session, a trusted
   * device, or all of them at once.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `endpoint`: Base URL of the sessions API (absolute or relative); a trailing `/` is ignored.
   * - `credentials`: fetch credentials mode for cookie-based backends: `omit`, `same-origin` (default) or `include`.
   * - `timeout`: Milliseconds an operation may take before it fails: the whole of it, `getToken` and the retry
   * after a 401 included, for every adapter. Anything but a positive number (`"abc"`, `-1`, `0`,
   * `""`) means the default, 15000; at most 10 minutes.
   * - `heading-level`/`headingLevel`: `aria-level` of the widget's heading (default 2), so it fits the host page's outline.
   * - `page-size`/`pageSize`: Rows shown before "Show N more" (default 50); anything but a number ≥ 1 means 50.
   * - `inactive-days`/`inactiveDays`: Days without activity after which "Select inactive" picks a session (default 30).
   * - `stale-after`/`staleAfter`: Seconds after which coming back to the page reloads the list quietly (default 60; 0 = never).
   * - `highlight-new`/`highlightNew`: Sessions signed in since the person last viewed this list (on this browser) get a "New" badge.
   * - `show-history`/`showHistory`: Shows a collapsed "Recently signed out" section below the list (part `history`), whose list
   * loads the first time it is opened. Only when the backend offers it (capability `history`).
   * - `readonly`/`readOnly`: Read-only: the list, details, filter and paging work, and nothing that changes anything is
   * shown (Log out, Log out all, Select, This wasn't me, Rename).
   * - `getToken`: Called before each request; wins over `token`. After a 401 it is called once more and the request retried once. (property only)
   * - `headers`: Extra request headers, e.g. a CSRF token. Never logged. (property only)
   * - `adapter`: Replaces the default REST client. Precedence: this property, then an adapter provided through context (`sessionsContext`), then REST on `endpoint`. (property only)
   * - `strings`: Overrides any displayed string (English, or the loaded language's); `src/i18n/en.ts` lists the keys and their `{placeholders}`. (property only)
   * - `securityLinks`: URLs for the "Secure your account" steps (`changePassword`, `signInMethods`,
   * `twoStepVerification`) and a Contact support link in the help note (`support`). Only `http(s)`
   * URLs become links; anything else stays plain text. (property only)
   * - `reauthenticate`: "Confirm it's you": called when the server wants a fresher sign-in for an action or a load
   * (403 `reauthentication_required`). Show your own password, passkey or two-step prompt and
   * resolve `true` once the person has confirmed; the widget then sends the same request once
   * more. `false`, a throw, or no answer within `timeout` fails the action in place. Without it,
   * the widget shows Sign in again. (property only)
   * - `token`: Bearer token (property only, write-only: reading it gives `undefined`). Sent as
   * `Authorization: Bearer <token>`; never rendered, logged or put in an event. (property only)
   * - `sessions`: The sessions shown, in display order (current first, then newest sign-in). (property only) (readonly)
   * - `status`: Where the widget is: `idle`, `loading`, `ready`, `empty`, `error`, `unavailable`, `unauthorized` or `done`. (property only) (readonly)
   * - `settled`: Resolves once the widget has finished what it is doing (the first load, a refresh, a logout
   * and whatever they lead to) and has rendered the result. For tests and hosts: await it
   * instead of polling `status`. Never rejects. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `active-sessions-load`: A list was loaded (also after a refresh). Detail: `{ sessions }`.
   * - `active-sessions-logout`: Cancelable. One logout was confirmed and is about to be sent; `preventDefault()` stops it (the dialog closes, the row stays). Detail: `{ session, removeTrustedDevice }`.
   * - `active-sessions-logged-out`: The server accepted one logout (a 404 counts). Detail: `{ session, removedTrustedDevice }`.
   * - `active-sessions-logout-all`: Cancelable. "Log out all" was confirmed and is about to be sent; `preventDefault()` stops it. `keepCurrent` is true when "Keep me signed in on this device" was checked. Detail: `{ keepCurrent }`.
   * - `active-sessions-logged-out-all`: The server accepted "Log out all"; sign the person out when `includesCurrent` is true (false when this session was kept). Detail: `{ includesCurrent, propagationSeconds }`.
   * - `active-sessions-error`: Every failure: `operation` is `load`, `logout`, `logout-all`, `rename` or `history`; skipped malformed entries come as `load` with code `invalid_session`; `message` is the text the widget shows. Detail: `{ operation, status?, code?, message }`.
   * - `active-sessions-unauthorized`: The person must sign in again (a 401 after the `getToken` retry, a 403 `reauthentication_required` when `reauthenticate` is not set, and each click on Sign in again): navigate to your sign-in. Detail: `{ status, code? }`.
   * - `active-sessions-report`: The person confirmed "This wasn't me" for a session, before its logout (which then fires the ordinary logout events). Detail: `{ session }`.
   * - `active-sessions-logout-selected`: Cancelable. A logout of the selected sessions was confirmed, before any request; `preventDefault()` stops all of it. Each session then fires `active-sessions-logged-out` or `active-sessions-error` (no per-session `active-sessions-logout`). Detail: `{ sessions, removeTrustedDevices }`.
   * - `active-sessions-rename`: Cancelable. A rename was confirmed (Save or Enter) and is about to be sent; `preventDefault()` stops it. `name` is `null` when the field was emptied (the name is cleared). Detail: `{ session, name }`.
   * - `active-sessions-renamed`: The server accepted a rename; `session` is the session as it now is. Detail: `{ session }`.
   * - `active-sessions-sync`: This widget changed because another one with the same endpoint (this page, another tab or window) logged out (`kind` `logout`) or logged out of all (`logout-all`); never fired on the widget that acted. Detail: `{ kind, sessionIds }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `heading`: The heading text (default "Active sessions").
   * - `description`: Intro text under the heading (none by default), e.g. what the list does not cover: third-party apps, connected apps, CLI sessions.
   * - `help`: Replaces the "Don't recognize a session?" help text ("If you suspect unauthorized account activity, change your password if you use one, review your sign-in methods, and contact support.").
   * - `empty`: Replaces the "No active sessions" empty state.
   * - `secure-account`: Replaces the "Secure your account" checklist shown after "This wasn't me" (its Done button stays).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `refresh() => Promise<void>`: Loads the list again. Resolves when the load has settled (it never rejects).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--active-sessions-accent`: Accent color: focus rings and the current-session badge. (default: `light-dark(#0b57d0, #a8c7fa)`)
   * - `--active-sessions-danger`: Color of destructive actions. (default: `light-dark(#b3261e, #ffb4ab)`)
   * - `--active-sessions-text`: Main text color. (default: `light-dark(#1d1b20, #e6e1e5)`)
   * - `--active-sessions-muted`: Secondary text color. (default: `light-dark(#5d5f66, #b4b6bd)`)
   * - `--active-sessions-surface`: Background of the confirmation dialog, and the text on its filled confirm button. (default: `light-dark(#fff, #26262b)`)
   * - `--active-sessions-border`: Color of separators and outlines. (default: `light-dark(#d9dbe0, #44464c)`)
   * - `--active-sessions-radius`: Corner radius of buttons, messages and the dialog. (default: `8px`)
   * - `--active-sessions-gap`: Base spacing between the widget's sections. (default: `16px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `header`: The heading, description and Refresh button.
   * - `list`: The list of sessions.
   * - `row`: One session.
   * - `device`: A session's device name and badges.
   * - `details`: A session's secondary lines (browser, apps, location, times).
   * - `badge`: The pills: Current session, Trusted device, app names, New, "Support access" and "Expires in N days".
   * - `logout-button`: A session's Log out button.
   * - `logout-all-button`: The Log out all button.
   * - `refresh-button`: The Refresh button.
   * - `dialog`: The confirmation dialog.
   * - `confirm-button`: The dialog's confirm button.
   * - `cancel-button`: The dialog's Cancel button.
   * - `message`: A state message (loading, error, not available, sign in again, done, empty).
   * - `details-toggle`: A row's Details button.
   * - `details-panel`: A row's details: everything known about the session.
   * - `report-button`: The "This wasn't me" button in a session's details.
   * - `show-more-button`: The "Show N more" button under a long list.
   * - `filter`: The "Filter sessions" search field (more than 10 sessions).
   * - `select-button`: The Select button that turns selection on and off.
   * - `logout-selected-button`: The "Log out selected (N)" button.
   * - `checkbox`: A row's selection checkbox.
   * - `rename-button`: The Rename button in a session's details (with the `rename` capability).
   * - `rename-field`: The "Device name" text field Rename turns into.
   * - `keep-current`: The "Keep me signed in on this device" checkbox of the Log out all dialog (with the `logoutOthers` capability).
   * - `history`: The "Recently signed out" section (`show-history`): its disclosure button and its list of ended sessions.
   */
  "active-sessions": Partial<
    ActiveSessionsProps & BaseProps<ActiveSessions> & BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   * Lists every place the account is signed in and logs out of any of them: one session, a trusted
   * device, or all of them at once.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `endpoint`: Base URL of the sessions API (absolute or relative); a trailing `/` is ignored.
   * - `credentials`: fetch credentials mode for cookie-based backends: `omit`, `same-origin` (default) or `include`.
   * - `timeout`: Milliseconds an operation may take before it fails: the whole of it, `getToken` and the retry
   * after a 401 included, for every adapter. Anything but a positive number (`"abc"`, `-1`, `0`,
   * `""`) means the default, 15000; at most 10 minutes.
   * - `heading-level`/`headingLevel`: `aria-level` of the widget's heading (default 2), so it fits the host page's outline.
   * - `page-size`/`pageSize`: Rows shown before "Show N more" (default 50); anything but a number ≥ 1 means 50.
   * - `inactive-days`/`inactiveDays`: Days without activity after which "Select inactive" picks a session (default 30).
   * - `stale-after`/`staleAfter`: Seconds after which coming back to the page reloads the list quietly (default 60; 0 = never).
   * - `highlight-new`/`highlightNew`: Sessions signed in since the person last viewed this list (on this browser) get a "New" badge.
   * - `show-history`/`showHistory`: Shows a collapsed "Recently signed out" section below the list (part `history`), whose list
   * loads the first time it is opened. Only when the backend offers it (capability `history`).
   * - `readonly`/`readOnly`: Read-only: the list, details, filter and paging work, and nothing that changes anything is
   * shown (Log out, Log out all, Select, This wasn't me, Rename).
   * - `getToken`: Called before each request; wins over `token`. After a 401 it is called once more and the request retried once. (property only)
   * - `headers`: Extra request headers, e.g. a CSRF token. Never logged. (property only)
   * - `adapter`: Replaces the default REST client. Precedence: this property, then an adapter provided through context (`sessionsContext`), then REST on `endpoint`. (property only)
   * - `strings`: Overrides any displayed string (English, or the loaded language's); `src/i18n/en.ts` lists the keys and their `{placeholders}`. (property only)
   * - `securityLinks`: URLs for the "Secure your account" steps (`changePassword`, `signInMethods`,
   * `twoStepVerification`) and a Contact support link in the help note (`support`). Only `http(s)`
   * URLs become links; anything else stays plain text. (property only)
   * - `reauthenticate`: "Confirm it's you": called when the server wants a fresher sign-in for an action or a load
   * (403 `reauthentication_required`). Show your own password, passkey or two-step prompt and
   * resolve `true` once the person has confirmed; the widget then sends the same request once
   * more. `false`, a throw, or no answer within `timeout` fails the action in place. Without it,
   * the widget shows Sign in again. (property only)
   * - `token`: Bearer token (property only, write-only: reading it gives `undefined`). Sent as
   * `Authorization: Bearer <token>`; never rendered, logged or put in an event. (property only)
   * - `sessions`: The sessions shown, in display order (current first, then newest sign-in). (property only) (readonly)
   * - `status`: Where the widget is: `idle`, `loading`, `ready`, `empty`, `error`, `unavailable`, `unauthorized` or `done`. (property only) (readonly)
   * - `settled`: Resolves once the widget has finished what it is doing (the first load, a refresh, a logout
   * and whatever they lead to) and has rendered the result. For tests and hosts: await it
   * instead of polling `status`. Never rejects. (property only) (readonly)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `active-sessions-load`: A list was loaded (also after a refresh). Detail: `{ sessions }`.
   * - `active-sessions-logout`: Cancelable. One logout was confirmed and is about to be sent; `preventDefault()` stops it (the dialog closes, the row stays). Detail: `{ session, removeTrustedDevice }`.
   * - `active-sessions-logged-out`: The server accepted one logout (a 404 counts). Detail: `{ session, removedTrustedDevice }`.
   * - `active-sessions-logout-all`: Cancelable. "Log out all" was confirmed and is about to be sent; `preventDefault()` stops it. `keepCurrent` is true when "Keep me signed in on this device" was checked. Detail: `{ keepCurrent }`.
   * - `active-sessions-logged-out-all`: The server accepted "Log out all"; sign the person out when `includesCurrent` is true (false when this session was kept). Detail: `{ includesCurrent, propagationSeconds }`.
   * - `active-sessions-error`: Every failure: `operation` is `load`, `logout`, `logout-all`, `rename` or `history`; skipped malformed entries come as `load` with code `invalid_session`; `message` is the text the widget shows. Detail: `{ operation, status?, code?, message }`.
   * - `active-sessions-unauthorized`: The person must sign in again (a 401 after the `getToken` retry, a 403 `reauthentication_required` when `reauthenticate` is not set, and each click on Sign in again): navigate to your sign-in. Detail: `{ status, code? }`.
   * - `active-sessions-report`: The person confirmed "This wasn't me" for a session, before its logout (which then fires the ordinary logout events). Detail: `{ session }`.
   * - `active-sessions-logout-selected`: Cancelable. A logout of the selected sessions was confirmed, before any request; `preventDefault()` stops all of it. Each session then fires `active-sessions-logged-out` or `active-sessions-error` (no per-session `active-sessions-logout`). Detail: `{ sessions, removeTrustedDevices }`.
   * - `active-sessions-rename`: Cancelable. A rename was confirmed (Save or Enter) and is about to be sent; `preventDefault()` stops it. `name` is `null` when the field was emptied (the name is cleared). Detail: `{ session, name }`.
   * - `active-sessions-renamed`: The server accepted a rename; `session` is the session as it now is. Detail: `{ session }`.
   * - `active-sessions-sync`: This widget changed because another one with the same endpoint (this page, another tab or window) logged out (`kind` `logout`) or logged out of all (`logout-all`); never fired on the widget that acted. Detail: `{ kind, sessionIds }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `heading`: The heading text (default "Active sessions").
   * - `description`: Intro text under the heading (none by default), e.g. what the list does not cover: third-party apps, connected apps, CLI sessions.
   * - `help`: Replaces the "Don't recognize a session?" help text ("If you suspect unauthorized account activity, change your password if you use one, review your sign-in methods, and contact support.").
   * - `empty`: Replaces the "No active sessions" empty state.
   * - `secure-account`: Replaces the "Secure your account" checklist shown after "This wasn't me" (its Done button stays).
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `refresh() => Promise<void>`: Loads the list again. Resolves when the load has settled (it never rejects).
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--active-sessions-accent`: Accent color: focus rings and the current-session badge. (default: `light-dark(#0b57d0, #a8c7fa)`)
   * - `--active-sessions-danger`: Color of destructive actions. (default: `light-dark(#b3261e, #ffb4ab)`)
   * - `--active-sessions-text`: Main text color. (default: `light-dark(#1d1b20, #e6e1e5)`)
   * - `--active-sessions-muted`: Secondary text color. (default: `light-dark(#5d5f66, #b4b6bd)`)
   * - `--active-sessions-surface`: Background of the confirmation dialog, and the text on its filled confirm button. (default: `light-dark(#fff, #26262b)`)
   * - `--active-sessions-border`: Color of separators and outlines. (default: `light-dark(#d9dbe0, #44464c)`)
   * - `--active-sessions-radius`: Corner radius of buttons, messages and the dialog. (default: `8px`)
   * - `--active-sessions-gap`: Base spacing between the widget's sections. (default: `16px`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `header`: The heading, description and Refresh button.
   * - `list`: The list of sessions.
   * - `row`: One session.
   * - `device`: A session's device name and badges.
   * - `details`: A session's secondary lines (browser, apps, location, times).
   * - `badge`: The pills: Current session, Trusted device, app names, New, "Support access" and "Expires in N days".
   * - `logout-button`: A session's Log out button.
   * - `logout-all-button`: The Log out all button.
   * - `refresh-button`: The Refresh button.
   * - `dialog`: The confirmation dialog.
   * - `confirm-button`: The dialog's confirm button.
   * - `cancel-button`: The dialog's Cancel button.
   * - `message`: A state message (loading, error, not available, sign in again, done, empty).
   * - `details-toggle`: A row's Details button.
   * - `details-panel`: A row's details: everything known about the session.
   * - `report-button`: The "This wasn't me" button in a session's details.
   * - `show-more-button`: The "Show N more" button under a long list.
   * - `filter`: The "Filter sessions" search field (more than 10 sessions).
   * - `select-button`: The Select button that turns selection on and off.
   * - `logout-selected-button`: The "Log out selected (N)" button.
   * - `checkbox`: A row's selection checkbox.
   * - `rename-button`: The Rename button in a session's details (with the `rename` capability).
   * - `rename-field`: The "Device name" text field Rename turns into.
   * - `keep-current`: The "Keep me signed in on this device" checkbox of the Log out all dialog (with the `logoutOthers` capability).
   * - `history`: The "Recently signed out" section (`show-history`): its disclosure button and its list of ended sessions.
   */
  "active-sessions": Partial<
    ActiveSessionsProps &
      ActiveSessionsSolidJsProps &
      BaseProps<ActiveSessions> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Accent color: focus rings and the current-session badge. */
  "--active-sessions-accent"?: string | undefined;
  /** Color of destructive actions. */
  "--active-sessions-danger"?: string | undefined;
  /** Main text color. */
  "--active-sessions-text"?: string | undefined;
  /** Secondary text color. */
  "--active-sessions-muted"?: string | undefined;
  /** Background of the confirmation dialog, and the text on its filled confirm button. */
  "--active-sessions-surface"?: string | undefined;
  /** Color of separators and outlines. */
  "--active-sessions-border"?: string | undefined;
  /** Corner radius of buttons, messages and the dialog. */
  "--active-sessions-radius"?: string | undefined;
  /** Base spacing between the widget's sections. */
  "--active-sessions-gap"?: string | undefined;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-dev-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@builder.io/qwik" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@stencil/core" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "hono/jsx" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react-native" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
