/**
 * Strings that depend on a number, through `Intl.PluralRules`. Self-contained (types only), so it
 * travels in the on-demand chunk, the only code that counts things.
 */
import type { PluralKey, Strings } from './en.js';

/**
 * A string that depends on `count`, in the form `Intl.PluralRules` picks for the locale (`_one`,
 * `_few`, … falling back to `_other`), with every number (`{count}`, `{total}`…) written the language's way.
 */
export const plural = <K extends PluralKey>(
  strings: Strings,
  locale: string,
  key: K,
  count: number,
  values: Record<string, unknown> = {},
): string => {
  let category = 'other';
  let format: (n: unknown) => string = String;
  try {
    category = new Intl.PluralRules(locale).select(count);
    const numbers = new Intl.NumberFormat(locale);
    format = (n: unknown) => numbers.format(n as number);
  } catch {
    // An odd locale tag: plain digits, the `other` form.
  }
  const forms = strings as Record<string, string>;
  const all: Record<string, unknown> = { count, ...values };
  // Every number is written the language's way ("20,000", "٢٠٬٠٠٠").
  return (forms[`${key}_${category}`] ?? forms[`${key}_other`]).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = all[name];
    return typeof value === 'number' ? format(value) : String(value ?? '');
  });
};
