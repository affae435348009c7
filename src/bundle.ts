/**
 * Entry of the self-contained browser bundle `dist/active-sessions.js`: defines the element and
 * exports only what a plain page needs (the class, and the error type a custom adapter throws),
 * so nothing else is kept alive in the bundle every host page downloads.
 */
import './define.js';

export { ActiveSessions } from './active-sessions.js';
export { SessionsError } from './adapter.js';
