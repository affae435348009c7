/**
 * "Don't recognize this session?": the `This wasn't me` button in a session's details opens
 * "Secure your account", which logs the session out exactly as Log out does (the same events and
 * request) after firing `active-sessions-report`, then shows a checklist of next steps above the
 * list until the person dismisses it. A host replaces the checklist through the `secure-account`
 * slot and links its first steps through `securityLinks`.
 */
import { html, nothing } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { emit } from '../events.js';
import type { Session } from '../model.js';
import { deviceName } from '../session-text.js';
import { afterRender } from './confirm-dialog.js';
import { describeSession, isTrusted, type ActionConfirmation, type Flows, type LogoutController } from './logout.js';

/** URLs for the checklist's steps and the help note's support link (the element's `securityLinks`). */
export interface SecurityLinks {
  changePassword?: string;
  signInMethods?: string;
  twoStepVerification?: string;
  support?: string;
}

/** A link when the host gave a web address for it, else plain text. */
export const safeUrl = (url?: string): string | undefined => {
  try {
    return url && /^https?:$/.test(new URL(url, location.href).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
};

export class ReportController {
  /** The device that was logged out, while its checklist shows. */
  #checklistFor?: string;
  #checklist = createRef<HTMLElement>();

  constructor(
    private readonly flows: Flows,
    private readonly logout: LogoutController,
    private readonly links: () => SecurityLinks | undefined,
  ) {}

  /** The `This wasn't me` button, in the details of every session that can be logged out. */
  renderButton(session: Session) {
    if (!this.flows.sessions.canLogOut(session)) return nothing;
    return html`<button part="report-button" class="danger" @click=${(e: Event) => this.#open(e.currentTarget as HTMLElement, session)}>
      ${this.flows.i18n.strings.report}
    </button>`;
  }

  #open(opener: HTMLElement, session: Session) {
    const { i18n, dialog, sessions } = this.flows;
    const confirmation: ActionConfirmation = {
      opener,
      render: () => {
        const s = i18n.strings;
        const text = isTrusted(sessions, session) ? 'reportTrustedText' : 'reportText';
        return html`<h2 id="title">${s.secureTitle}</h2>
          <p id="text">${i18n.parts(text, { session: describeSession(this.flows, session) })}</p>
          ${this.#renderSteps(false)} ${this.logout.renderError(confirmation)}
          ${dialog.renderActions(s.reportConfirm, () => void this.#confirm(confirmation, session), { busy: confirmation.busy })}`;
      },
    };
    dialog.open(confirmation);
  }

  async #confirm(confirmation: ActionConfirmation, session: Session) {
    const { sessions, i18n, announcer, host, staying } = this.flows;
    const done = await this.logout.send(confirmation, () => {
      emit(host, 'active-sessions-report', { session });
      return sessions.logout(session, isTrusted(sessions, session));
    });
    if (!done) return;
    staying.tell('logout', [session.id]);
    const device = deviceName(session, i18n);
    this.#checklistFor = device;
    announcer.announce(`${i18n.strings.secureTitle}. ${i18n.term('checklistText', { device })}`);
    afterRender(host, () => this.#checklist.value?.focus());
  }

  #renderSteps(withLogoutAll: boolean) {
    const s = this.flows.i18n.strings;
    const links = this.links() ?? {};
    const step = (text: string, url?: string) => html`<li>${safeUrl(url) ? html`<a href=${safeUrl(url)!}>${text}</a>` : text}</li>`;
    return html`<ol class="steps">
      ${step(s.stepPassword, links.changePassword)} ${step(s.stepSignInMethods, links.signInMethods)}
      ${step(s.stepTwoStep, links.twoStepVerification)}
      ${withLogoutAll
        ? html`<li>
            <button class="link" @click=${(e: Event) => this.logout.confirm(e.currentTarget as HTMLElement)}>${s.stepLogoutAll}</button>
          </li>`
        : html`<li>${s.stepLogoutAll}</li>`}
    </ol>`;
  }

  /** The "Secure your account" checklist shown above the list after a report, or nothing. */
  renderChecklist() {
    const device = this.#checklistFor;
    if (device == null) return nothing;
    const { i18n, sessions } = this.flows;
    return html`<div class="checklist" role="region" aria-labelledby="secure-title" tabindex="-1" ${ref(this.#checklist)}>
      <slot name="secure-account">
        <div class="subheading" id="secure-title">${i18n.strings.secureTitle}</div>
        <p>${i18n.term('checklistText', { device })}</p>
        ${this.#renderSteps(sessions.capabilities.logoutAll !== false)}
      </slot>
      <button class="solid" @click=${this.#dismiss}>${i18n.strings.done}</button>
    </div>`;
  }

  #dismiss = () => {
    this.#checklistFor = undefined;
    afterRender(this.flows.host, () => this.flows.focus.heading());
  };

  /** The help note's support link, when the host gave one. */
  renderSupport() {
    const url = safeUrl(this.links()?.support);
    return url ? html` <a href=${url}>${this.flows.i18n.strings.contactSupport}</a>` : nothing;
  }
}
