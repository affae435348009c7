import { expect } from '@open-wc/testing';
import { completeDevice, parseSessionList, sortSessions, type Session } from '../src/model.js';
import { parseUserAgent } from '../src/ua.js';
// New exports through the namespace, so each test that needs them fails alone on older code.
import * as model from '../src/model.js';

const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX_ANDROID = 'Mozilla/5.0 (Android 15; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0';

/** The example session of docs/rest.md, as the server sends it. */
const wireSession = () => ({
  id: 'ses_8f2c',
  current: false,
  status: 'active',
  trusted: true,
  apps: ['ChatGPT', 'Codex'],
  device: {
    type: 'desktop',
    name: 'MacBook Pro',
    browser: 'Chrome 131',
    os: 'macOS 15',
    user_agent: 'Mozilla/5.0 ...',
  },
  location: { city: 'Warsaw', region: 'Masovia', country: 'PL' },
  ip_address: '203.0.113.7',
  signed_in_at: '2026-11-20T09:14:00Z',
  last_active_at: '2026-11-27T08:02:00Z',
});

/** One wire session through the widget's pipeline: validated (failing the test if it was skipped), then its device completed from the user agent. */
const parseOne = (raw: unknown): Session => {
  const { sessions, skipped } = parseSessionList({ sessions: [raw] });
  expect(skipped, 'skipped entries').to.deep.equal([]);
  expect(sessions).to.have.length(1);
  return { ...sessions[0], device: completeDevice(sessions[0].device, parseUserAgent) };
};

describe('parseSessionList', () => {
  describe('a valid list', () => {
    it('maps every wire field to the camelCase model, dates as ISO strings', () => {
      expect(parseSessionList({ sessions: [wireSession()] })).to.deep.equal({
        sessions: [
          {
            id: 'ses_8f2c',
            current: false,
            status: 'active',
            trusted: true,
            apps: ['ChatGPT', 'Codex'],
            device: {
              type: 'desktop',
              name: 'MacBook Pro',
              browser: 'Chrome 131',
              os: 'macOS 15',
              userAgent: 'Mozilla/5.0 ...',
            },
            location: { city: 'Warsaw', region: 'Masovia', country: 'PL' },
            ipAddress: '203.0.113.7',
            signedInAt: '2026-11-20T09:14:00.000Z',
            lastActiveAt: '2026-11-27T08:02:00.000Z',
          },
        ],
        skipped: [],
      });
    });

    it('accepts an empty list', () => {
      expect(parseSessionList({ sessions: [] })).to.deep.equal({ sessions: [], skipped: [] });
    });

    it('keeps the server order (sorting is a separate step)', () => {
      const { sessions } = parseSessionList({ sessions: [{ id: 'b' }, { id: 'a', current: true }, { id: 'c' }] });
      expect(sessions.map((s) => s.id)).to.deep.equal(['b', 'a', 'c']);
    });

    it('needs nothing but an id, and leaves every unknown field absent rather than undefined', () => {
      const session = parseOne({ id: 'ses_1' });
      expect(session).to.deep.equal({
        id: 'ses_1',
        current: false,
        status: 'active',
        trusted: false,
        device: { type: 'unknown' },
      });
      expect(Object.keys(session)).to.have.members(['id', 'current', 'status', 'trusted', 'device']);
      expect(Object.keys(session.device)).to.deep.equal(['type']);
    });

    it('does not read camelCase keys from the wire', () => {
      const session = parseOne({ id: 'a', ipAddress: '203.0.113.7', signedInAt: '2026-11-20T09:14:00Z' });
      expect(session).to.not.have.property('ipAddress');
      expect(session).to.not.have.property('signedInAt');
    });
  });

  describe('unknown fields', () => {
    it('ignores unknown fields at every level', () => {
      const session = parseOne({
        ...wireSession(),
        token: 'secret-token',
        extra: { nested: true },
        device: { ...wireSession().device, color: 'red' },
        location: { ...wireSession().location, latitude: 52.2 },
      });
      expect(session).to.not.have.property('token');
      expect(session).to.not.have.property('extra');
      expect(session.device).to.not.have.property('color');
      expect(session.location).to.deep.equal({ city: 'Warsaw', region: 'Masovia', country: 'PL' });
    });

    it('ignores a field of the wrong type instead of rejecting the session', () => {
      const session = parseOne({
        id: 'a',
        current: 'true',
        trusted: 1,
        apps: 'ChatGPT',
        device: 'MacBook',
        location: ['Warsaw'],
        ip_address: 203,
      });
      expect(session).to.deep.equal({
        id: 'a',
        current: false,
        status: 'active',
        trusted: false,
        device: { type: 'unknown' },
      });
    });
  });

  describe('richer sessions', () => {
    it('maps expires_at, auth_method, auth_provider and mfa to expiresAt, authMethod, authProvider and mfa', () => {
      const session = parseOne({
        ...wireSession(),
        expires_at: '2026-12-20T09:14:00Z',
        auth_method: 'sso',
        auth_provider: 'Okta',
        mfa: true,
      });
      expect(session).to.deep.include({
        expiresAt: '2026-12-20T09:14:00.000Z',
        authMethod: 'sso',
        authProvider: 'Okta',
        mfa: true,
      });
    });

    it('keeps every known sign-in method as it is', () => {
      expect(model.AUTH_METHODS).to.deep.equal(['password', 'passkey', 'sso', 'oauth', 'magic_link', 'otp', 'api_key']);
      for (const method of model.AUTH_METHODS) expect(parseOne({ id: 'a', auth_method: method }).authMethod).to.equal(method);
    });

    it('keeps an unknown sign-in method as given (trimmed)', () => {
      expect(parseOne({ id: 'a', auth_method: ' smart_card ' }).authMethod).to.equal('smart_card');
      expect(parseOne({ id: 'a', auth_method: 'Windows Hello' }).authMethod).to.equal('Windows Hello');
    });

    it('keeps a provider without a method, and a method without a provider', () => {
      const provider = parseOne({ id: 'a', auth_provider: 'Google' });
      expect(provider.authProvider).to.equal('Google');
      expect(provider).to.not.have.property('authMethod');
      const method = parseOne({ id: 'a', auth_method: 'password' });
      expect(method.authMethod).to.equal('password');
      expect(method).to.not.have.property('authProvider');
    });

    it('keeps mfa false as false (known: no second factor), not as absent', () => {
      expect(parseOne({ id: 'a', mfa: false })).to.have.property('mfa', false);
    });

    it('normalizes expires_at to UTC ISO and accepts epoch milliseconds', () => {
      expect(parseOne({ id: 'a', expires_at: '2026-12-20T10:14:00+01:00' }).expiresAt).to.equal('2026-12-20T09:14:00.000Z');
      expect(parseOne({ id: 'a', expires_at: Date.UTC(2026, 11, 20, 9, 14) }).expiresAt).to.equal('2026-12-20T09:14:00.000Z');
    });

    it('leaves all four absent when the server sends none of them', () => {
      const session = parseOne(wireSession());
      for (const key of ['expiresAt', 'authMethod', 'authProvider', 'mfa']) expect(session, key).to.not.have.property(key);
    });

    it('omits an invalid expires_at instead of producing "Invalid Date"', () => {
      for (const value of ['not a date', '', '2026-13-45T99:00:00Z', null, {}, [], true, Number.NaN, 8.64e15 + 1, '2026-12-20T09:14:00Z' + ' '.repeat(100)]) {
        expect(parseOne({ id: 'a', expires_at: value }), JSON.stringify(value)).to.not.have.property('expiresAt');
      }
    });

    it('omits an auth_method or auth_provider of the wrong type, blank or invisible-only', () => {
      for (const value of [42, true, null, {}, ['password'], '', '   ', '\u200B', '\u202E\u2066']) {
        const session = parseOne({ id: 'a', auth_method: value, auth_provider: value });
        expect(session, JSON.stringify(value)).to.not.have.property('authMethod');
        expect(session, JSON.stringify(value)).to.not.have.property('authProvider');
      }
    });

    it('omits an mfa that is not a real boolean', () => {
      for (const value of ['true', 'false', 1, 0, null, {}, [], 'yes']) {
        expect(parseOne({ id: 'a', mfa: value }), JSON.stringify(value)).to.not.have.property('mfa');
      }
    });

    it('never reads the camelCase names from the wire', () => {
      const session = parseOne({ id: 'a', expiresAt: '2026-12-20T09:14:00Z', authMethod: 'password', authProvider: 'Google' });
      for (const key of ['expiresAt', 'authMethod', 'authProvider']) expect(session, key).to.not.have.property(key);
    });
  });

  describe('kind of client and impersonator', () => {
    it('maps client to { kind, name, version } for every known kind', () => {
      for (const kind of model.CLIENT_KINDS) {
        expect(parseOne({ id: 'a', client: { kind, name: 'ChatGPT for macOS', version: '1.2025.330' } }).client, kind).to.deep.equal({
          kind,
          name: 'ChatGPT for macOS',
          version: '1.2025.330',
        });
      }
      expect(model.CLIENT_KINDS).to.deep.equal(['browser', 'desktop_app', 'mobile_app', 'cli', 'api']);
    });

    it('keeps a known kind without name or version, each absent', () => {
      expect(parseOne({ id: 'a', client: { kind: 'cli' } }).client).to.deep.equal({ kind: 'cli' });
      expect(parseOne({ id: 'a', client: { kind: 'api', name: '  ', version: 42 } }).client).to.deep.equal({ kind: 'api' });
    });

    it('treats an unknown, missing or mistyped kind, or a client that is not an object, as no client', () => {
      for (const client of [{ kind: 'smart_tv', name: 'TV' }, { kind: 'Browser' }, { kind: ' cli' }, { name: 'No kind' }, { kind: null }, 'cli', ['cli'], null, 1]) {
        expect(parseOne({ id: 'a', client }), JSON.stringify(client)).to.not.have.property('client');
      }
    });

    it('cleans and caps a client’s name and version like every label', () => {
      const { client } = parseOne({ id: 'a', client: { kind: 'desktop_app', name: ' App\u202Egnp.exe ', version: `\u2066${'9'.repeat(100_000)}` } });
      expect(client!.name).to.equal('Appgnp.exe');
      expect(client!.version).to.have.length(model.LIMITS.label);
      expect(client!.version!.endsWith('…')).to.be.true;
    });

    it('maps impersonator to { name }, cleaned and capped; an object without a usable name to {}', () => {
      expect(parseOne({ id: 'a', impersonator: { name: ' Support (Ana) ' } }).impersonator).to.deep.equal({ name: 'Support (Ana)' });
      expect(parseOne({ id: 'a', impersonator: { name: '\u202E' } }).impersonator).to.deep.equal({});
      expect(parseOne({ id: 'a', impersonator: {} }).impersonator).to.deep.equal({});
      expect(parseOne({ id: 'a', impersonator: { name: 'x'.repeat(100_000) } }).impersonator!.name).to.have.length(model.LIMITS.label);
    });

    it('treats an impersonator that is not an object as none', () => {
      for (const impersonator of ['Support (Ana)', true, null, ['Ana'], 0]) {
        expect(parseOne({ id: 'a', impersonator }), JSON.stringify(impersonator)).to.not.have.property('impersonator');
      }
    });
  });

  describe('a body of the wrong shape', () => {
    for (const [label, body] of [
      ['null', null],
      ['a bare array', [{ id: 'a' }]],
      ['a string', '{"sessions": []}'],
      ['an object without sessions', {}],
      ['sessions that are not an array', { sessions: { id: 'a' } }],
      ['sessions set to null', { sessions: null }],
    ] as const) {
      it(`throws a TypeError for ${label}`, () => {
        expect(() => parseSessionList(body)).to.throw(TypeError);
      });
    }
  });

  describe('malformed entries', () => {
    it('skips malformed entries, keeps the good ones, and reports each by index', () => {
      const result = parseSessionList({
        sessions: [{ id: 'a' }, null, { id: '' }, { id: 42 }, 'ses_x', [], { current: true }, { id: 'b' }],
      });
      expect(result.sessions.map((s) => s.id)).to.deep.equal(['a', 'b']);
      expect(result.skipped).to.deep.equal([
        { index: 1, reason: 'not an object' },
        { index: 2, reason: 'missing id' },
        { index: 3, reason: 'missing id' },
        { index: 4, reason: 'not an object' },
        { index: 5, reason: 'not an object' },
        { index: 6, reason: 'missing id' },
      ]);
    });

    it('keeps the first of two sessions with the same id and reports the second', () => {
      const result = parseSessionList({
        sessions: [{ id: 'a', current: true }, { id: 'b' }, { id: 'a', current: false }],
      });
      expect(result.sessions.map((s) => [s.id, s.current])).to.deep.equal([
        ['a', true],
        ['b', false],
      ]);
      expect(result.skipped).to.deep.equal([{ index: 2, reason: 'duplicate id' }]);
    });
  });

  describe('status', () => {
    it('keeps "active" and treats a missing status as active', () => {
      expect(parseOne({ id: 'a', status: 'active' }).status).to.equal('active');
      expect(parseOne({ id: 'a' }).status).to.equal('active');
    });

    it('treats "unavailable" and any other value as unavailable', () => {
      for (const status of ['unavailable', 'revoked', 'expired', '', null, 1, true]) {
        expect(parseOne({ id: 'a', status }).status, JSON.stringify(status)).to.equal('unavailable');
      }
    });
  });

  describe('dates', () => {
    it('normalizes an offset date to UTC ISO', () => {
      expect(parseOne({ id: 'a', signed_in_at: '2026-11-20T10:14:00+01:00' }).signedInAt).to.equal(
        '2026-11-20T09:14:00.000Z',
      );
    });

    it('accepts epoch milliseconds', () => {
      expect(parseOne({ id: 'a', last_active_at: Date.UTC(2026, 10, 27, 8, 2) }).lastActiveAt).to.equal(
        '2026-11-27T08:02:00.000Z',
      );
    });

    it('omits invalid dates instead of producing "Invalid Date"', () => {
      for (const value of ['not a date', '', '2026-13-45T99:00:00Z', null, {}, [], true, Number.NaN, 8.64e15 + 1]) {
        const session = parseOne({ id: 'a', signed_in_at: value, last_active_at: value });
        expect(session, JSON.stringify(value)).to.not.have.property('signedInAt');
        expect(session, JSON.stringify(value)).to.not.have.property('lastActiveAt');
      }
    });
  });

  describe('device', () => {
    it('derives browser, OS and device type from the user agent when the server sends none', () => {
      expect(parseOne({ id: 'a', device: { user_agent: CHROME_WINDOWS } }).device).to.deep.equal({
        type: 'desktop',
        browser: 'Chrome 131',
        os: 'Windows',
        userAgent: CHROME_WINDOWS,
      });
    });

    it('prefers what the server sends over what the user agent says', () => {
      const device = parseOne({
        id: 'a',
        device: { type: 'tablet', browser: 'Chrome 131.0.6778', user_agent: FIREFOX_ANDROID },
      }).device;
      expect(device).to.deep.equal({
        type: 'tablet',
        browser: 'Chrome 131.0.6778',
        os: 'Android 15',
        userAgent: FIREFOX_ANDROID,
      });
    });

    it('replaces an unknown device type with "unknown", then with the user agent’s when it has one', () => {
      expect(parseOne({ id: 'a', device: { type: 'phone' } }).device).to.deep.equal({ type: 'unknown' });
      expect(parseOne({ id: 'a', device: { type: 'phone', user_agent: FIREFOX_ANDROID } }).device.type).to.equal(
        'mobile',
      );
    });

    it('keeps an unrecognized user agent without inventing a browser or OS', () => {
      expect(parseOne({ id: 'a', device: { user_agent: 'curl/8.5.0' } }).device).to.deep.equal({
        type: 'unknown',
        userAgent: 'curl/8.5.0',
      });
    });

    it('trims labels and omits blank ones', () => {
      const device = parseOne({ id: 'a', device: { type: 'mobile', name: '  Pixel 9 ', browser: '   ', os: '' } }).device;
      expect(device).to.deep.equal({ type: 'mobile', name: 'Pixel 9' });
    });
  });

  describe('apps and location', () => {
    it('keeps only non-blank app names', () => {
      expect(parseOne({ id: 'a', apps: ['', ' ChatGPT ', 3, null, 'Codex'] }).apps).to.deep.equal(['ChatGPT', 'Codex']);
    });

    it('omits apps when none is usable', () => {
      expect(parseOne({ id: 'a', apps: [] })).to.not.have.property('apps');
      expect(parseOne({ id: 'a', apps: [' ', null] })).to.not.have.property('apps');
    });

    it('keeps the known parts of a location and omits a location with none', () => {
      expect(parseOne({ id: 'a', location: { city: '', country: 'PL' } }).location).to.deep.equal({ country: 'PL' });
      expect(parseOne({ id: 'a', location: { city: ' ', region: null } })).to.not.have.property('location');
    });
  });
});

describe('hostile data', () => {
  describe('bidi controls are removed from every server string', () => {
    const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

    it('"MacBook Pro\\u202Efdp.exe" becomes "MacBook Profdp.exe" in the device name', () => {
      expect(parseOne({ id: 'a', device: { name: 'MacBook Pro\u202Efdp.exe' } }).device.name).to.equal('MacBook Profdp.exe');
    });

    it('in device name, browser, OS, user agent, apps, city, region, country and IP, each of LRE RLE PDF LRO RLO LRI RLI FSI PDI', () => {
      for (const c of CONTROLS) {
        const t = (s: string) => s.replace('|', c);
        const session = parseOne({
          id: 'a',
          apps: [t('Chat|GPT'), t('|Codex')],
          device: { name: t('Pixel| 9'), browser: t('Chrome| 131'), os: t('Android| 15'), user_agent: t('curl|/8') },
          location: { city: t('War|saw'), region: t('Maso|via'), country: t('P|L') },
          ip_address: t('203.0.|113.7'),
        });
        expect(session, JSON.stringify(c)).to.deep.equal({
          id: 'a',
          current: false,
          status: 'active',
          trusted: false,
          apps: ['ChatGPT', 'Codex'],
          device: { type: 'unknown', name: 'Pixel 9', browser: 'Chrome 131', os: 'Android 15', userAgent: 'curl/8' },
          location: { city: 'Warsaw', region: 'Masovia', country: 'PL' },
          ipAddress: '203.0.113.7',
        });
      }
    });

    it('in the sign-in method and provider, each of LRE RLE PDF LRO RLO LRI RLI FSI PDI', () => {
      for (const c of CONTROLS) {
        const session = parseOne({ id: 'a', auth_method: `pass${c}key`, auth_provider: `${c}Ok${c}ta` });
        expect([session.authMethod, session.authProvider], JSON.stringify(c)).to.deep.equal(['passkey', 'Okta']);
      }
    });

    it('a string of nothing but bidi controls is blank, so absent', () => {
      expect(parseOne({ id: 'a', device: { name: CONTROLS.join('') } }).device).to.deep.equal({ type: 'unknown' });
    });
  });

  describe('lengths are capped, with an ellipsis', () => {
    const long = (n: number) => 'x'.repeat(n);

    it('labels (device name, browser, OS, apps, city, region) at 200 characters', () => {
      const session = parseOne({
        id: 'a',
        apps: [long(201)],
        device: { name: long(300), browser: long(201), os: long(1000) },
        location: { city: long(250), region: long(5000) },
      });
      for (const value of [session.device.name, session.device.browser, session.device.os, session.apps![0], session.location!.city, session.location!.region]) {
        expect(value).to.equal(long(199) + '…');
      }
    });

    it('the sign-in method and provider at 200 (a 50 kB string included)', () => {
      const session = parseOne({ id: 'a', auth_method: long(50 * 1024), auth_provider: ' ' + long(201) });
      expect(session.authMethod).to.equal(long(199) + '…');
      expect(session.authProvider).to.equal(long(199) + '…');
    });

    it('keeps a string of exactly the cap whole', () => {
      expect(parseOne({ id: 'a', device: { name: long(200) } }).device.name).to.equal(long(200));
    });

    it('the user agent at 1,000, the IP address at 100, the country at 32', () => {
      const session = parseOne({
        id: 'a',
        device: { user_agent: long(5000) },
        ip_address: '1'.repeat(101),
        location: { country: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ-not-a-code' },
      });
      expect(session.device.userAgent).to.equal(long(999) + '…');
      expect(session.ipAddress).to.equal('1'.repeat(99) + '…');
      expect(session.location!.country).to.equal('ABCDEFGHIJKLMNOPQRSTUVWXYZ-not-…');
      expect(parseOne({ id: 'a', location: { country: 'United States of America' } }).location!.country).to.equal(
        'United States of America',
      );
    });

    it('never cuts a surrogate pair in half', () => {
      const name = parseOne({ id: 'a', device: { name: '😀'.repeat(150) } }).device.name!;
      expect(name.length).to.be.at.most(200);
      expect(name.endsWith('…')).to.equal(true);
      expect(name.slice(0, -1)).to.equal('😀'.repeat(99));
    });

    it('keeps the first 20 apps of a session', () => {
      const apps = Array.from({ length: 50 }, (_, i) => (i % 2 ? `App ${i}` : ' '));
      expect(parseOne({ id: 'a', apps }).apps).to.deep.equal(Array.from({ length: 20 }, (_, i) => `App ${2 * i + 1}`));
    });

    // How long it takes is measured by `npm run bench` (hostile strings), not asserted here.
    it('caps a 50 MB device name, browser, user agent, app and IP address like short ones', () => {
      const huge = 'A'.repeat(50 * 1024 * 1024);
      const session = parseOne({ id: 'a', device: { name: huge, browser: ' ' + huge, user_agent: huge }, apps: [huge], ip_address: huge });
      expect(session.device.name).to.equal('A'.repeat(199) + '…');
      expect(session.device.browser).to.have.length.at.most(200);
      expect(session.device.userAgent).to.have.length(1000);
      expect(session.apps![0]).to.have.length.at.most(200);
      expect(session.ipAddress!.length).to.be.at.most(100);
    });

    it('still treats blank and invisible-only strings as absent, however long', () => {
      const device = parseOne({ id: 'a', device: { name: ' '.repeat(100_000), browser: '\u200B'.repeat(1000) } }).device;
      expect(device).to.deep.equal({ type: 'unknown' });
    });
  });

  describe('session ids that cannot be addressed as one path segment', () => {
    it('keeps a session whose id is "." or ".." but marks it unavailable (no Log out button)', () => {
      const { sessions, skipped } = parseSessionList({
        sessions: [{ id: '.', status: 'active' }, { id: '..' }, { id: '...' }, { id: '\uD800' }],
      });
      expect(skipped).to.deep.equal([]);
      expect(sessions.map((s) => [s.id, s.status])).to.deep.equal([
        ['.', 'unavailable'],
        ['..', 'unavailable'],
        ['...', 'active'],
        ['\uD800', 'unavailable'],
      ]);
    });

    it('isAddressableId (what adapters use before putting an id in a path) agrees; the caps are exported', () => {
      expect(['.', '..', '', '\uD800'].map(model.isAddressableId)).to.deep.equal([false, false, false, false]);
      expect(['ses_1', '...', 'a/b'].map(model.isAddressableId)).to.deep.equal([true, true, true]);
      expect(model.LIMITS).to.deep.include({ label: 200, userAgent: 1000, ip: 100, country: 32, apps: 20 });
    });
  });

  describe('propagation_seconds beside sessions', () => {
    it('reads it into propagationSeconds', () => {
      expect(parseSessionList({ sessions: [], propagation_seconds: 600 })).to.deep.equal({
        sessions: [],
        skipped: [],
        propagationSeconds: 600,
      });
      expect(parseSessionList({ sessions: [], propagation_seconds: 0 }).propagationSeconds).to.equal(0);
    });

    it('caps a huge value at 7 days and leaves out anything that is not a finite number ≥ 0', () => {
      expect(parseSessionList({ sessions: [], propagation_seconds: 1e300 }).propagationSeconds).to.equal(604_800);
      for (const value of [-1, '600', null, Number.NaN, {}, true]) {
        expect(parseSessionList({ sessions: [], propagation_seconds: value }), JSON.stringify(value)).to.not.have.property(
          'propagationSeconds',
        );
      }
    });
  });
});

describe('derivedFromUserAgent', () => {
  it('tells the browser and OS the widget derived from a user agent from those the server sent', () => {
    const derived = model.completeDevice({ type: 'unknown', browser: 'Chrome 131', userAgent: CHROME_WINDOWS }, parseUserAgent);
    expect(derived).to.deep.include({ browser: 'Chrome 131', os: 'Windows' });
    expect(model.derivedFromUserAgent(derived, 'browser'), 'sent').to.equal(false);
    expect(model.derivedFromUserAgent(derived, 'os'), 'derived').to.equal(true);
    const sent = { type: 'desktop' as const, browser: 'Edge 131', os: 'Windows 11', userAgent: CHROME_WINDOWS };
    expect(model.completeDevice(sent, parseUserAgent), 'nothing to derive: the same device').to.equal(sent);
    expect(model.derivedFromUserAgent(sent, 'browser') || model.derivedFromUserAgent(sent, 'os')).to.equal(false);
  });
});

describe('sortSessions', () => {
  const session = (id: string, current: boolean, signedInAt?: string): Session => ({
    id,
    current,
    status: 'active',
    trusted: false,
    device: { type: 'unknown' },
    ...(signedInAt ? { signedInAt } : {}),
  });

  it('puts the current session first, then the most recent sign-in first', () => {
    const sorted = sortSessions([
      session('old', false, '2026-01-01T00:00:00.000Z'),
      session('new', false, '2026-11-01T00:00:00.000Z'),
      session('current', true, '2025-06-01T00:00:00.000Z'),
      session('mid', false, '2026-06-01T00:00:00.000Z'),
    ]);
    expect(sorted.map((s) => s.id)).to.deep.equal(['current', 'new', 'mid', 'old']);
  });

  it('puts sessions without a sign-in date last, in their original order', () => {
    const sorted = sortSessions([
      session('x', false),
      session('dated', false, '2026-01-01T00:00:00.000Z'),
      session('y', false),
    ]);
    expect(sorted.map((s) => s.id)).to.deep.equal(['dated', 'x', 'y']);
  });

  it('returns a new array and leaves the input as it was', () => {
    const input = [session('a', false, '2026-01-01T00:00:00.000Z'), session('b', true)];
    const sorted = sortSessions(input);
    expect(sorted).to.not.equal(input);
    expect(input.map((s) => s.id)).to.deep.equal(['a', 'b']);
    expect(sorted.map((s) => s.id)).to.deep.equal(['b', 'a']);
  });
});
