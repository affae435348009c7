/**
 * `LocalizeController`: what language a widget speaks, and its strings. The language is the
 * nearest `lang` up the tree (crossing shadow roots); the registry says when it may have
 * changed (a `lang` attribute changed, seen by one MutationObserver for the whole page, or a pack
 * arrived). Strings are English, under the language's pack, under the host's overrides.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type StringKey, type Strings, type TermValues } from './en.js';
import { closestLang, fill } from './format.js';
import { onLanguageChange, translationFor } from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

/** English strings that arrive with the on-demand chunk (`en-more.ts`), added when it loads. */
export const later: Partial<Strings> = {};

export class LocalizeController implements ReactiveController {
  /** The locale for Intl formats: the nearest `lang` when it has strings, else `en` (never mixed). */
  locale = 'en';
  /** The nearest `lang` (BCP 47 as written); `en` when there is none. */
  #lang = 'en';
  #pack: Partial<Strings> = {};
  #stop?: () => void;

  constructor(
    private readonly host: Host,
    /** The host's overrides, most important last (e.g. a context's strings, then the element's). */
    private readonly overrides: () => (Partial<Strings> | undefined)[],
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.#stop = onLanguageChange(() => this.#update());
    this.#update();
  }

  hostDisconnected() {
    this.#stop?.();
  }

  #update() {
    const lang = closestLang(this.host);
    const { strings, locale } = translationFor(lang);
    if (lang === this.#lang && strings === this.#pack) return;
    this.#lang = lang;
    this.locale = locale;
    this.#pack = strings;
    this.host.requestUpdate();
  }

  /** Every string, resolved: English, then the pack, then the overrides. */
  get strings(): Strings {
    return Object.assign({}, en, later, this.#pack, ...this.overrides());
  }

}

/**
 * One string with its `{placeholders}` filled in, as text. Typed by the English string: a string
 * that takes `{device}` must be given a device.
 */
export const term = <K extends StringKey>(strings: Strings, key: K, values: TermValues<K>): string =>
  fill(strings[key], values as Record<string, unknown>).join('');

