/**
 * Lit's `unsafeCSS`, under the name the element uses. Kept in a file of its own: the build's
 * literal minifier leaves the CSS of any file that names it unminified.
 */
export { unsafeCSS as cssResult } from 'lit';
