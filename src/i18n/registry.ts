/**
 * The translation registry: every language the widget can speak besides its built-in English.
 * Shipped packs load on demand (each its own chunk) the first time a widget's `lang` asks for
 * them; a host adds its own language, or overrides strings of one, with `registerTranslation`.
 * Every widget on the page re-renders when a pack it could use arrives, or when a `lang` changes.
 */
import type { Strings } from './en.js';

/** Packs by lower-case BCP 47 tag: whole or partial (missing strings fall back to English). */
const packs = new Map<string, Partial<Strings>>();

/**
 * The shipped languages' index (`packs/index.ts`, its own chunk): which languages ship and how
 * to fetch them. Fetched the first time a widget's language is not English, so an English page
 * never loads it and the bundle holds no list of languages.
 */
let index: typeof import('./packs/index.js') | undefined;
let indexing: Promise<unknown> | undefined;

/** One per connected widget: called when a pack is registered or any `lang` on the page changes. */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
/** Watches every `lang` attribute of the document while any widget listens: one for the page. */
let observer: MutationObserver | undefined;

const key = (lang: string) => lang.trim().toLowerCase();

/** No strings over English: one object, so a widget can tell that nothing changed. */
const NONE: Partial<Strings> = {};

/**
 * Adds a language, or overrides strings of one (merged into what is registered already): e.g.
 * `registerTranslation('de', { heading: 'Aktive Sitzungen', … })`. A partial pack is fine: what
 * it lacks is shown in English. Widgets already on the page switch at once.
 */
export function registerTranslation(lang: string, strings: Partial<Strings>): void {
  const k = key(lang);
  packs.set(k, { ...packs.get(k), ...strings });
  notify();
}

/**
 * Runs `listener` whenever the language a widget speaks may have changed: a translation was
 * registered, or a `lang` attribute changed in the document or in one of `roots` (the shadow
 * roots the widget sits in: a document-wide observer does not see into them). Returns the
 * function that stops it; the page's one MutationObserver runs only while someone listens.
 */
export function onLanguageChange(listener: () => void, roots: readonly ShadowRoot[] = []): () => void {
  observer ??= new MutationObserver(notify);
  const options = { attributeFilter: ['lang'], subtree: true };
  if (!listeners.size) observer.observe(document.documentElement, options);
  // Observing a node twice with the same options is a no-op.
  for (const root of roots) observer.observe(root, options);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) observer!.disconnect();
  };
}

/**
 * The tags to try for `lang`, most specific first (RFC 4647 lookup): `de-CH-1996` → `de-ch-1996`,
 * `de-ch`, `de`. English (`en`) ends every chain: it is built in.
 */
function candidates(lang: string): string[] {
  const parts = key(lang).split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-')).filter(Boolean);
}

export interface Translation {
  /** The strings to show over English (empty for English, or while a pack is loading). */
  strings: Partial<Strings>;
  /**
   * The locale for dates, numbers and names: the page's own tag when its language has strings
   * (English included), else `en`, so text and formats are never of two languages.
   */
  locale: string;
}

/**
 * What a widget whose nearest `lang` is `lang` shows: the shipped language's strings
 * (docs/languages.md, "Shipped languages"; matched as `packs/index.ts` says), under what the host
 * registered for the tag and each of its prefixes, the most specific on top (`de-CH` over `de`).
 * While a shipped language is on its way, English with English formats: text and formats are never
 * of two languages.
 */
export function translationFor(lang: string): Translation {
  const tags = candidates(lang);
  const english = tags.at(-1) === 'en';
  if (!english) {
    indexing ??= import('./packs/index.js').then(
      (loaded) => ((index = loaded), notify()),
      // Offline or a CDN hiccup: English for now; asked again the next time a widget asks.
      () => (indexing = undefined),
    );
  }
  const shipped = index?.fetchPack(lang, registerTranslation, packs);
  // Until the index says which language ships (or fails to arrive), and while that one is on its
  // way: English, not a host's few strings of it over English with its formats.
  if (shipped === '' || (indexing && !index)) return { strings: NONE, locale: 'en' };
  if (shipped) tags.push(key(shipped));
  const found = tags.flatMap((tag) => packs.get(tag) ?? []);
  // English is built in: an English page keeps its own variant's formats (en-GB, en-IN, …).
  if (!found.length) return { strings: NONE, locale: english ? lang : 'en' };
  // One pack: itself, so a widget can tell nothing changed; more: merged, the most specific last.
  return { strings: found[1] ? Object.assign({}, ...found.reverse()) : found[0]!, locale: lang };
}
