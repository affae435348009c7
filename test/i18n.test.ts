/**
 * The translation registry: `registerTranslation`, packs loaded on demand, BCP 47 matching, one
 * `lang` observer for the whole page, and text and formats always of one language.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { buildSession, currentSession } from '../mocks/index.js';
import { registerTranslation, type ActiveSessions } from '../src/index.js';
import { term } from '../src/i18n/localize.js';
import { englishStrings } from '../src/index.js';
import { TOKEN, clean, mockApi, rowFor, shadow, textOf, waitForStatus } from './support.js';

const SIGNED_IN = '2026-11-20T09:14:00Z';
const sessions = () => [
  currentSession(),
  buildSession({ id: 'old', device: { name: 'Old laptop' }, signed_in_at: SIGNED_IN }),
];
const heading = (el: ActiveSessions) => clean(shadow(el).querySelector('[role="heading"]')!.textContent);
const date = (locale: string) =>
  clean(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(SIGNED_IN)));

async function widgetIn(lang: string) {
  await mockApi({ sessions: sessions() });
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('active-sessions');
  el.endpoint = '/api';
  el.token = TOKEN;
  wrapper.append(el);
  await waitForStatus(el, 'ready');
  return el;
}

describe('translations', () => {
  it('lets a host override one string of a shipped pack, before it has loaded', async () => {
    registerTranslation('pl', { heading: 'Twoje sesje' });
    const el = await widgetIn('pl');
    await waitUntil(() => textOf(shadow(el)).includes('BIEŻĄCA SESJA'), 'the Polish pack never loaded');
    expect(heading(el)).to.equal('Twoje sesje');
  });

  it('speaks a language the host registers, English for what its pack lacks, formats in that language', async () => {
    registerTranslation('de', { heading: 'Aktive Sitzungen', signedIn: 'Angemeldet {date}' });
    const el = await widgetIn('de-CH');
    expect(heading(el)).to.equal('Aktive Sitzungen');
    const row = rowFor(el, 'Old laptop');
    expect(textOf(row)).to.include(`Angemeldet ${date('de-CH')}`);
    expect(textOf(row)).to.include('Log out');
  });

  it('switches widgets already on the page when a pack is registered later', async () => {
    const el = await widgetIn('nl');
    expect(heading(el)).to.equal('Active sessions');
    registerTranslation('nl', { heading: 'Actieve sessies' });
    await waitUntil(() => heading(el) === 'Actieve sessies', `heading is ${heading(el)}`);
  });

  it('shows English text with English formats in a language that has no pack, never a mix', async () => {
    const el = await widgetIn('fr');
    const row = rowFor(el, 'Old laptop');
    expect(textOf(row)).to.include(`Signed in ${date('en')}`);
    expect(textOf(row)).not.to.include(date('fr'));
    expect(textOf(shadow(el))).to.include('Poland');
  });

  it('keeps the page’s English variant for formats (en-GB)', async () => {
    const el = await widgetIn('en-GB');
    expect(textOf(rowFor(el, 'Old laptop'))).to.include(`Signed in ${date('en-GB')}`);
  });

  it('matches a regional tag to its language’s pack (pl-PL → pl)', async () => {
    const el = await widgetIn('pl-PL');
    await waitUntil(() => textOf(shadow(el)).includes('BIEŻĄCA SESJA'), 'the Polish pack was not used for pl-PL');
  });

  it('watches lang with one observer for the whole page, however many widgets there are', async () => {
    const original = MutationObserver.prototype.observe;
    let observed = 0;
    MutationObserver.prototype.observe = function (...args: Parameters<MutationObserver['observe']>) {
      if ((args[1] as MutationObserverInit | undefined)?.attributeFilter?.includes('lang')) observed++;
      return original.apply(this, args);
    };
    try {
      await mockApi();
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      for (let i = 0; i < 5; i++) {
        const el = document.createElement('active-sessions');
        el.endpoint = '/api';
        wrapper.append(el);
      }
      await Promise.all([...wrapper.children].map((el) => (el as ActiveSessions).updateComplete));
      expect(observed).to.be.at.most(1);
      wrapper.setAttribute('lang', 'pl');
      for (const el of wrapper.children) {
        await waitUntil(() => heading(el as ActiveSessions) === 'Twoje sesje' || heading(el as ActiveSessions) === 'Aktywne sesje');
      }
    } finally {
      MutationObserver.prototype.observe = original;
    }
  });

  it('types each string’s placeholders (checked by tsc)', () => {
    // The check is tsc's (`npm run typecheck` fails if a string that takes a device can be given
    // none); at run time, the typed call gives the filled-in string.
    const typed = () => {
      // @ts-expect-error logoutLabel takes {device}
      term(englishStrings, 'logoutLabel', {});
      return term(englishStrings, 'logoutLabel', { device: 'Pixel 9' });
    };
    expect(typed()).to.equal('Log out Pixel 9');
  });
});
