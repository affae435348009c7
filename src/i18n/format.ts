/**
 * Intl helpers. Formatters are created lazily and cached per locale (the first Intl constructor
 * in a page is slow), and every call is guarded: a bad locale tag falls back to English, a bad
 * value gives `undefined`, so one odd row can never break the widget.
 */
const cache: Record<string, unknown> = {};

function formatter<T>(key: string, lang: string, make: (lang: string) => T): T {
  const id = key + '|' + lang;
  if (!(id in cache)) {
    try {
      cache[id] = make(lang);
    } catch {
      cache[id] = make('en');
    }
  }
  return cache[id] as T;
}

const dateTimeFormat = (lang: string) =>
  formatter('d', lang, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' }));
const relativeTimeFormat = (lang: string) => formatter('r', lang, (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));
const regionNames = (lang: string) => formatter('c', lang, (l) => new Intl.DisplayNames(l, { type: 'region', fallback: 'none' }));
const numberFormat = (lang: string) => formatter('n', lang, (l) => new Intl.NumberFormat(l));
const pluralRules = (lang: string) => formatter('p', lang, (l) => new Intl.PluralRules(l));

/**
 * Creates the formatters a first list uses (dates, relative times, country names, and the
 * numbers and plural forms of its counts) for `lang` ahead of time, e.g. while the list is on its
 * way: a page's first Intl formatter of each kind takes milliseconds to tens of milliseconds (its
 * locale data is loaded then), which the first rows would otherwise wait for.
 */
export function prepareFormats(lang: string): void {
  dateTimeFormat(lang);
  relativeTimeFormat(lang);
  numberFormat(lang);
  pluralRules(lang);
  try {
    regionNames(lang);
  } catch {
    // No Intl.DisplayNames: `countryName` shows codes as given.
  }
}

/** "Nov 20, 2026, 9:14 AM" in the page's language. */
export const formatDateTime = (lang: string, iso: string): string => dateTimeFormat(lang).format(new Date(iso));

/**
 * Units, largest first: their length in seconds, and from how many seconds a duration ("up to 3
 * hours") is told in them; a relative time ("5 minutes ago") uses each from one whole unit.
 */
const UNITS: [unit: Intl.RelativeTimeFormatUnit, seconds: number, duration: number][] = [
  ['year', 31_536_000, Infinity],
  ['month', 2_592_000, Infinity],
  ['day', 86_400, 172_800],
  ['hour', 3_600, 7_200],
  ['minute', 60, 60],
  ['second', 1, 0],
];

/** "5 minutes ago", "yesterday", "now"; a time in the future (clock skew) reads as now. */
export function formatRelative(lang: string, iso: string, now = Date.now()): string {
  const rtf = relativeTimeFormat(lang);
  const seconds = Math.max(0, (now - Date.parse(iso)) / 1000);
  for (const [unit, size] of UNITS) if (seconds >= size && unit !== 'second') return rtf.format(-Math.floor(seconds / size), unit);
  return rtf.format(0, 'second');
}

/** Localized country name for an ISO 3166-1 alpha-2 code; an unknown or invalid code is shown as given. */
export function countryName(lang: string, code: string): string {
  // User-assigned codes (ZZ "Unknown Region", XA pseudo-locales…) are not countries; XK (Kosovo) is.
  if (/^(AA|Q[M-Z]|X[A-JL-Z]|ZZ)$/i.test(code)) return code;
  try {
    return regionNames(lang).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * "30 minutes", "45 seconds", "3 hours", "2 days", with the language's plural rules; rounded up,
 * so "up to" never promises less than the server said. Anything that is not a finite number of
 * at least 1 second reads as 1 second.
 */
export function formatDuration(lang: string, seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.max(1, seconds) : 1;
  const [unit, size] = UNITS.find(([, , from]) => s >= from)!;
  return formatter(unit, lang, (l) => new Intl.NumberFormat(l, { style: 'unit', unit, unitDisplay: 'long' })).format(
    Math.ceil(s / size),
  );
}

/** "20,000", "٢٠٬٠٠٠": a number written the language's way. */
export const formatNumber = (lang: string, n: number): string => numberFormat(lang).format(n);

/**
 * A string that depends on `count` (`PluralKey`), in the form `Intl.PluralRules` picks for
 * `locale` (`_one`, `_few`, … else `_other`), every number in it written the language's way.
 */
export function pluralForm(forms: Record<string, string>, locale: string, key: string, count: number, values: Record<string, unknown> = {}): string {
  let category = 'other';
  try {
    category = pluralRules(locale).select(count);
  } catch {
    // An odd locale tag: the `other` form.
  }
  const all: Record<string, unknown> = { count, ...values };
  return (forms[`${key}_${category}`] ?? forms[`${key}_other`]!).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = all[name];
    return typeof value === 'number' ? formatNumber(locale, value) : String(value ?? '');
  });
}

/** The nearest `lang` up the tree, crossing shadow roots; English when none is set. */
export function closestLang(el: Element): string {
  for (let n: Element | undefined = el; n; n = (n.getRootNode() as ShadowRoot).host) {
    const found = n.closest('[lang]');
    if (found) return found.getAttribute('lang') || 'en';
  }
  return 'en';
}

/**
 * Fills `{name}` placeholders. Returns the pieces, so a value can be a template (e.g. wrapped in
 * `<bdi>`); `.join('')` gives plain text for attributes.
 */
export function fill<T = string>(template: string, values: Record<string, T>): (string | T)[] {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (values[part] ?? '') : part));
}
