import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'active-sessions';
const out = await collectResult(render(html`<active-sessions endpoint="/api" token="tok_attr_secret" readonly></active-sessions>`));
console.log(out.replace(/<style>[\s\S]*<\/style>/,'').slice(0,400));
