/**
 * `<active-sessions>` rendered on the server with `@lit-labs/ssr` (docs/frameworks.md, "Server-side
 * rendering"): a declarative shadow root holding the frame (heading, slots, Refresh, the loading
 * state) that the browser shows before any script runs, and that the client hydrates
 * (test/ssr.test.ts). Node has no `document` or `window` here: a widget that touched either while
 * rendering would throw.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderWidget } from './ssr-render.mjs';

/** What is inside the widget's declarative shadow root, without Lit's hydration comments. */
function shadowOf(out) {
  const match = /<active-sessions\b[^>]*>\s*<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(out);
  assert.ok(match, `no declarative shadow root in:\n${out.slice(0, 400)}`);
  return match[1].replace(/<!--[\s\S]*?-->/g, '');
}

/** The host's start tag. */
const hostTag = (out) => /<active-sessions\b[^>]*>/.exec(out)?.[0] ?? '';
/** Text without tags, whitespace collapsed. */
const text = (markup) => markup.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('rendering <active-sessions> on the server', () => {
  it('is not a browser: no document, no window', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
  });

  it('renders a declarative shadow root with its styles, the heading, the slots and Refresh', async () => {
    const out = await renderWidget({ attributes: { endpoint: '/api' } });
    assert.match(out, /<active-sessions\b[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    const shadow = shadowOf(out);
    assert.match(shadow, /:host \{/, 'the styles are in the shadow root');
    assert.match(shadow, /<div class="heading" role="heading" aria-level="2" tabindex="-1"\s*>\s*<slot name="heading">Active sessions<\/slot>/);
    assert.match(shadow, /<slot name="description"><\/slot>/);
    assert.match(shadow, /<button part="refresh-button" aria-disabled="true" aria-busy="true"\s*>\s*Refresh\s*<\/button>/);
    assert.equal(shadow.match(/role="heading"/g)?.length, 1, 'one heading');
  });

  it('shows the loading state a widget with an endpoint starts in: the skeleton and "Loading sessions…"', async () => {
    const shadow = shadowOf(await renderWidget({ attributes: { endpoint: '/api' } }));
    assert.equal(shadow.match(/<div class="skel short">/g)?.length, 3, 'three skeleton rows');
    assert.match(shadow, /<ul aria-hidden="true">/);
    assert.match(shadow, /<p class="muted note" role="status">Loading sessions…<\/p>/);
    assert.doesNotMatch(shadow, /part="row"|part="logout-all-button"/, 'no rows, no Log out all: nothing is loaded yet');
  });

  it('with nothing to load (no endpoint, no adapter) it shows the frame alone, as the client does', async () => {
    const shadow = shadowOf(await renderWidget());
    assert.match(shadow, /Active sessions/);
    assert.doesNotMatch(shadow, /class="skel|Loading sessions/);
    assert.match(shadow, /aria-disabled="false" aria-busy="false"/);
  });

  it('keeps the host attributes, takes heading-level, slotted content and `strings`', async () => {
    const out = await renderWidget({
      attributes: { endpoint: '/api/account', lang: 'en-GB', 'heading-level': '3' },
      properties: { strings: { heading: 'Where you are signed in', refresh: 'Reload', loading: 'One moment…' } },
      heading: 'Your devices',
    });
    const host = hostTag(out);
    assert.match(host, /endpoint="\/api\/account"/);
    assert.match(host, /lang="en-GB"/);
    assert.match(host, /heading-level="3"/);
    const shadow = shadowOf(out);
    assert.match(shadow, /role="heading" aria-level="3"/);
    assert.match(shadow, /<slot name="heading">Where you are signed in<\/slot>/);
    assert.match(text(shadow), /Reload One moment…/);
    // The slotted heading is light DOM, after the shadow root: the browser shows it in the slot.
    assert.match(out.replace(/<!--[\s\S]*?-->/g, ''), /<\/template><span slot="heading">Your devices<\/span><\/active-sessions\s*>/);
  });

  it('renders the strings the first client render shows, whatever `lang` says (a shipped language arrives after hydration)', async () => {
    const shadow = shadowOf(await renderWidget({ attributes: { endpoint: '/api', lang: 'de' } }));
    assert.match(text(shadow), /^Active sessions Refresh Loading sessions…$/);
    assert.doesNotMatch(shadow, /<div dir=/);
  });

  it('never writes the token, getToken or headers into the page', async () => {
    const token = 'tok_ssr_5ecr3t_0123456789';
    const csrf = 'csrf_ssr_5ecr3t_abcdef';
    const out = await renderWidget({
      attributes: { endpoint: '/api' },
      properties: { token, headers: { 'X-CSRF-Token': csrf } },
    });
    assert.ok(!out.includes(token), 'the token is in the HTML');
    assert.ok(!out.includes(csrf), 'a header value is in the HTML');
    assert.ok(!out.includes('X-CSRF-Token'), 'a header name is in the HTML');
    const host = hostTag(out);
    assert.doesNotMatch(host, /\s(token|headers|strings|get-token|gettoken)=/i, `a property became an attribute: ${host}`);
    assert.doesNotMatch(host, /\sreadonly\b/);
  });

  it('drops a token written as an attribute, with a warning, instead of writing it into the page', async (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    const out = await renderWidget({ attributes: { endpoint: '/api', token: 'tok_attr_5ecr3t_42' } });
    assert.ok(!out.includes('tok_attr_5ecr3t_42'), 'the token is in the HTML');
    assert.doesNotMatch(hostTag(out), /\stoken=/);
    assert.deepEqual(
      warn.mock.calls.map((c) => c.arguments[0]),
      ['<active-sessions>: token is a property; the attribute is ignored'],
    );
  });

  it('renders many widgets independently, each in its own state', async () => {
    const [loading, idle] = await Promise.all([renderWidget({ attributes: { endpoint: '/a' } }), renderWidget()]);
    assert.match(loading, /Loading sessions…/);
    assert.doesNotMatch(idle, /Loading sessions…/);
  });
});
