/**
 * This device, exactly (docs/features.md, "This device"): where the browser offers User-Agent
 * Client Hints (`navigator.userAgentData`), the current session's row shows the browser and OS as
 * this browser reports them, in place of what the server did not send itself (nothing, or what the
 * widget derived from a user agent). The list is drawn first; the hints are asked for once it is on
 * screen, and refine the current row when they arrive. Nothing of them is sent anywhere, put in the
 * model or an event, or used for any other row; where the API is missing, nothing changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ThisDevice, UserAgentData } from '../client-hints.js';
import { compact, derivedFromUserAgent, text, type Session, type SessionDevice } from '../model.js';
import type { SessionsController } from '../sessions-controller.js';

/** A field the server did not send as such: absent, or derived from the user agent by the widget. */
const unsent = (device: SessionDevice, field: 'browser' | 'os') => !device[field] || derivedFromUserAgent(device, field);

/** The current session, when the hints could tell it more than the server did. */
const refinable = (session: Session) => session.current && (unsent(session.device, 'browser') || unsent(session.device, 'os'));

/** This browser's answer, per `navigator.userAgentData` object: asked once per page. */
const answers = new WeakMap<UserAgentData, Promise<ThisDevice | undefined>>();

/**
 * What this browser says it is (cleaned like any label), asked once; undefined where the API is
 * missing, and when it refuses or its chunk cannot load. It may never settle: nothing waits on it.
 */
function thisDevice(): Promise<ThisDevice | undefined> | undefined {
  const data = (navigator as { userAgentData?: UserAgentData }).userAgentData;
  if (typeof data?.getHighEntropyValues !== 'function') return undefined;
  let answer = answers.get(data);
  if (!answer) {
    answer = import('../client-hints.js')
      .then(({ readThisDevice }) => readThisDevice(data))
      .then(({ browser, os }) => compact({ browser: text(browser), os: text(os) }))
      .catch(() => undefined);
    answers.set(data, answer);
  }
  return answer;
}

export class ThisDeviceController implements ReactiveController {
  #asked = false;
  #hints?: ThisDevice;
  /** The current session as shown, made once per session object. */
  readonly #shown = new WeakMap<Session, Session>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sessions: SessionsController,
  ) {
    host.addController(this);
  }

  /** Once a list with such a current session is on screen: asks for the hints (never before). */
  hostUpdated() {
    if (this.#asked) return;
    const { state } = this.sessions;
    if (state.status !== 'ready' || !state.sessions.some(refinable)) return;
    this.#asked = true;
    void thisDevice()?.then((hints) => {
      if (!hints || (!hints.browser && !hints.os)) return;
      this.#hints = hints;
      this.host.requestUpdate();
    });
  }

  /**
   * `session` as its row shows it: for the current session, once the hints arrived, the browser
   * and OS the server did not send as such come from them; any other session as it is.
   */
  shown(session: Session): Session {
    const hints = this.#hints;
    if (!hints || !refinable(session)) return session;
    let shown = this.#shown.get(session);
    if (!shown) {
      const { device } = session;
      const browser = (unsent(device, 'browser') && hints.browser) || device.browser;
      const os = (unsent(device, 'os') && hints.os) || device.os;
      shown = { ...session, device: compact({ ...device, browser, os }) };
      this.#shown.set(session, shown);
    }
    return shown;
  }
}
