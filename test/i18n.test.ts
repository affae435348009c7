/**
 * The translation registry: `registerTranslation`, packs loaded on demand, BCP 47 matching, one
 * `lang` observer for the whole page, and text and formats always of one language. The shipped
 * packs themselves (complete, plurals, right to left) are checked in `languages.test.ts`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { buildSession, currentSession } from '../mocks/index.js';
import { registerTranslation, type ActiveSessions } from '../src/index.js';
import pl from '../src/i18n/packs/pl.js';
import plMore from '../src/i18n/packs-flows/pl.js';
import { englishStrings } from '../src/index.js';
import { pluralForm } from '../src/i18n/format.js';
import { LocalizeController } from '../src/i18n/localize.js';
import { chunkLoaded, clean, harness, mockApi, shadow, textOf, waitUntil, widgetInLanguage } from './support.js';

const SIGNED_IN = '2026-11-20T09:14:00Z';
const sessions = () => [
  currentSession(),
  buildSession({ id: 'old', device: { name: 'Old laptop' }, signed_in_at: SIGNED_IN }),
];
const heading = (el: ActiveSessions) => clean(shadow(el).querySelector('[role="heading"]')!.textContent);
const date = (locale: string) =>
  clean(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(SIGNED_IN)));

const widgetIn = (lang: string) => widgetInLanguage(lang, sessions());

describe('translations', () => {
  // First in this file (one page per file): nothing else has asked for a language yet.
  it('never fetches the languages’ index or any pack on an English page', async () => {
    const el = await widgetIn('en-US');
    await chunkLoaded(el);
    // (This file imports the Polish pack's modules itself: those are the test's, not the widget's.)
    const fetched = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /\/i18n\/packs(-more)?\/(?!pl\.)/.test(name));
    expect(fetched).to.deep.equal([]);
  });

  it('lets a host override one string of a shipped pack, before it has loaded', async () => {
    registerTranslation('pl', { heading: 'Twoje sesje' });
    const el = await widgetIn('pl');
    await waitUntil(() => textOf(shadow(el)).includes('BIEŻĄCA SESJA'), 'the Polish pack never loaded');
    expect(heading(el)).to.equal('Twoje sesje');
  });

  it('speaks a language the host registers, English for what its pack lacks, formats in that language', async () => {
    // Finnish ships no pack: what the host gives is all there is.
    registerTranslation('fi', { heading: 'Aktiiviset istunnot', signedIn: 'Kirjautunut {date}' });
    const el = await widgetIn('fi-FI');
    expect(heading(el)).to.equal('Aktiiviset istunnot');
    const row = harness(el).row('Old laptop');
    expect(textOf(row)).to.include(`Kirjautunut ${date('fi-FI')}`);
    expect(textOf(row)).to.include('Log out');
  });

  it('switches widgets already on the page when a pack is registered later', async () => {
    const el = await widgetIn('cs');
    expect(heading(el)).to.equal('Active sessions');
    registerTranslation('cs', { heading: 'Aktivní relace' });
    await waitUntil(() => heading(el) === 'Aktivní relace', `heading is ${heading(el)}`);
  });

  it('shows English text with English formats in a language that has no pack, never a mix', async () => {
    const el = await widgetIn('da');
    const row = harness(el).row('Old laptop');
    expect(textOf(row)).to.include(`Signed in ${date('en')}`);
    expect(textOf(row)).not.to.include(date('da'));
    expect(textOf(shadow(el))).to.include('Poland');
  });

  it('keeps the page’s English variant for formats (en-GB)', async () => {
    const el = await widgetIn('en-GB');
    expect(textOf(harness(el).row('Old laptop'))).to.include(`Signed in ${date('en-GB')}`);
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
    const host = Object.assign(document.createElement('div'), {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    });
    const i18n = new LocalizeController(host, () => []);
    const typed = () => {
      // @ts-expect-error logoutLabel takes {device}
      i18n.term('logoutLabel', {});
      return i18n.term('logoutLabel', { device: 'Pixel 9' });
    };
    expect(typed()).to.equal('Log out Pixel 9');
    expect(englishStrings.logoutLabel).to.equal('Log out {device}');
  });
});

// Every pack's strings, placeholders and forms: languages.test.ts.
describe('the Polish pack', () => {
  it('shows its second-release strings in a widget with lang="pl"', async () => {
    const el = await widgetIn('pl');
    await waitUntil(() => textOf(shadow(el)).includes('BIEŻĄCA SESJA'), 'the Polish pack never loaded');
    const toggle = harness(el).row('Old laptop').querySelector('[part~="details-toggle"]')!;
    expect(clean(toggle.textContent)).to.equal('Szczegóły');
    expect(toggle.getAttribute('aria-label')).to.equal('Szczegóły: Old laptop');
  });

  it('picks each form with Intl.PluralRules("pl"): 1, 2, 5, 22, 25', () => {
    const strings = { ...englishStrings, ...pl, ...plMore };
    const done = (n: number) => pluralForm(strings, 'pl', 'selectedDone', n);
    expect([1, 2, 5, 22, 25].map(done)).to.deep.equal([
      'Wylogowano 1 sesję',
      'Wylogowano 2 sesje',
      'Wylogowano 5 sesji',
      'Wylogowano 22 sesje',
      'Wylogowano 25 sesji',
    ]);
    expect([1, 2, 5, 22, 25].map((n) => pluralForm(strings, 'pl', 'selectedFailed', n))).to.deep.equal([
      '1 sesja nie została wylogowana.',
      '2 sesje nie zostały wylogowane.',
      '5 sesji nie zostało wylogowanych.',
      '22 sesje nie zostały wylogowane.',
      '25 sesji nie zostało wylogowanych.',
    ]);
    expect(pluralForm(strings, 'pl', 'selectedConfirm', 22)).to.equal('Wyloguj 22 sesje');
    expect(pluralForm(strings, 'pl', 'selectedTitle', 12)).to.equal('Wylogować 12 sesji?');
    // Fractions are `other`, written the Polish way.
    expect(pluralForm(strings, 'pl', 'selectedDone', 1.5)).to.equal('Wylogowano 1,5 sesji');
    // The filter's form follows the number of sessions; {count} is the number shown.
    expect(pluralForm(strings, 'pl', 'filterCount', 120, { count: 5, total: 120 })).to.equal('5 z 120 sesji');
    expect(pluralForm(strings, 'pl', 'filterCount', 22, { count: 1, total: 22 })).to.equal('1 z 22 sesji');
  });
});
