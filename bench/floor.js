// The Lit floor of `npm run bench`: the least a LitElement that renders one line costs to load.
// Bundled and minified at bench time like dist/active-sessions.js (scripts/build.mjs).
import { LitElement, html } from 'lit';

class LitFloor extends LitElement {
  render() {
    return html`<p>Lit floor</p>`;
  }
}
customElements.define('lit-floor', LitFloor);
