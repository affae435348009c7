/**
 * The shipped languages (docs/languages.md, "Shipped languages"): which there are, which one a
 * page's `lang` gets, and how to fetch it. Its own small chunk, fetched by the registry the first
 * time a widget's language is not English. Each language is two modules, each its own chunk under
 * the language limit `npm run size` checks: `packs/<tag>.ts` (what shows before any click) and
 * `packs-flows/<tag>.ts` (the flows a click starts). Both are fetched together: all of a language's
 * strings in one module would not stay under that limit.
 */
import type { Strings } from '../en.js';

type Part = () => Promise<{ default: Partial<Strings> }>;

/** Each shipped language's two parts, by tag as written in BCP 47. */
const SHIPPED: Record<string, [Part, Part]> = {
  pl: [() => import('./pl.js'), () => import('../packs-flows/pl.js')],
  de: [() => import('./de.js'), () => import('../packs-flows/de.js')],
  fr: [() => import('./fr.js'), () => import('../packs-flows/fr.js')],
  es: [() => import('./es.js'), () => import('../packs-flows/es.js')],
  'pt-BR': [() => import('./pt-BR.js'), () => import('../packs-flows/pt-BR.js')],
  it: [() => import('./it.js'), () => import('../packs-flows/it.js')],
  nl: [() => import('./nl.js'), () => import('../packs-flows/nl.js')],
  sv: [() => import('./sv.js'), () => import('../packs-flows/sv.js')],
  uk: [() => import('./uk.js'), () => import('../packs-flows/uk.js')],
  tr: [() => import('./tr.js'), () => import('../packs-flows/tr.js')],
  ja: [() => import('./ja.js'), () => import('../packs-flows/ja.js')],
  ko: [() => import('./ko.js'), () => import('../packs-flows/ko.js')],
  'zh-CN': [() => import('./zh-CN.js'), () => import('../packs-flows/zh-CN.js')],
  ar: [() => import('./ar.js'), () => import('../packs-flows/ar.js')],
  he: [() => import('./he.js'), () => import('../packs-flows/he.js')],
};

/** The shipped tags, each with its likely language and script (CLDR, through `Intl.Locale`). */
const likely = Object.keys(SHIPPED).map((tag) => {
  const { language, script } = new Intl.Locale(tag).maximize();
  return { tag, language, script };
});

/**
 * The shipped language for `lang`: the same language in the same script once both are filled in
 * by `Intl.Locale#maximize`. So `pt-PT` gets `pt-BR`, `zh`, `zh-Hans` and `zh-SG` get `zh-CN`, and
 * `de-CH` gets `de`; but `zh-TW` and `zh-HK` (Traditional script) get none, and so English.
 */
export function shippedFor(lang: string): string | undefined {
  try {
    const { language, script } = new Intl.Locale(lang.trim()).maximize();
    return likely.find((l) => l.language === language && l.script === script)?.tag;
  } catch {
    // Not a well-formed tag: English.
    return undefined;
  }
}

/** Parts asked for (`de:0`, `de:1`): one whose fetch failed is asked again the next time. */
const asked = new Set<string>();
/** How many of each language's two parts have arrived. */
const arrived = new Map<string, number>();

/**
 * The shipped language for `lang` (see `shippedFor`), its two parts fetched once and registered
 * as each comes in, under what the host registered for the tag (`registered`, by lower-case tag).
 * Returns its tag once both parts are in, `''` while one is on its way, `undefined` for none.
 * A part that failed (offline, a CDN hiccup) is fetched again the next time a widget asks: a
 * `lang` changes, or a pack is registered.
 */
export function fetchPack(
  lang: string,
  register: (tag: string, strings: Partial<Strings>) => void,
  registered: ReadonlyMap<string, Partial<Strings>>,
): string | undefined {
  const tag = shippedFor(lang);
  if (!tag) return undefined;
  SHIPPED[tag]!.forEach((part, i) => {
    const id = `${tag}:${i}`;
    if (asked.has(id)) return;
    asked.add(id);
    part().then(
      (pack) => {
        arrived.set(tag, (arrived.get(tag) ?? 0) + 1);
        register(tag, { ...pack.default, ...registered.get(tag.toLowerCase()) });
      },
      () => asked.delete(id),
    );
  });
  return arrived.get(tag) === 2 ? tag : '';
}
