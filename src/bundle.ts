/**
 * Entry of the self-contained browser bundle `dist/active-sessions.js`: defines the element (the
 * define module runs when loaded) and exports only what a plain page may need (the class, the
 * define function for another tag name, the error type a custom adapter throws, the translation
 * registry), so nothing else is kept alive in the bundle every host page downloads.
 */
// Not through main.ts: its `export *` of index.ts would pull every public module (the
// user-agent parser included, which this bundle loads on demand) into the module graph.
export { ActiveSessions } from './active-sessions.js';
export { defineActiveSessions } from './define.js';
export { SessionsError } from './adapter.js';
export { registerTranslation } from './i18n/registry.js';
