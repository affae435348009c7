/**
 * Rename a session (docs/features.md, "Rename a session"): with the `rename` capability, every
 * row's details (the current one's included) have `Rename`, which turns into a "Device name" field
 * with Save and Cancel; `PATCH {endpoint}/sessions/{id}` with `{"name": …}`. Asserted as a person
 * (text, names, keys, focus) and a host (requests, events, other tabs) observe it. A backend that
 * does not declare the capability shows no Rename and gets no PATCH.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { SessionsMock } from '../mocks/index.js';
import type { ActiveSessions, Session, SessionsAdapter } from '../src/index.js';
import { deepActive, press } from './keyboard-support.js';
import {
  announcementsSettled,
  clean,
  harness,
  mockWorker,
  modelSession,
  recordAnnouncements,
  recordEvents,
  renderWidget,
  renderWithAdapter,
  scriptable,
  shadow,
  textOf,
  waitUntil,
} from './support.js';

const PIXEL = 'ses_pixel9';
const patches = (api: SessionsMock) => api.requests.filter((r) => r.method === 'PATCH');
const renameButtons = (el: ActiveSessions) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="rename-button"]')];
const field = (el: ActiveSessions) => shadow(el).querySelector<HTMLInputElement>('[part~="rename-field"]');
/** The field's group: the field, Save (or Try again), Cancel, its status and its error. */
const group = (el: ActiveSessions) => field(el)!.closest<HTMLElement>('[role="group"]')!;
const groupButton = (el: ActiveSessions, name: string) =>
  [...group(el).querySelectorAll('button')].find((b) => clean(b.textContent) === name) ?? null;

/** Types `text` into the open field as a person would (replacing its selected text). */
async function type(el: ActiveSessions, text: string) {
  const input = field(el)!;
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

/** Puts `text` into the open field at once, as a paste does. */
function paste(el: ActiveSessions, text: string) {
  const input = field(el)!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

describe('rename', () => {
  it('offers Rename, named after the device, in the details of every row, the current one included', async () => {
    const { el } = await renderWidget({ scenario: 'rename' });
    const h = harness(el);
    await h.details('MacBook Pro');
    await h.details('Pixel 9');
    await h.details('Firefox 133 on Linux');
    expect(renameButtons(el).map((b) => [clean(b.textContent), b.getAttribute('aria-label')])).to.deep.equal([
      ['Rename', 'Rename MacBook Pro'],
      ['Rename', 'Rename Pixel 9'],
      ['Rename', 'Rename Firefox 133 on Linux'],
    ]);
    // Only inside the details: a row whose details are closed has none.
    expect(h.row('iPhone 16').querySelector('[part~="rename-button"]')).to.equal(null);
  });

  it('turns Rename into a "Device name" field with Save and Cancel, focused, holding the name', async () => {
    const { el } = await renderWidget({ scenario: 'rename' });
    const input = await harness(el).openRename('Pixel 9');
    expect(input.labels?.[0] && clean(input.labels[0].textContent)).to.equal('Device name');
    expect(input.value).to.equal('Pixel 9');
    expect(deepActive()).to.equal(input);
    expect(groupButton(el, 'Save')).to.not.equal(null);
    expect(groupButton(el, 'Cancel')).to.not.equal(null);
    expect(renameButtons(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('saves on Enter: PATCH with the JSON name, the row and its details show it, it is announced, focus returns to Rename', async () => {
    const { el, api } = await renderWidget({ scenario: 'rename' });
    const events = recordEvents(el, 'active-sessions-rename', 'active-sessions-renamed');
    let sentBefore = -1;
    el.addEventListener('active-sessions-rename', () => (sentBefore = patches(api).length), { once: true });
    const said = recordAnnouncements(el);
    await harness(el).openRename('Pixel 9');
    await type(el, 'Work phone');
    await press('Enter');
    await harness(el).settled();

    expect(patches(api).map((r) => [r.pathname, r.search, r.headers['content-type'], r.body])).to.deep.equal([
      [`/api/sessions/${PIXEL}`, '', 'application/json', '{"name":"Work phone"}'],
    ]);
    expect(sentBefore, 'active-sessions-rename fires before the request').to.equal(0);
    expect(events.map((e) => e.type)).to.deep.equal(['active-sessions-rename', 'active-sessions-renamed']);
    expect((events[0]!.detail as { name: string | null }).name).to.equal('Work phone');
    expect(events[0]!.detail.session.id).to.equal(PIXEL);
    expect(events[0]!.cancelable).to.be.true;
    const renamed = (events[1]!.detail as { session: Session }).session;
    expect([renamed.id, renamed.device.name]).to.deep.equal([PIXEL, 'Work phone']);

    expect(harness(el).deviceNames()).to.include('Work phone').and.not.include('Pixel 9');
    expect(field(el)).to.equal(null);
    const button = harness(el).row('Work phone').querySelector('[part~="rename-button"]');
    expect(button?.getAttribute('aria-label')).to.equal('Rename Work phone');
    await waitUntil(() => deepActive() === button, 'focus did not return to Rename');
    await announcementsSettled(el);
    expect(said).to.include('Renamed to Work phone');
    // The new name is what its Log out dialog and the filter know it by.
    expect(harness(el).logoutButton('Work phone')?.getAttribute('aria-label')).to.equal('Log out Work phone');
  });

  it('cancels on Escape: nothing is sent, the name stays, focus returns to Rename', async () => {
    const { el, api } = await renderWidget({ scenario: 'rename' });
    await harness(el).openRename('Pixel 9');
    await type(el, 'Something else');
    await press('Escape');
    await el.updateComplete;
    expect(field(el)).to.equal(null);
    expect(patches(api)).to.have.length(0);
    expect(harness(el).deviceNames()).to.include('Pixel 9');
    const button = harness(el).row('Pixel 9').querySelector('[part~="rename-button"]');
    await waitUntil(() => deepActive() === button, 'focus did not return to Rename');
  });

  it('Cancel does the same', async () => {
    const { el, api } = await renderWidget({ scenario: 'rename' });
    await harness(el).openRename('MacBook Pro');
    groupButton(el, 'Cancel')!.click();
    const button = () => harness(el).row('MacBook Pro').querySelector('[part~="rename-button"]');
    await waitUntil(() => deepActive() === button(), 'focus did not return to Rename');
    expect(patches(api)).to.have.length(0);
  });

  it('clears the name with an empty field: {"name": null}, and the row goes back to what the server derives', async () => {
    const { el, api } = await renderWidget({ scenario: 'rename' });
    const events = recordEvents(el, 'active-sessions-rename');
    await harness(el).rename('Pixel 9', '   ');
    expect(patches(api).map((r) => r.body)).to.deep.equal(['{"name":null}']);
    expect(events[0]!.detail.name).to.equal(null);
    expect(harness(el).deviceNames()).to.include('Chrome 131 on Android 15').and.not.include('Pixel 9');
  });

  it('saves only what the rules allow from hostile input: trimmed, bidi controls removed, at most 64 characters, markup as text', async () => {
    const { el, api } = await renderWidget({ scenario: 'rename' });
    await harness(el).openRename('Pixel 9');
    paste(el, `  \u202E<img src=x onerror=alert(1)>\u2066 ${'x'.repeat(100_000)}  `);
    groupButton(el, 'Save')!.click();
    await harness(el).settled();
    const sent = JSON.parse(patches(api)[0]!.body!) as { name: string };
    expect(sent.name).to.equal(`<img src=x onerror=alert(1)> ${'x'.repeat(64 - 29)}`);
    expect(sent.name.length).to.equal(64);
    expect(/[\u202A-\u202E\u2066-\u2069]/.test(sent.name)).to.be.false;
    expect(scriptable(shadow(el))).to.deep.equal([]);
    expect(harness(el).deviceNames()).to.include(sent.name);
  });

  it('while it saves, disables the field and its buttons (focus stays) and says "Saving…"; a 204 shows the name sent', async () => {
    const { el } = await renderWidget({ scenario: 'rename' });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    (await mockWorker()).worker.use(
      http.patch('/api/sessions/:id', async () => {
        await gate;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await harness(el).openRename('Pixel 9');
    await type(el, 'Travel phone');
    await press('Enter');
    await waitUntil(() => textOf(group(el)).includes('Saving…'), 'Saving… was not shown');
    expect(field(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(field(el)!.readOnly).to.be.true;
    expect(groupButton(el, 'Save')!.getAttribute('aria-disabled')).to.equal('true');
    expect(groupButton(el, 'Cancel')!.getAttribute('aria-disabled')).to.equal('true');
    expect(deepActive()).to.equal(field(el));
    await expect(el).to.be.accessible();
    release();
    await harness(el).settled();
    expect(harness(el).deviceNames()).to.include('Travel phone');
  });

  it('keeps the typed name when the server answers 200 with something that is not a session', async () => {
    const { el } = await renderWidget({ scenario: 'rename' });
    (await mockWorker()).worker.use(http.patch('/api/sessions/:id', () => HttpResponse.json({ nope: true })));
    await harness(el).rename('Pixel 9', 'Kept name');
    expect(harness(el).deviceNames()).to.include('Kept name');
  });

  it('on failure keeps what was typed and says so; trying again works', async () => {
    const { el, api } = await renderWidget({ scenario: 'rename-fails' });
    const errors = recordEvents(el, 'active-sessions-error');
    await harness(el).rename('Pixel 9', 'Lab phone');
    expect(field(el)!.value).to.equal('Lab phone');
    const alert = group(el).querySelector('[role="alert"]');
    expect(clean(alert?.textContent)).to.equal("Couldn't rename this session. Try again.");
    expect(field(el)!.getAttribute('aria-invalid')).to.equal('true');
    expect(errors.map((e) => [e.detail.operation, e.detail.status])).to.deep.equal([['rename', 500]]);
    expect(harness(el).deviceNames()).to.include('Pixel 9');
    expect(el.status).to.equal('ready');
    await expect(el).to.be.accessible();

    api.scenario = 'rename';
    groupButton(el, 'Save')!.click();
    await harness(el).settled();
    expect(harness(el).deviceNames()).to.include('Lab phone');
  });

  it('a host that cancels active-sessions-rename stops it before any request', async () => {
    const { el, api } = await renderWidget({ scenario: 'rename' });
    el.addEventListener('active-sessions-rename', (e) => e.preventDefault(), { once: true });
    await harness(el).rename('Pixel 9', 'Never sent');
    expect(patches(api)).to.have.length(0);
    expect(harness(el).deviceNames()).to.include('Pixel 9');
  });

  it('tells the other widgets of the account (only the id travels), and reloads quietly when another one renamed', async () => {
    const { el, api } = await renderWidget({ scenario: 'rename' });
    const channel = new BroadcastChannel(`active-sessions ${JSON.stringify([new URL('/api', location.href).href, 'ses_8f2c_current'])}`);
    const heard: unknown[] = [];
    channel.onmessage = ({ data }) => heard.push(data);
    try {
      await harness(el).rename('Pixel 9', 'Shared phone');
      await waitUntil(() => heard.length, 'no message was posted');
      expect(heard).to.deep.equal([{ kind: 'rename', sessionIds: [PIXEL] }]);

      // Another tab renamed the iPhone on the server, then said so.
      api.state.find((s) => s.device?.name === 'iPhone 16')!.device!.name = 'Old iPhone';
      const gets = api.requests.filter((r) => r.method === 'GET').length;
      const syncs = recordEvents(el, 'active-sessions-sync');
      channel.postMessage({ kind: 'rename', sessionIds: ['x'] });
      await waitUntil(() => harness(el).deviceNames().includes('Old iPhone'), 'the list was not reloaded');
      expect(api.requests.filter((r) => r.method === 'GET').length).to.equal(gets + 1);
      expect(el.status).to.equal('ready');
      expect(syncs).to.have.length(0);
    } finally {
      channel.close();
    }
  });

  describe('the capability', () => {
    it('a REST server that declares none shows no Rename and gets no PATCH', async () => {
      const { el, api } = await renderWidget();
      for (const name of harness(el).deviceNames()) await harness(el).details(name);
      expect(shadow(el).querySelectorAll('[part~="details-panel"]').length).to.equal(8);
      expect(renameButtons(el)).to.have.length(0);
      expect(textOf(shadow(el))).to.not.contain('Rename');
      expect(api.requests.every((r) => r.method === 'GET')).to.be.true;
    });

    it('only a real true counts: "rename": "true" or 1 shows nothing', async () => {
      const { el } = await renderWidget({ capabilities: { rename: 'true', logout_others: 1 } });
      await harness(el).details('Pixel 9');
      expect(renameButtons(el)).to.have.length(0);
    });

    it('the filter finds a session by its new name, and no longer by its old one', async () => {
      const sessions = Array.from({ length: 12 }, (_, i) => modelSession(`s${i}`, `Laptop ${i}`, { current: i === 0 }));
      const el = await renderWithAdapter({
        capabilities: { rename: true },
        list: async () => sessions,
        logout: async () => {},
        logoutAll: async () => ({ includesCurrent: true }),
        rename: async () => {},
      });
      await harness(el).rename('Laptop 7', 'Studio iMac');
      await harness(el).filter('studio');
      expect(harness(el).deviceNames()).to.deep.equal(['Laptop 0', 'Studio iMac']);
      await harness(el).filter('Laptop 7');
      expect(harness(el).deviceNames()).to.deep.equal(['Laptop 0']);
    });

    it('a custom adapter needs both the capability and a rename() method', async () => {
      const sessions = [modelSession('a', 'Desk PC'), modelSession('b', 'Phone')];
      const calls: [string, string | null][] = [];
      const base = { list: async () => sessions, logout: async () => {}, logoutAll: async () => ({ includesCurrent: true }) };
      const without = await renderWithAdapter({ ...base, capabilities: { rename: true } });
      await harness(without).details('Phone');
      expect(renameButtons(without)).to.have.length(0);

      const adapter: SessionsAdapter = {
        ...base,
        capabilities: { rename: true },
        rename: async (id, name) => void calls.push([id, name]),
      };
      const el = await renderWithAdapter(adapter);
      await harness(el).rename('Phone', 'Old phone');
      expect(calls).to.deep.equal([['b', 'Old phone']]);
      expect(harness(el).deviceNames()).to.include('Old phone');
    });
  });
});
