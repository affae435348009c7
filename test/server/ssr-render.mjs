/**
 * Renders `<active-sessions>` on the server with `@lit-labs/ssr`, the way a host's Node server
 * does: the package's npm entry (dist/src/main.js, Lit's Node build) imported by name, no DOM
 * shim installed by hand. Used by test/server/ssr.test.mjs, and run as a script by the
 * `ssr-render` command of web-test-runner.config.mjs (test/ssr.test.ts hydrates what it prints):
 *
 *   node test/server/ssr-render.mjs '{"attributes":{"endpoint":"/api"}}'
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fileURLToPath } from 'node:url';
import 'active-sessions';

/**
 * The HTML of one widget. `attributes`: `endpoint`, `lang`, `heading-level`, `page-size`, `token` (a
 * mistake the widget must not pass on);
 * `properties`: `token`, `headers`, `strings` (set as properties, as a Lit template's `.prop`
 * binding does); `heading`: text slotted into the `heading` slot.
 */
export async function renderWidget({ attributes = {}, properties = {}, heading } = {}) {
  const a = attributes;
  const p = properties;
  return collectResult(
    render(
      html`<active-sessions
        endpoint=${ifDefined(a.endpoint)}
        lang=${ifDefined(a.lang)}
        heading-level=${ifDefined(a['heading-level'])}
        page-size=${ifDefined(a['page-size'])}
        token=${ifDefined(a.token)}
        .token=${p.token}
        .headers=${p.headers}
        .strings=${p.strings}
        >${heading ? html`<span slot="heading">${heading}</span>` : nothing}</active-sessions
      >`,
    ),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(await renderWidget(JSON.parse(process.argv[2] ?? '{}')));
}
