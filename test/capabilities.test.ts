/**
 * Adapter capabilities: the widget hides what a backend cannot do instead of failing, and says
 * what Log out all really does when it leaves the current session alone.
 */
import { expect } from '@open-wc/testing';
import type { ActiveSessions, AdapterCapabilities, Session, SessionsAdapter } from '../src/index.js';
import { button, clean, harness, recordEvents, renderWithAdapter, shadow, textOf, waitUntil } from './support.js';

const SESSIONS: Session[] = [
  {
    id: 'cur',
    current: true,
    status: 'active',
    trusted: false,
    device: { type: 'desktop', name: 'MacBook Pro', browser: 'Chrome 131', os: 'macOS 15' },
    signedInAt: '2026-11-27T08:00:00Z',
  },
  {
    id: 'pix',
    current: false,
    status: 'active',
    trusted: true,
    apps: ['ChatGPT', 'Codex'],
    device: { type: 'mobile', name: 'Pixel 9', browser: 'Chrome 131', os: 'Android 15' },
    location: { city: 'Warsaw', country: 'PL' },
    ipAddress: '203.0.113.7',
    signedInAt: '2026-11-20T09:14:00Z',
    lastActiveAt: new Date(Date.now() - 3_600_000).toISOString(),
  },
];

/** An adapter with these capabilities, recording what it was asked. */
function adapterWith(capabilities: Partial<AdapterCapabilities> | undefined, includesCurrent = true) {
  const calls: string[] = [];
  const adapter: SessionsAdapter = {
    capabilities,
    async list() {
      return structuredClone(SESSIONS);
    },
    async logout(id, { removeTrustedDevice }) {
      calls.push(`logout ${id} ${removeTrustedDevice}`);
    },
    async logoutAll() {
      calls.push('logoutAll');
      return { includesCurrent };
    },
  };
  return { adapter, calls };
}

const render = (capabilities?: Partial<AdapterCapabilities>, lang?: string, includesCurrent?: boolean) => {
  const { adapter, calls } = adapterWith(capabilities, includesCurrent);
  return renderWithAdapter(adapter, { lang }).then((el) => ({ el, calls }));
};

const pixel = (el: ActiveSessions) => clean(harness(el).row('Pixel 9').textContent);

describe('capabilities', () => {
  it('shows everything when the adapter declares no capabilities', async () => {
    const { el } = await render(undefined);
    expect(pixel(el)).to.contain('Trusted device').and.to.contain('ChatGPT').and.to.contain('Warsaw, Poland').and.to.contain('Last active');
    expect(button(shadow(el), 'Log out all')).to.exist;
    expect(clean(harness(el).rows()[0].textContent)).to.contain('To end this session, sign out, or use Log out of all sessions.');
  });

  describe('trustedDevices: false', () => {
    it('shows no Trusted device badge', async () => {
      const { el } = await render({ trustedDevices: false });
      expect(pixel(el)).not.to.contain('Trusted device');
    });

    it('confirms with Log out (not Log out and remove) and does not ask to remove the device', async () => {
      const { el, calls } = await render({ trustedDevices: false });
      const events = recordEvents(el, 'active-sessions-logout');
      const dialog = await harness(el).openLogout('Pixel 9');
      expect(clean(dialog.textContent)).not.to.contain('trusted devices');
      const confirm = dialog.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!;
      expect(clean(confirm.textContent)).to.equal('Log out');
      confirm.click();
      await waitUntil(() => calls.length === 1);
      expect(calls).to.deep.equal(['logout pix false']);
      expect(events[0].detail.removeTrustedDevice).to.equal(false);
    });
  });

  it('location: false hides the location, keeps the IP address', async () => {
    const { el } = await render({ location: false });
    expect(pixel(el)).not.to.contain('Warsaw');
    expect(pixel(el)).to.contain('203.0.113.7');
    const dialog = await harness(el).openLogout('Pixel 9');
    expect(clean(dialog.textContent)).not.to.contain('Warsaw');
  });

  it('apps: false hides the app badges, in the row and the dialog', async () => {
    const { el } = await render({ apps: false });
    expect(pixel(el)).not.to.contain('ChatGPT');
    const dialog = await harness(el).openLogout('Pixel 9');
    expect(clean(dialog.textContent)).not.to.contain('ChatGPT');
  });

  it('lastActive: false hides the last-active time, keeps the sign-in time', async () => {
    const { el } = await render({ lastActive: false });
    expect(pixel(el)).not.to.contain('Last active');
    expect(pixel(el)).to.contain('Signed in Nov 20, 2026');
  });

  it('logoutAll: false removes the Log out all section and the hint that points to it', async () => {
    const { el } = await render({ logoutAll: false });
    expect(shadow(el).querySelector('[part~="logout-all-button"]')).to.equal(null);
    expect(textOf(shadow(el))).not.to.contain('Log out of all sessions');
    expect(clean(harness(el).rows()[0].textContent)).to.contain('To end this session, sign out.');
    await expect(el).to.be.accessible();
  });

  describe('logoutCurrent: false (Log out all keeps this session)', () => {
    it('says so in the section, the dialog and the current session’s hint', async () => {
      const { el } = await render({ logoutCurrent: false });
      const all = textOf(shadow(el));
      expect(all).to.contain('This logs you out of all other active sessions across devices. This session stays signed in.');
      expect(all).not.to.contain('including this one');
      expect(clean(harness(el).rows()[0].textContent)).to.contain('To end this session, sign out.');
      expect(clean(harness(el).rows()[0].textContent)).not.to.contain('use Log out of all sessions');
      const dialog = await harness(el).openLogoutAll();
      expect(clean(dialog.textContent)).to.contain('This session stays signed in.');
      expect(clean(dialog.querySelector('[part~="confirm-button"]')!.textContent)).to.equal('Log out of all devices');
      await expect(el).to.be.accessible();
    });

    it('ends with “logged out of all other sessions”', async () => {
      const { el } = await render({ logoutCurrent: false }, 'en', false);
      await harness(el).openLogoutAll();
      harness(el).confirmButton().click();
      await waitUntil(() => el.status === 'done');
      await el.updateComplete;
      expect(textOf(shadow(el))).to.contain(
        "You've been logged out of all other sessions. It can take up to 30 minutes to take effect everywhere.",
      );
      await expect(el).to.be.accessible();
    });

    it('says it in Polish too', async () => {
      const { el } = await render({ logoutCurrent: false }, 'pl');
      await waitUntil(() => textOf(shadow(el)).includes('Aktywne sesje'), 'Polish never loaded');
      await el.updateComplete;
      expect(textOf(shadow(el))).to.contain('Ta sesja pozostanie aktywna.');
      expect(clean(harness(el).rows()[0].textContent)).to.contain('Aby zakończyć tę sesję, wyloguj się.');
    });
  });
});
