/**
 * Logging out one session (a trusted device included) and logging out of all sessions: the
 * confirmations, the request through `SessionsController`, and what follows (the row goes, the
 * live region says so, focus moves on; or the done state). A failed action keeps the row and
 * says why inside the dialog; after a 429 the confirm button waits out the server's Retry-After.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { PROPAGATION_SECONDS } from '../defaults.js';
import { describeFailure, waitingUntil, type Failure } from '../failures.js';
import type { LocalizeController } from '../i18n/localize.js';
import type { Session } from '../model.js';
import type { Outcome, SessionsController } from '../sessions-controller.js';
import { deviceName, isolated, placeOf } from '../session-text.js';
import type { Announcer } from './announcer.js';
import { afterRender, type Confirmation, type ConfirmDialogController, type FocusTargets } from './confirm-dialog.js';
import type { StayingCurrentController } from './staying-current.js';

/** What every flow works with: the element, its controllers, and where focus can go in it. */
export interface Flows {
  host: ReactiveControllerHost & HTMLElement;
  focus: FocusTargets;
  sessions: SessionsController;
  i18n: LocalizeController;
  dialog: ConfirmDialogController;
  announcer: Announcer;
  staying: StayingCurrentController;
}

/** A confirmation whose confirm sends a request: busy while it runs, its failure shown in it. */
export interface ActionConfirmation extends Confirmation {
  error?: string;
  /** The person did not confirm it was them: the confirm button reads Try again. */
  declined?: boolean;
  /** Log out all: "Keep me signed in on this device" is checked. */
  keepCurrent?: boolean;
  /** The rate-limit failure whose Retry-After the confirm button waits out. */
  limited?: Failure;
}

/** Log out all's text before confirming, or after (given the done state's seconds). */
export function propagationText(
  { i18n, sessions }: Pick<Flows, 'i18n' | 'sessions'>,
  done?: number,
  others = othersOnly(sessions),
): string {
  const seconds = done ?? sessions.propagationSeconds ?? PROPAGATION_SECONDS;
  const key = `logout${others ? 'Others' : 'All'}${done == null ? 'Text' : 'Done'}` as const;
  return seconds ? i18n.term(key, { duration: i18n.duration(seconds) }) : i18n.strings[`${key}Now`];
}

/** Log out all does not end this session (or does not exist): no copy may say it does. */
export const othersOnly = (sessions: SessionsController) =>
  sessions.capabilities.logoutCurrent === false || sessions.capabilities.logoutAll === false;

/** The session, as a dialog names it: device, apps, location, each field isolated. */
export function describeSession({ i18n, sessions }: Pick<Flows, 'i18n' | 'sessions'>, session: Session): TemplateResult {
  const apps = sessions.capabilities.apps !== false ? (session.apps ?? []) : [];
  const location = placeOf(session, sessions.capabilities, i18n);
  return html`<strong
    ><bdi>${deviceName(session, i18n)}</bdi>${apps.length ? html`${' · '}${isolated(apps, ', ')}` : nothing}${location.length
      ? html`${' · '}${isolated(location, ', ')}`
      : nothing}</strong
  >`;
}

/** The session is a trusted device, and the backend knows what that is. */
export const isTrusted = (sessions: SessionsController, session: Session) =>
  !!session.trusted && sessions.capabilities.trustedDevices !== false;

/** Log out all can keep this session: it ends this one by default, and the backend can also spare it. */
export const canKeepCurrent = (sessions: SessionsController) =>
  sessions.capabilities.logoutCurrent !== false && sessions.can('logoutOthers');

export class LogoutController implements ReactiveController {
  #retryTimer?: ReturnType<typeof setTimeout>;
  /** Log out all kept this session: "Logged out of all other sessions." shows above the list. */
  #keptCurrent = false;
  #keptNote = createRef<HTMLElement>();

  constructor(private readonly flows: Flows) {
    flows.host.addController(this);
    // The note is about the list it changed: a new list replaces it.
    flows.host.addEventListener('active-sessions-load', () => (this.#keptCurrent = false));
  }

  hostDisconnected() {
    clearTimeout(this.#retryTimer);
  }

  /** Opens the confirmation for one session's logout, or for Log out all with none. */
  confirm(opener: HTMLElement, session?: Session) {
    const { i18n, dialog } = this.flows;
    const confirmation: ActionConfirmation = {
      opener,
      render: () => {
        const s = i18n.strings;
        const trusted = !!session && isTrusted(this.flows.sessions, session);
        const keep = !session && !!confirmation.keepCurrent;
        const text = session
          ? i18n.parts(trusted ? 'confirmTrustedText' : 'confirmLogoutText', { session: describeSession(this.flows, session) })
          : propagationText(this.flows, undefined, keep || undefined);
        const label = session ? (trusted ? s.confirmLogoutAndRemove : s.confirmLogout) : keep ? s.confirmLogoutOthers : s.confirmLogoutAll;
        return html`<h2 id="title">${session ? s.confirmLogoutTitle : keep ? s.confirmLogoutOthersTitle : s.confirmLogoutAllTitle}</h2>
          <p id="text">${text}</p>
          ${!session && canKeepCurrent(this.flows.sessions) ? this.#renderKeep(confirmation) : nothing}
          ${this.renderError(confirmation)}
          ${dialog.renderActions(confirmation.declined ? s.tryAgain : label, () => void this.#confirm(confirmation, session), {
            busy: confirmation.busy,
            waiting: !!waitingUntil(confirmation.limited),
          })}`;
      },
    };
    dialog.open(confirmation);
  }

  /** "Keep me signed in on this device", unchecked until the person checks it. */
  #renderKeep(confirmation: ActionConfirmation) {
    return html`<label class="keep"
      ><input
        type="checkbox"
        part="keep-current"
        .checked=${!!confirmation.keepCurrent}
        aria-disabled=${!!confirmation.busy}
        @click=${(e: Event) => confirmation.busy && e.preventDefault()}
        @change=${(e: Event) => {
          confirmation.keepCurrent = (e.target as HTMLInputElement).checked;
          this.flows.host.requestUpdate();
        }}
      />
      ${this.flows.i18n.strings.keepCurrent}</label
    >`;
  }

  /** An action's failure, or, while the widget waits for the person to confirm it is them, that. */
  renderError({ error, busy }: ActionConfirmation) {
    const { sessions, i18n } = this.flows;
    if (busy && sessions.steppingUp()) return html`<p class="muted" role="status">${i18n.strings.stepUpPending}</p>`;
    return error ? html`<p class="error" role="alert">${error}</p>` : nothing;
  }

  /** "Logged out of all other sessions.", above the list after Log out all kept this session. */
  renderKeptNote() {
    return this.#keptCurrent
      ? html`<p class="note" tabindex="-1" ${ref(this.#keptNote)}>${this.flows.i18n.strings.loggedOutOthers}</p>`
      : nothing;
  }

  async #confirm(confirmation: ActionConfirmation, session?: Session) {
    const { sessions, i18n, announcer, host, staying, focus } = this.flows;
    // The index of the row, for where focus goes once it is gone.
    const index = session ? sessions.sessions.indexOf(session) : -1;
    const others = sessions.sessions.filter((x) => !x.current).map((x) => x.id);
    const done = await this.send(confirmation, () =>
      session ? sessions.logout(session, isTrusted(sessions, session)) : sessions.logoutAll(!!confirmation.keepCurrent),
    );
    if (!done) return;
    if (!session && sessions.state.status !== 'done') {
      // Log out all kept this session: the list stays, with it alone.
      staying.tell('logout', others);
      this.#keptCurrent = true;
      announcer.announce(i18n.strings.loggedOutOthers);
      afterRender(host, () => this.#keptNote.value?.focus());
      return;
    }
    staying.tell(session ? 'logout' : 'logout-all', session ? [session.id] : []);
    if (!session) {
      // The done state's message is announced like every message that replaces the list.
      afterRender(host, () => focus.message());
    } else {
      announcer.announce(i18n.term('loggedOut', { device: deviceName(session, i18n) }));
      afterRender(host, () => focus.logoutNear(index));
    }
  }

  /**
   * Runs `action` for `confirmation`: busy meanwhile; on success the dialog closes (true); on a
   * failure it stays and says why, unless the list is gone with it (Sign in again, Not
   * available), and after a 429 its confirm waits out the Retry-After.
   */
  async send(confirmation: ActionConfirmation, action: () => Promise<Outcome>): Promise<boolean> {
    const { dialog, sessions, i18n, host, focus } = this.flows;
    if (confirmation.busy) return false;
    confirmation.busy = true;
    confirmation.error = confirmation.limited = confirmation.declined = undefined;
    host.requestUpdate();
    const outcome = await action();
    confirmation.busy = false;
    if (outcome === 'cancelled') {
      // (Already closed when it was cancelled while it waited for "Confirm it's you".)
      if (dialog.current === confirmation) dialog.close();
      return false;
    }
    if (outcome !== 'done') {
      const { status } = sessions.state;
      if (status === 'unauthorized' || status === 'unavailable') {
        dialog.dismiss();
        afterRender(host, () => focus.message());
      } else {
        confirmation.declined = outcome.kind === 'reauthentication';
        const reason = describeFailure(i18n, outcome);
        confirmation.error = confirmation.declined ? reason : i18n.term('logoutFailed', { reason });
        this.waitOut(confirmation, outcome);
        dialog.focusConfirm();
      }
      host.requestUpdate();
      return false;
    }
    if (dialog.current === confirmation) dialog.dismiss();
    return true;
  }

  /** After a 429 with a Retry-After, `confirmation` keeps its confirm disabled until the wait is over. */
  waitOut(confirmation: ActionConfirmation, failure: Failure) {
    const until = waitingUntil(failure);
    if (!until) return;
    confirmation.limited = failure;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.flows.host.requestUpdate(), until - Date.now());
  }
}
