/**
 * Strings that depend on a number, through `Intl.PluralRules`. Self-contained (types only), so it
 * travels in the on-demand chunk, the only code that counts things.
 */
import type { PluralKey, Strings } from './en.js';

/**
 * A string that depends on `count`, in the form `Intl.PluralRules` picks for the locale (`_one`,
 * `_few`, … falling back to `_other`), with `{count}` written the language's way.
 */
export const plural = <K extends PluralKey>(
  strings: Strings,
  locale: string,
  key: K,
  count: number,
  values: Record<string, unknown> = {},
): string => {
  let category: string;
  let number: string;
  try {
    category = new Intl.PluralRules(locale).select(count);
    number = new Intl.NumberFormat(locale).format(count);
  } catch {
    category = 'other';
    number = String(count);
  }
  const forms = strings as Record<string, string>;
  const all: Record<string, unknown> = { count: number, ...values };
  return (forms[`${key}_${category}`] ?? forms[`${key}_other`]).replace(/\{(\w+)\}/g, (_, name: string) => String(all[name] ?? ''));
};
