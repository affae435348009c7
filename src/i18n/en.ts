/**
 * Every string the person sees, in English (the help article's copy). `{name}` placeholders are filled in
 * by the element; their names are part of each string's type (`TermValues`), so a string that
 * takes a device name is always given one. Override any of them through the element's `strings`
 * property, or add a language with `registerTranslation()`.
 */
import { enFlows } from './en-flows.js';

export const en = {
  heading: 'Active sessions',
  refresh: 'Refresh',
  loading: 'Loading sessions…',
  approximate: 'Session details may be approximate or incomplete.',
  currentSession: 'CURRENT SESSION',
  currentHint: 'To end this session, sign out, or use Log out of all sessions.',
  currentHintSignOut: 'To end this session, sign out.',
  trusted: 'Trusted device',
  apps: 'Apps',
  unknownDevice: 'Unknown device',
  browserOnOs: '{browser} on {os}',
  signedIn: 'Signed in {date}',
  lastActive: 'Last active {time}',
  logout: 'Log out',
  logoutLabel: 'Log out {device}',
  statusUnavailable: 'Session status unavailable',
  statusUnavailableHint: 'Use Log out of all sessions to sign out across devices.',
  loggingOut: 'Logging out…',
  loggingOutHint: 'This can take a few minutes. Refresh, or use Log out of all sessions.',
  noSessions: 'No active sessions',
  noOtherSessions: 'No other active sessions',
  logoutAllHeading: 'Log out of all sessions',
  logoutAllText:
    'This logs you out of all active sessions across devices, including this one. It may take up to {duration}.',
  logoutAllTextNow:
    'This logs you out of all active sessions across devices, including this one. It takes effect right away.',
  logoutOthersText:
    'This logs you out of all other active sessions across devices. This session stays signed in. It may take up to {duration}.',
  logoutOthersTextNow:
    'This logs you out of all other active sessions across devices. This session stays signed in. It takes effect right away.',
  logoutAllButton: 'Log out all',
  loadFailed: "Active sessions couldn't be loaded. Try again later.",
  tryAgain: 'Try again',
  unavailableSso:
    "Active sessions isn't available for accounts linked to an organization's SSO sign-in (SAML or OIDC).",
  unavailable: "Active sessions isn't available for your account.",
  reauth: 'For your security, sign in again to manage your sessions.',
  signInAgain: 'Sign in again',
  helpHeading: "Don't recognize a session?",
  help: 'If you suspect unauthorized account activity, change your password if you use one, review your sign-in methods, and contact support.',
  errorServer: 'The server could not complete the request ({status}).',
  errorNetwork: "The server couldn't be reached. Check your connection.",
  errorTimeout: 'The server took too long to answer.',
  errorPayload: 'The server sent a response that could not be read.',
  errorRateLimited: 'Too many requests. Try again in {duration}.',
  errorRateLimitedLater: 'Too many requests. Try again later.',
  skippedNote: "Some sessions couldn't be shown.",
  errorInsecure: "The server's address isn't secure (https).",
  details: 'Details',
  detailsFor: 'Details for {device}',
  // "Confirm it's you": the server wants a fresher sign-in, and the host asks for it.
  stepUpPending: "Confirm it's you to continue…",
  stepUpFailed: "You need to confirm it's you to do this.",
  // What kind of client a session is, when not a browser (for assistive technology beside its icon,
  // and as its name when the server gave none); the badges of an expiring or support session.
  client_desktop_app: 'Desktop app',
  client_mobile_app: 'Mobile app',
  client_cli: 'Command-line tool',
  client_api: 'API client',
  expiresToday: 'Expires today',
  expiresTomorrow: 'Expires tomorrow',
  expiresIn_one: 'Expires in {count} day',
  expiresIn_other: 'Expires in {count} days',
  supportAccess: 'Support access',
  historyHeading: 'Recently signed out',
} as const;

/**
 * Every English string: the list's (above) and the click flows' (`en-flows.ts`). A shipped
 * language gives them as two packs of the same split, each its own small chunk.
 */
type English = typeof en & typeof enFlows;

/** Every English string, as one object. */
export const english = { ...en, ...enFlows };

/** The key of a displayed string. */
export type StringKey = keyof English;

/**
 * A string that depends on a number: its English forms are `<key>_one` and `<key>_other`; a
 * language adds the forms its `Intl.PluralRules` needs (`_zero`, `_two`, `_few`, `_many`).
 */
export type PluralKey = StringKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/** Plural forms beyond English's `one` and `other`, which a translation may add. */
type OtherForms = Partial<Record<`${PluralKey}_${'zero' | 'two' | 'few' | 'many'}`, string>>;

/** The `{placeholder}` names in an English string, as a union of string literal types. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** What a string's placeholders are filled with: `TermValues<'logoutLabel'>` is `{ device: … }`. */
export type TermValues<K extends StringKey> = Record<Placeholders<English[K]>, unknown>;

/**
 * Every displayed string. A translation gives the same keys with the same `{placeholders}` (any
 * order); a missing one falls back to English.
 */
export type Strings = { [K in StringKey]: string } & OtherForms & {
  /**
   * Not shown: the direction the language is written in. Every shipped pack says it (`rtl` for
   * Arabic and Hebrew); without it (English, or a host's pack that omits it) the widget follows
   * the page's direction.
   */
  direction?: 'ltr' | 'rtl';
};

/**
 * A shipped language's first part: every string of `en.ts` (what shows before any click), with
 * the plural forms its `Intl.PluralRules` needs, in `packs/<tag>.ts`, its own chunk.
 */
export type CorePack = { [K in keyof typeof en]: string } & OtherForms & { direction: 'ltr' | 'rtl' };

/**
 * A shipped language's second part: every string of `en-flows.ts` (the flows a click starts), with
 * the plural forms its `Intl.PluralRules` needs, in `packs-flows/<tag>.ts`, fetched with the
 * first part.
 */
export type FlowsPack = { [K in keyof typeof enFlows]: string } & OtherForms;
