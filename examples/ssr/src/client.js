// Lit's hydration support first: it must run before LitElement is defined, so that the element
// takes over the shadow root the server rendered instead of rendering a second one.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'active-sessions';

const widget = document.querySelector('active-sessions');
widget.addEventListener('active-sessions-logged-out-all', (e) => {
  document.getElementById('signed-out').textContent = e.detail.includesCurrent
    ? 'You were signed out everywhere.'
    : 'Your other sessions were signed out.';
});
