/**
 * A session's details: the `Details` toggle of every row opens a panel inside it with everything
 * known about the session, one labelled item each. Several panels may be open at once, and a
 * panel stays open across a reload while its session is still listed.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Session } from '../model.js';
import { appClient, clientKindName, deviceName, isolated, placeOf } from '../session-text.js';
import type { Flows } from './logout.js';

export class DetailsController implements ReactiveController {
  /** Ids of the sessions whose details are open. */
  readonly #open = new Set<string>();

  constructor(
    private readonly flows: Pick<Flows, 'host' | 'sessions' | 'i18n'>,
    /** What the panel ends with for this session (e.g. "This wasn't me"). */
    private readonly actions: (session: Session) => unknown,
  ) {
    flows.host.addController(this);
  }

  /** A panel whose session is no longer listed is forgotten (a panel stays open across a reload). */
  hostUpdate() {
    const { state, sessions } = this.flows.sessions;
    if (state.status !== 'ready' || !this.#open.size) return;
    const listed = new Set(sessions.map((x) => x.id));
    for (const id of this.#open) if (!listed.has(id)) this.#open.delete(id);
  }

  isOpen(session: Session): boolean {
    return this.#open.has(session.id);
  }

  toggle(session: Session) {
    if (!this.#open.delete(session.id)) this.#open.add(session.id);
    this.flows.host.requestUpdate();
  }

  /** The row's Details button. */
  renderToggle(session: Session, name: string) {
    return html`<button
      part="details-toggle"
      class="link"
      aria-expanded=${this.isOpen(session)}
      aria-label=${this.flows.i18n.term('detailsFor', { device: name })}
      @click=${() => this.toggle(session)}
    >
      ${this.flows.i18n.strings.details}
    </button>`;
  }

  /** The panel inside a row, when open: one labelled item per known fact. */
  renderPanel(session: Session): TemplateResult | typeof nothing {
    if (!this.isOpen(session)) return nothing;
    const { i18n, sessions } = this.flows;
    const s = i18n.strings;
    const caps = sessions.capabilities;
    const { device, apps, ipAddress, signedInAt, lastActiveAt, expiresAt, authMethod, authProvider, mfa, impersonator } = session;
    // An app (not a browser) stands where the browser would: "Client: ChatGPT for macOS 1.2025.330".
    const app = appClient(session);
    const when = (iso?: string) => iso && i18n.date(iso);
    const method = authMethod && ((s as Record<string, string>)[`method_${authMethod}`] ?? authMethod);
    const location = placeOf(session, caps, i18n);
    const facts: [string, unknown][] = [
      [s.deviceLabel, deviceName(session, i18n)],
      app
        ? [s.clientLabel, isolated([app.name ?? clientKindName(app, i18n), app.version].filter(Boolean), ' ')]
        : [s.browserLabel, device.browser],
      [s.osLabel, device.os],
      [s.apps, caps.apps !== false && apps && isolated(apps, ', ')],
      [s.locationLabel, location.length && isolated(location, ', ')],
      [s.ipLabel, ipAddress],
      [s.signedInLabel, when(signedInAt)],
      [s.lastActiveLabel, caps.lastActive !== false && when(lastActiveAt)],
      [s.expiresLabel, caps.expiresAt !== false && when(expiresAt)],
      [
        s.methodLabel,
        caps.authMethod !== false &&
          (method && authProvider ? i18n.term('methodWithProvider', { method, provider: authProvider }) : (method ?? authProvider)),
      ],
      [s.mfaLabel, caps.mfa !== false && mfa != null && (mfa ? s.mfaUsed : s.mfaNotUsed)],
      [
        s.supportAccess,
        impersonator &&
          (impersonator.name ? i18n.parts('impersonatedBy', { name: html`<bdi>${impersonator.name}</bdi>` }) : s.impersonatedBySupport),
      ],
      [s.userAgentLabel, device.userAgent],
    ];
    return html`<div part="details-panel" class="panel">
      <dl>
        ${facts.map(([label, value]) => (value ? html`<div><dt>${label}</dt><dd><bdi>${value}</bdi></dd></div>` : nothing))}
      </dl>
      ${this.actions(session)}
    </div>`;
  }
}
