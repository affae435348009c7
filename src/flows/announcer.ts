/**
 * The widget's polite live region: what a flow says after an action ("Logged out of Pixel 9",
 * "Sessions updated"). The region stays in the DOM; its text changes.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

export class Announcer implements ReactiveController {
  #text = '';
  #frame?: number;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected() {
    if (this.#frame) cancelAnimationFrame(this.#frame);
  }

  /** Says `message`; emptied first, so the same message twice in a row is still announced. */
  announce(message: string) {
    this.#text = '';
    this.host.requestUpdate();
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#text = message;
      this.host.requestUpdate();
    });
  }

  render() {
    return html`<div class="sr" role="status">${this.#text}</div>`;
  }
}
