/**
 * `LocalizeController`: the language a widget speaks, as one API every view uses:
 * `term(key, values)`, `parts()`, `plural()`, `date()`, `relative()`, `duration()`, `number()`,
 * `country()`, `dir` and `lang`. The language is the nearest `lang` up the tree (crossing shadow
 * roots); the registry says when it may have changed (a `lang` attribute changed in the document
 * or in a shadow root the widget sits in, or a pack arrived). Strings are English, under the
 * language's pack, under the host's overrides; a value that is not a string is ignored (its
 * English stands), so a JSON-borne object can never reach a template.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { english, type PluralKey, type StringKey, type Strings, type TermValues } from './en.js';
import {
  closestLang,
  countryName,
  fill,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatRelative,
  pluralForm,
  prepareFormats,
} from './format.js';
import { onLanguageChange, translationFor } from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The shadow roots `el` sits in, innermost first: where a `lang` change concerns it too. */
function shadowRootsAbove(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  return roots;
}

/** `layers` over English, keeping only string values (and a valid `direction`). */
function resolve(layers: readonly (Partial<Strings> | undefined)[]): Strings {
  const strings: Record<string, unknown> = { ...english };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      if (key === 'direction' ? value === 'ltr' || value === 'rtl' : typeof value === 'string') strings[key] = value;
    }
  }
  return strings as Strings;
}

export class LocalizeController implements ReactiveController {
  /** The nearest `lang` as written (`en` when none); formats use `lang`. */
  #tag = 'en';
  #locale = 'en';
  #pack: Partial<Strings> = {};
  /** The layers `#strings` was resolved from, to resolve again only when one changed. */
  #layers: unknown[] = [];
  #strings: Strings = english as Strings;
  #stop?: () => void;

  constructor(
    private readonly host: Host,
    /** The host's overrides, most important last (e.g. a context's strings, then the element's). */
    private readonly overrides: () => (Partial<Strings> | undefined)[],
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.#stop = onLanguageChange(() => this.#update(), shadowRootsAbove(this.host));
    this.#update();
  }

  hostDisconnected() {
    this.#stop?.();
  }

  #update() {
    const tag = closestLang(this.host);
    const { strings, locale } = translationFor(tag);
    if (tag === this.#tag && strings === this.#pack) return;
    this.#tag = tag;
    this.#locale = locale;
    this.#pack = strings;
    this.host.requestUpdate();
  }

  /**
   * The locale of every format: the page's own tag when its language has strings (English
   * included), else `en`, so text and formats are never of two languages.
   */
  get lang(): string {
    return this.#locale;
  }

  /** The direction the language is written in, when its strings say (else the page's). */
  get dir(): 'ltr' | 'rtl' | undefined {
    return this.strings.direction;
  }

  /** Every string, resolved: English, then the language's pack, then the host's overrides. */
  get strings(): Strings {
    const layers = [this.#pack, ...this.overrides()];
    if (layers.length !== this.#layers.length || layers.some((l, i) => l !== this.#layers[i])) {
      this.#layers = layers;
      this.#strings = resolve(layers as Partial<Strings>[]);
    }
    return this.#strings;
  }

  /** One string with its `{placeholders}` filled in, as text. */
  term<K extends StringKey>(key: K, ...[values]: keyof TermValues<K> extends never ? [] : [TermValues<K>]): string {
    return this.parts(key, (values ?? {}) as Record<string, unknown>).join('');
  }

  /** One string as pieces, a placeholder's value kept as it is given (e.g. a template in a `<bdi>`). */
  parts<T>(key: StringKey, values: Record<string, T>): (string | T)[] {
    return fill(this.strings[key], values);
  }

  /**
   * A string that depends on `count`, in the form `Intl.PluralRules` picks (`_one`, `_few`, …,
   * else `_other`), every number in it (`{count}`, `{total}`…) written the language's way.
   */
  plural(key: PluralKey, count: number, values: Record<string, unknown> = {}): string {
    return pluralForm(this.strings as Record<string, string>, this.#locale, key, count, values);
  }

  /**
   * Creates the language's date, relative-time and country-name formatters now, so the rows that
   * use them later do not wait for their locale data (see `prepareFormats`).
   */
  prepare(): void {
    prepareFormats(this.#locale);
  }

  /** "Nov 20, 2026, 9:14 AM". */
  date(iso: string): string {
    return formatDateTime(this.#locale, iso);
  }

  /** "5 minutes ago", "yesterday". */
  relative(iso: string): string {
    return formatRelative(this.#locale, iso);
  }

  /** "30 minutes", "2 days" (rounded up). */
  duration(seconds: number): string {
    return formatDuration(this.#locale, seconds);
  }

  /** "20,000", "٢٠٬٠٠٠". */
  number(n: number): string {
    return formatNumber(this.#locale, n);
  }

  /** The localized name of an ISO 3166-1 alpha-2 code, or the code. */
  country(code: string): string {
    return countryName(this.#locale, code);
  }
}
