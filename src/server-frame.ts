/**
 * `ServerFrame`: what a server-rendered widget shows until it has been hydrated (docs/frameworks.md,
 * "Server-side rendering"). Rendered on the server (`@lit-labs/ssr` never connects the element), and in
 * the first client render, the one that hydrates the server's HTML, the widget shows what the HTML
 * alone says: the loading state when the element has an `endpoint` attribute, else the frame
 * alone. So server and client agree node for node, whatever the page gives the element in the
 * browser only (an adapter, a context). Once hydrated, the widget shows where it really is.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { SessionsState } from './sessions-state.js';

type Host = ReactiveControllerHost & { hasAttribute?(name: string): boolean; readonly hasUpdated?: boolean; readonly renderRoot?: Node };

const LOADING: SessionsState = { status: 'loading', sessions: [], loaded: [] };
const IDLE: SessionsState = { status: 'idle' };

export class ServerFrame implements ReactiveController {
  #hydrating = false;

  constructor(
    private readonly host: Host,
    /** Where the widget really is. */
    private readonly real: () => SessionsState,
  ) {
    host.addController(this);
  }

  /** The state to render instead of the real one: on the server, and while hydrating. */
  get state(): SessionsState | undefined {
    if (!isServer && !this.#hydrating) return undefined;
    return this.host.hasAttribute?.('endpoint') ? LOADING : IDLE;
  }

  hostConnected() {
    // With Lit's hydration support the element keeps the shadow root the server rendered: its
    // content is there before the first update (without it, the root is emptied and rendered anew).
    // Only `<style>`s there are Lit's own, where a browser cannot adopt style sheets.
    const nodes = [...(this.host.renderRoot?.childNodes ?? [])];
    this.#hydrating = !this.host.hasUpdated && nodes.some((node) => node.nodeName !== 'STYLE');
  }

  hostUpdated() {
    if (!this.#hydrating) return;
    const shown = this.state!.status;
    this.#hydrating = false;
    // Once this update is over (an update asked for from within one is a wasted cycle).
    if (this.real().status !== shown) void this.host.updateComplete.then(() => this.host.requestUpdate());
  }
}
