/**
 * The small reactive base the element is built on: declared properties (with attributes), updates
 * batched into one render per microtask through lit-html, `willUpdate`/`updated` hooks and
 * `updateComplete`, with the same semantics as Lit's ReactiveElement for what it covers.
 *
 * Why not LitElement: ReactiveElement and LitElement cost about 2.7 kB gzip, a quarter of the
 * bundle budget every host page pays, for features (controllers, reflection, decorators, SSR
 * hooks, polyfill support) this element does not use.
 */
import { render, type TemplateResult, type nothing } from 'lit/html.js';

export interface PropertyOptions {
  /** The observed attribute; `false` for a property-only input. Default: the name in lower case. */
  attribute?: string | false;
  /** Converts the attribute's text (e.g. `Number`); the text is kept as is by default. */
  type?: (value: string) => unknown;
}

/** The properties that changed in an update, with their previous values. */
export type PropertyValues = Map<PropertyKey, unknown>;

type Values = Record<string, unknown>;

export abstract class ReactiveElement extends HTMLElement {
  /** The reactive properties: setting one schedules an update. */
  static properties: Record<string, PropertyOptions> = {};
  /** The shadow root's CSS. */
  static styles = '';
  /** @internal The constructed stylesheet of `styles`, shared by every instance. */
  static sheet?: CSSStyleSheet;

  /**
   * Read once by `customElements.define`: installs an accessor for every declared property and
   * names the attributes to observe.
   */
  static get observedAttributes(): string[] {
    return Object.entries(this.properties).flatMap(([name, options]) => {
      Object.defineProperty(this.prototype, name, {
        get(this: ReactiveElement) {
          return this.#values[name];
        },
        set(this: ReactiveElement, value: unknown) {
          const old = this.#values[name];
          if (old !== value) {
            this.#values[name] = value;
            this.requestUpdate(name, old);
          }
        },
        configurable: true,
      });
      return options.attribute === false ? [] : [options.attribute ?? name.toLowerCase()];
    });
  }

  /** @internal The open shadow root everything renders into. */
  readonly renderRoot: ShadowRoot;
  #values: Values = {};
  /** Properties set on the element before it was defined; applied at the first update. */
  #saved?: Values;
  #changed: PropertyValues = new Map();
  #pending?: Promise<void>;
  #enabled = false;

  constructor() {
    super();
    const ctor = this.constructor as typeof ReactiveElement;
    // A property set before the element was defined is an own property that hides the accessor.
    for (const name in ctor.properties) {
      if (Object.hasOwn(this, name)) {
        (this.#saved ??= {})[name] = (this as unknown as Values)[name];
        delete (this as unknown as Values)[name];
      }
    }
    const root = this.attachShadow({ mode: 'open' });
    // One constructed stylesheet per class, shared by every instance.
    if (!Object.hasOwn(ctor, 'sheet')) (ctor.sheet = new CSSStyleSheet()).replaceSync(ctor.styles);
    root.adoptedStyleSheets = [ctor.sheet!];
    this.renderRoot = root;
  }

  connectedCallback() {
    // Nothing renders before the element is first connected; from then on, every change does.
    this.#enabled = true;
    this.requestUpdate();
  }

  disconnectedCallback() {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null) {
    const { properties } = this.constructor as typeof ReactiveElement;
    for (const [name, { attribute: a, type }] of Object.entries(properties)) {
      if ((a ?? name.toLowerCase()) === attribute) {
        (this as unknown as Values)[name] = value === null || !type ? value : type(value);
      }
    }
  }

  /** Schedules an update for the end of the current task (one render for many changes). */
  requestUpdate(name?: PropertyKey, old?: unknown) {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    if (this.#enabled && !this.#pending) this.#pending = this.#update();
  }

  /** Resolves once no update is pending (following updates scheduled by `updated()` too). */
  get updateComplete(): Promise<boolean> {
    return (this.#pending ?? Promise.resolve()).then(() => (this.#pending ? this.updateComplete : true));
  }

  async #update() {
    await null;
    const changed = this.#changed;
    try {
      if (this.#saved) Object.assign(this, this.#saved);
      this.#saved = undefined;
      this.willUpdate(changed);
      render(this.render(), this.renderRoot, { host: this });
    } finally {
      this.#changed = new Map();
      this.#pending = undefined;
    }
    this.updated(changed);
  }

  /** Before rendering: derive state from changed properties (changes here join this update). */
  protected willUpdate(_changed: PropertyValues) {}

  /** After rendering: touch the DOM (changes here schedule another update). */
  protected updated(_changed: PropertyValues) {}

  protected abstract render(): TemplateResult | typeof nothing;
}
