/** `locationFromHeaders`: approximate location from the headers hosting platforms set. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locationFromHeaders } from 'active-sessions/server';

describe('locationFromHeaders', () => {
  it('reads Cloudflare’s visitor location headers', () => {
    const headers = new Headers({ 'cf-ipcity': 'Warsaw', 'cf-region': 'Mazovia', 'cf-ipcountry': 'PL' });
    assert.deepEqual(locationFromHeaders(headers), { city: 'Warsaw', region: 'Mazovia', country: 'PL' });
  });

  it('reads Vercel’s, decoding the URL-encoded city', () => {
    const headers = new Headers({ 'x-vercel-ip-city': 'S%C3%A3o%20Paulo', 'x-vercel-ip-country-region': 'SP', 'x-vercel-ip-country': 'BR' });
    assert.deepEqual(locationFromHeaders(headers), { city: 'São Paulo', region: 'SP', country: 'BR' });
  });

  it('reads CloudFront’s (and Fastly’s, set up with the same names)', () => {
    const headers = new Headers({ 'cloudfront-viewer-city': 'Seattle', 'cloudfront-viewer-country-region': 'WA', 'cloudfront-viewer-country': 'us' });
    assert.deepEqual(locationFromHeaders(headers), { city: 'Seattle', region: 'WA', country: 'US' });
  });

  it('takes a plain object of headers (Node’s IncomingHttpHeaders) too', () => {
    assert.deepEqual(locationFromHeaders({ 'cf-ipcountry': 'DE', 'cf-ipcity': ['Berlin', 'x'] }), { city: 'Berlin', country: 'DE' });
  });

  it('reads UTF-8 a runtime handed over as one byte per character', () => {
    // What `new Headers()` holds when a proxy sent the raw UTF-8 bytes of "Kraków".
    const latin1 = String.fromCharCode(...new TextEncoder().encode('Kraków'));
    assert.deepEqual(locationFromHeaders(new Headers({ 'cf-ipcity': latin1 })), { city: 'Kraków' });
  });

  it('leaves out unknown and Tor countries, codes that are not two letters, blank values and bidi controls', () => {
    assert.equal(locationFromHeaders(new Headers({ 'cf-ipcountry': 'XX' })), undefined);
    assert.equal(locationFromHeaders(new Headers({ 'cf-ipcountry': 'T1' })), undefined);
    assert.equal(locationFromHeaders(new Headers({ 'cf-ipcountry': 'POL', 'cf-ipcity': '   ' })), undefined);
    assert.deepEqual(locationFromHeaders({ 'cf-ipcity': '\u202EMoscow\u202C' }), { city: 'Moscow' });
    assert.equal(locationFromHeaders(new Headers({ 'x-vercel-ip-city': '%E0%A4%A' })).city, '%E0%A4%A');
  });

  it('is undefined when no platform sent any, and never mixes two platforms', () => {
    assert.equal(locationFromHeaders(new Headers({ 'user-agent': 'x' })), undefined);
    const both = new Headers({ 'cf-ipcountry': 'PL', 'x-vercel-ip-city': 'Paris', 'x-vercel-ip-country': 'FR' });
    assert.deepEqual(locationFromHeaders(both), { country: 'PL' });
  });

  it('caps a long value', () => {
    assert.ok(locationFromHeaders(new Headers({ 'cf-ipcity': 'a'.repeat(10_000) })).city.length <= 200);
  });
});
