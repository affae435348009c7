/**
 * `LocalizeController`: what language a widget speaks, and its strings. The language is the
 * nearest `lang` up the tree (crossing shadow roots); one MutationObserver, shared by every
 * widget on the page, notices when a `lang` attribute changes; the registry says when a pack
 * arrives. Strings are English, under the language's pack, under the host's overrides.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type StringKey, type Strings, type TermValues } from './en.js';
import { closestLang, fill } from './format.js';
import { onTranslation, translationFor } from './registry.js';

/** Every connected widget's "the language may have changed" callback. */
const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Watches every `lang` attribute of the document, once for the whole page. */
function watchLang(listener: () => void): () => void {
  if (!watchers.size) {
    observer ??= new MutationObserver(() => watchers.forEach((w) => w()));
    observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  }
  watchers.add(listener);
  return () => {
    watchers.delete(listener);
    if (!watchers.size) observer?.disconnect();
  };
}

type Host = ReactiveControllerHost & HTMLElement;

export class LocalizeController implements ReactiveController {
  /** The locale for Intl formats: the nearest `lang` when it has strings, else `en` (never mixed). */
  locale = 'en';
  /** The nearest `lang` (BCP 47 as written); `en` when there is none. */
  #lang = 'en';
  #pack: Partial<Strings> = {};
  #stop: (() => void)[] = [];

  constructor(
    private readonly host: Host,
    /** The host's overrides, most important last (e.g. a context's strings, then the element's). */
    private readonly overrides: () => (Partial<Strings> | undefined)[],
  ) {
    host.addController(this);
  }

  hostConnected() {
    const update = () => this.#update();
    this.#stop = [watchLang(update), onTranslation(update)];
    this.#update();
  }

  hostDisconnected() {
    for (const stop of this.#stop) stop();
    this.#stop = [];
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
    return Object.assign({}, en, this.#pack, ...this.overrides());
  }

}

/**
 * One string with its `{placeholders}` filled in, as text. Typed by the English string: a string
 * that takes `{device}` must be given a device.
 */
export const term = <K extends StringKey>(strings: Strings, key: K, values: TermValues<K>): string =>
  fill(strings[key], values as Record<string, unknown>).join('');
