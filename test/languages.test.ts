/**
 * The fifteen shipped languages (docs/languages.md, "Shipped languages"): each pack has every
 * string with the same placeholders and the plural forms its language needs; a page gets the
 * language BCP 47 says (pt-PT → pt-BR, zh-TW → English); each one shows in a widget with its own
 * formats; Arabic and Hebrew are laid out right to left.
 */
import { expect } from '@open-wc/testing';
import { buildSession, currentSession } from '../mocks/index.js';
import { englishStrings, registerTranslation, type ActiveSessions } from '../src/index.js';
import { en, type Strings } from '../src/i18n/en.js';
import { enFlows } from '../src/i18n/en-flows.js';
import { fill, formatDuration, pluralForm } from '../src/i18n/format.js';
import { shippedFor } from '../src/i18n/packs/index.js';
import { chunkLoaded, clean, harness, shadow, textOf, waitUntil, widgetInLanguage } from './support.js';

const TAGS = ['pl', 'de', 'fr', 'es', 'pt-BR', 'it', 'nl', 'sv', 'uk', 'tr', 'ja', 'ko', 'zh-CN', 'ar', 'he'];
const RTL = ['ar', 'he'];

type Pack = Record<string, string>;
/** Each language's two modules, as the registry's index loads them. */
async function packOf(tag: string): Promise<{ core: Pack; more: Pack; all: Pack }> {
  const [core, more] = await Promise.all([import(`../src/i18n/packs/${tag}.ts`), import(`../src/i18n/packs-flows/${tag}.ts`)]);
  return { core: core.default, more: more.default, all: { ...core.default, ...more.default } };
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const FORM = /_(zero|one|two|few|many|other)$/;
/** The English string a key translates: its own, or for a plural form, `_other`'s. */
const english = (key: string) => (englishStrings as Record<string, string>)[key.replace(FORM, '_other')];
const pluralKeys = Object.keys({ ...en, ...enFlows }).flatMap((k) => (k.endsWith('_other') ? [k.slice(0, -'_other'.length)] : []));

const SIGNED_IN = '2026-11-20T09:14:00Z';
const sessions = () => [
  currentSession(),
  buildSession({ id: 'old', device: { name: 'Old laptop' }, signed_in_at: SIGNED_IN }),
];
const heading = (el: ActiveSessions) => clean(shadow(el).querySelector('[role="heading"]')!.textContent);

const widgetIn = (lang: string, dir?: string) => widgetInLanguage(lang, sessions(), dir);

describe('the shipped packs', () => {
  for (const tag of TAGS) {
    describe(tag, () => {
      it('has every English string, in two parts (before any click; the click flows), and nothing else', async () => {
        const { core, more } = await packOf(tag);
        const blank = (pack: Pack, keys: string[]) => keys.filter((k) => typeof pack[k] !== 'string' || !pack[k].trim());
        expect(blank(core, Object.keys(en)), 'strings shown before any click').to.deep.equal([]);
        expect(blank(more, Object.keys(enFlows)), 'strings of the click flows').to.deep.equal([]);
        const stray = (pack: Pack, from: object) =>
          Object.keys(pack).filter((k) => k !== 'direction' && !(k in from) && !(k.replace(FORM, '_other') in from));
        expect(stray(core, en), 'keys in the first part that are not en.ts’s').to.deep.equal([]);
        expect(stray(more, enFlows), 'keys in the second part that are not en-flows.ts’s').to.deep.equal([]);
      });

      it('has no {placeholder} the English string lacks, and keeps every one it has', async () => {
        const { all } = await packOf(tag);
        for (const [key, text] of Object.entries(all)) {
          if (key === 'direction') continue;
          const theirs = placeholders(english(key)!);
          const ours = placeholders(text);
          expect(ours.filter((p) => !theirs.includes(p)), `${tag} ${key}: placeholders English lacks`).to.deep.equal([]);
          expect(theirs.filter((p) => !ours.includes(p)), `${tag} ${key}: placeholders dropped`).to.deep.equal([]);
        }
      });

      it('gives every plural string each form Intl.PluralRules needs in the language', async () => {
        const { all } = await packOf(tag);
        const forms = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
        expect(pluralKeys, 'plural strings of both parts').to.include.members(['expiresIn', 'filterCount']);
        for (const key of pluralKeys) for (const form of forms) expect(all[`${key}_${form}`], `${tag} ${key}_${form}`).to.be.a('string');
      });

      it(`is written ${RTL.includes(tag) ? 'right to left' : 'left to right'}`, async () => {
        expect((await packOf(tag)).core.direction).to.equal(RTL.includes(tag) ? 'rtl' : 'ltr');
      });

      it('has no bidi control characters and no markup', async () => {
        for (const [key, text] of Object.entries((await packOf(tag)).all)) {
          expect(/[\u202A-\u202E\u2066-\u2069]/.test(text), `${tag} ${key} has a bidi control`).to.equal(false);
          expect(/<[a-z/]/i.test(text), `${tag} ${key} has markup`).to.equal(false);
        }
      });

      it('shows in a widget: text of the pack, dates in the language, the click flows’ strings once they load', async () => {
        const { all } = await packOf(tag);
        const el = await widgetIn(tag, RTL.includes(tag) ? 'rtl' : 'ltr');
        await waitUntil(() => heading(el) === all.heading, `${tag}: heading stayed "${heading(el)}"`);
        const row = harness(el).row('Old laptop');
        const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(SIGNED_IN));
        expect(textOf(row)).to.include(clean(all.signedIn!.replace('{date}', date)));
        const logout = row.querySelector('[part~="logout-button"]')!;
        expect(logout.getAttribute('aria-label')).to.equal(all.logoutLabel!.replace('{device}', 'Old laptop'));
        expect(textOf(shadow(el))).not.to.include('Active sessions');
        // The click flows' strings: the Select button (drawn by the on-demand chunk) in the language.
        await chunkLoaded(el);
        await waitUntil(
          () => clean(shadow(el).querySelector('[part~="select-button"]')?.textContent) === clean(all.select),
          `${tag}: Select stayed "${clean(shadow(el).querySelector('[part~="select-button"]')?.textContent)}"`,
        );
      });
    });
  }
});

describe('which language a page gets (BCP 47)', () => {
  it('gives each shipped tag its own pack, and regional variants their language’s', () => {
    for (const tag of TAGS) expect(shippedFor(tag), tag).to.equal(tag);
    expect(['de-CH', 'de-AT', 'fr-CA', 'es-MX', 'ar-EG', 'he-IL', 'uk-UA', 'sv-FI'].map(shippedFor)).to.deep.equal([
      'de',
      'de',
      'fr',
      'es',
      'ar',
      'he',
      'uk',
      'sv',
    ]);
  });

  it('gives Portuguese of Portugal the Brazilian pack', () => {
    expect(['pt-PT', 'pt', 'pt-AO'].map(shippedFor)).to.deep.equal(['pt-BR', 'pt-BR', 'pt-BR']);
  });

  it('gives Simplified Chinese the zh-CN pack, and Traditional Chinese none (English)', () => {
    expect(['zh', 'zh-Hans', 'zh-SG', 'zh-Hans-HK'].map(shippedFor)).to.deep.equal(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
    expect(['zh-TW', 'zh-HK', 'zh-Hant', 'zh-MO', 'zh-Hant-CN'].map(shippedFor)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('gives languages it does not ship, and tags that are not tags, none', () => {
    expect(['en', 'fi', 'cs', 'sr-Latn', 'not a tag', '', 'x-klingon'].map(shippedFor)).to.deep.equal(
      Array(7).fill(undefined),
    );
  });

  it('layers a host’s strings for a regional tag over the shipped language (de-CH over de)', async () => {
    const { all } = await packOf('de');
    registerTranslation('de-CH', { heading: 'Ihre Anmeldungen' });
    const el = await widgetIn('de-CH');
    await waitUntil(() => textOf(shadow(el)).includes(all.currentSession!), 'the German pack never arrived');
    expect(heading(el)).to.equal('Ihre Anmeldungen');
    expect(harness(el).row('Old laptop').querySelector('[part~="logout-button"]')!.getAttribute('aria-label')).to.equal(
      all.logoutLabel!.replace('{device}', 'Old laptop'),
    );
    const date = new Intl.DateTimeFormat('de-CH', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(SIGNED_IN));
    expect(textOf(harness(el).row('Old laptop'))).to.include(clean(all.signedIn!.replace('{date}', date)));
  });

  it('shows a pt-PT page in Brazilian Portuguese with Portugal’s formats', async () => {
    const { all } = await packOf('pt-BR');
    const el = await widgetIn('pt-PT');
    await waitUntil(() => heading(el) === all.heading, `heading stayed "${heading(el)}"`);
    const date = new Intl.DateTimeFormat('pt-PT', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(SIGNED_IN));
    expect(textOf(harness(el).row('Old laptop'))).to.include(clean(all.signedIn!.replace('{date}', date)));
  });

  it('shows a zh-TW page in English with English formats, not in Simplified Chinese', async () => {
    // The Simplified Chinese pack is loaded first: a zh-TW page that fell back to it would show it.
    const { all } = await packOf('zh-CN');
    const simplified = await widgetIn('zh-CN');
    await waitUntil(() => heading(simplified) === all.heading, `zh-CN: heading stayed "${heading(simplified)}"`);
    const el = await widgetIn('zh-TW');
    await chunkLoaded(el);
    expect(heading(el)).to.equal('Active sessions');
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(SIGNED_IN));
    expect(textOf(harness(el).row('Old laptop'))).to.include(clean(`Signed in ${date}`));
  });
});

describe('plurals and counts', () => {
  const strings = async (tag: string) => ({ ...englishStrings, ...(await packOf(tag)).all }) as Strings;

  it('counts Ukrainian sessions with the form Intl.PluralRules picks: 1, 2, 5, 21, 22, 25', async () => {
    const uk = await strings('uk');
    const counts = [1, 2, 5, 21, 22, 25];
    const form = (n: number) => uk[`selectedDone_${new Intl.PluralRules('uk').select(n)}` as keyof Strings]!;
    expect(counts.map((n) => pluralForm(uk, 'uk', 'selectedDone', n))).to.deep.equal(counts.map((n) => form(n).replace('{count}', String(n))));
    // "з 1 сеансу", "з 5 сеансів": after "з" the few and many forms share the genitive plural.
    expect(form(1)).not.to.equal(form(5));
  });

  it('counts Arabic sessions with all six forms, in Arabic digits', async () => {
    const ar = await strings('ar');
    const counts = [0, 1, 2, 3, 11, 100];
    const done = counts.map((n) => pluralForm(ar, 'ar', 'selectedDone', n));
    expect(counts.map((n) => new Intl.PluralRules('ar').select(n))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(new Set(done).size).to.equal(6);
    expect(pluralForm(ar, 'ar', 'filterCount', 20_000, { count: 5, total: 20_000 })).to.include(new Intl.NumberFormat('ar').format(20_000));
  });

  it('writes Polish and Ukrainian minute counts in the form each number takes, in a sentence that fits every form', async () => {
    const pl = await strings('pl');
    const uk = await strings('uk');
    const upTo = (s: Strings, lang: string, minutes: number) => fill(s.logoutAllText, { duration: formatDuration(lang, minutes * 60) }).join('');
    expect([1, 2, 5].map((m) => upTo(pl, 'pl', m).split('. ').at(-1))).to.deep.equal([
      'Maksymalny czas wylogowania: 1 minuta.',
      'Maksymalny czas wylogowania: 2 minuty.',
      'Maksymalny czas wylogowania: 5 minut.',
    ]);
    expect([1, 2, 5].map((m) => upTo(uk, 'uk', m).split('. ').at(-1))).to.deep.equal([
      'На це може знадобитися не більше ніж 1 хвилина.',
      'На це може знадобитися не більше ніж 2 хвилини.',
      'На це може знадобитися не більше ніж 5 хвилин.',
    ]);
  });

  it('never puts a Polish or Ukrainian duration after a preposition that would need another case', async () => {
    // Intl gives "1 minuta" (nominative): "do 1 minuta", "за 1 хвилина" would be wrong.
    const preposition = { pl: /(^|\s)(do|za|przez|po|w ciągu|około)\s+\{duration\}/, uk: /(^|\s)(до|за|через|протягом|після)\s+\{duration\}/ };
    for (const [tag, before] of Object.entries(preposition)) {
      for (const [key, text] of Object.entries((await packOf(tag)).all)) expect(before.test(text), `${tag} ${key}: "${text}"`).to.equal(false);
    }
  });

  it('writes Arabic minute counts in four different forms (1, 2, 3, 11)', () => {
    const texts = [1, 2, 3, 11].map((m) => formatDuration('ar', m * 60));
    expect(new Set(texts).size).to.equal(4);
    expect(new Set(texts.map((t) => t.replace(/[\d٠-٩]+/g, ''))).size, 'one word for every count').to.be.above(2);
  });

  it('gives Japanese, Korean and Chinese one form for every count', async () => {
    for (const tag of ['ja', 'ko', 'zh-CN']) {
      const s = await strings(tag);
      expect(pluralForm(s, tag, 'selectedDone', 1).replace('1', 'N'), tag).to.equal(pluralForm(s, tag, 'selectedDone', 7).replace('7', 'N'));
    }
  });
});

describe('right to left', () => {
  /** Where `inner` sits in `outer`, horizontally: 'start' or 'end' of a left-to-right reading. */
  const side = (inner: Element, outer: Element) => {
    const a = inner.getBoundingClientRect();
    const b = outer.getBoundingClientRect();
    return a.left - b.left < b.right - a.right ? 'left' : 'right';
  };

  for (const tag of RTL) {
    it(`lays ${tag} out right to left, even on a left-to-right page`, async () => {
      const { all } = await packOf(tag);
      const el = await widgetIn(tag, 'ltr');
      await waitUntil(() => heading(el) === all.heading, `${tag}: heading stayed "${heading(el)}"`);
      const header = shadow(el).querySelector('header')!;
      expect(getComputedStyle(header).direction).to.equal('rtl');
      // The heading is on the right, Refresh on the left; a row's icon on the right.
      expect(side(shadow(el).querySelector('[role="heading"]')!, header)).to.equal('right');
      expect(side(shadow(el).querySelector('[part~="refresh-button"]')!, header)).to.equal('left');
      const row = harness(el).row('Old laptop');
      expect(side(row.querySelector('.icon')!, row)).to.equal('right');
    });
  }

  it('lays a left-to-right language out left to right on a right-to-left page', async () => {
    const { all } = await packOf('de');
    const el = await widgetIn('de', 'rtl');
    await waitUntil(() => heading(el) === all.heading, `heading stayed "${heading(el)}"`);
    expect(getComputedStyle(shadow(el).querySelector('header')!).direction).to.equal('ltr');
    const row = harness(el).row('Old laptop');
    expect(side(row.querySelector('.icon')!, row)).to.equal('left');
  });

  it('follows the page’s direction in English (no pack says otherwise)', async () => {
    const el = await widgetIn('en', 'rtl');
    expect(getComputedStyle(shadow(el).querySelector('header')!).direction).to.equal('rtl');
  });
});
