/**
 * The widget's named defaults, in one place: every module that needs one imports it from here.
 * The docs state the same figures: docs/reference.md ("Attributes and properties"),
 * docs/features.md and docs/rest.md.
 */

/** Rows shown before "Show N more" (`page-size`). */
export const PAGE_SIZE = 50;
/** Seconds after which coming back to the page reloads the list quietly (`stale-after`). */
export const STALE_AFTER_SECONDS = 60;
/** Days without activity after which "Select inactive" picks a session (`inactive-days`). */
export const INACTIVE_DAYS = 30;
/** The filter field shows once the list has more sessions than this. */
export const FILTER_ABOVE = 10;
/** At most this many logout requests in flight during a selected logout. */
export const PARALLEL_LOGOUTS = 4;
/** How long "Log out all" may take to reach every device when nobody says: 30 minutes. */
export const PROPAGATION_SECONDS = 1800;
/** Milliseconds an operation may take (`timeout`), and the longest honoured: 10 minutes. */
export const TIMEOUT_MS = 15_000;
export const MAX_TIMEOUT_MS = 600_000;
/**
 * After a 401 to a request that carried no token, how long after the page has loaded the widget
 * waits for the host to supply one before it says "Sign in again".
 */
export const LATE_TOKEN_GRACE_MS = 1500;
/** At most this long is spent reading an optional body (a 202's), never past the timeout. */
export const OPTIONAL_BODY_MS = 1500;
/** The longest wait a Retry-After is believed for: one day, in seconds. */
export const MAX_RETRY_AFTER_SECONDS = 86_400;
