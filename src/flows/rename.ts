/**
 * Renaming a session (docs/features.md, "Rename a session"): with the backend's `rename`
 * capability, the details of every row (the current one's included) have a `Rename` button that
 * turns into a "Device name" field with Save and Cancel. Enter saves, Escape cancels, and focus
 * goes back to Rename. The request goes through `SessionsController.rename()`; while it runs the
 * field and its buttons are disabled (focus stays), and a failure keeps what was typed and says so.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { describeFailure } from '../failures.js';
import { cleanDeviceName, LIMITS, type Session } from '../model.js';
import { deviceName } from '../session-text.js';
import { afterRender } from './confirm-dialog.js';
import type { Flows } from './logout.js';

/** The one session being renamed: what is typed, and where its save is. */
interface Editing {
  id: string;
  value: string;
  saving: boolean;
  error?: string;
  /** The person did not confirm it was them: the save button reads Try again. */
  declined?: boolean;
}

export class RenameController implements ReactiveController {
  #editing?: Editing;
  /** The session whose Rename button gets focus back once its field is gone. */
  #returnTo?: string;
  #button?: HTMLButtonElement;
  #field?: HTMLInputElement;

  constructor(private readonly flows: Flows) {
    flows.host.addController(this);
  }

  /** A field whose session is no longer listed is forgotten. */
  hostUpdate() {
    const { state, sessions } = this.flows.sessions;
    const id = this.#editing?.id;
    if (id && state.status !== 'loading' && !sessions.some((x) => x.id === id)) this.#editing = undefined;
  }

  /** The session is being renamed. */
  isEditing(session: Session): boolean {
    return this.#editing?.id === session.id;
  }

  /** Rename, or the field it turned into; nothing without the capability or in read-only mode. */
  render(session: Session) {
    const { sessions } = this.flows;
    if (!sessions.can('rename') || sessions.readOnly) return nothing;
    const editing = this.#editing?.id === session.id ? this.#editing : undefined;
    return editing ? this.#renderField(session, editing) : this.#renderButton(session);
  }

  #renderButton(session: Session) {
    const { i18n } = this.flows;
    return html`<button
      part="rename-button"
      ${ref((el) => {
        if (el && session.id === this.#returnTo) this.#button = el as HTMLButtonElement;
      })}
      aria-label=${i18n.term('renameLabel', { device: deviceName(session, i18n) })}
      @click=${() => this.#start(session)}
    >
      ${i18n.strings.rename}
    </button>`;
  }

  #renderField(session: Session, editing: Editing) {
    const { i18n, sessions } = this.flows;
    const s = i18n.strings;
    const stepping = editing.saving && sessions.steppingUp('rename');
    const busy = editing.saving;
    return html`<div class="rename" role="group" aria-label=${i18n.term('renameLabel', { device: deviceName(session, i18n) })}>
      <label
        >${s.deviceNameLabel}
        <input
          part="rename-field"
          type="text"
          autocomplete="off"
          maxlength=${LIMITS.deviceName}
          placeholder=${deviceName({ ...session, device: { ...session.device, name: undefined } }, i18n)}
          .value=${editing.value}
          ?readonly=${busy}
          aria-disabled=${busy}
          aria-invalid=${!!editing.error}
          aria-describedby="rename-status rename-error"
          ${ref((el) => (this.#field = el as HTMLInputElement | undefined))}
          @input=${(e: Event) => (editing.value = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => this.#onKey(e, session)}
      /></label>
      <div class="actions">
        <button class="solid" aria-disabled=${busy} aria-busy=${busy} @click=${() => void this.#save(session)}>
          ${editing.declined ? s.tryAgain : s.save}
        </button>
        <button aria-disabled=${busy && !stepping} @click=${() => this.#cancel()}>${s.cancel}</button>
      </div>
      <p id="rename-status" class="muted" role="status">${stepping ? s.stepUpPending : busy ? s.saving : ''}</p>
      ${editing.error ? html`<p id="rename-error" class="error" role="alert">${editing.error}</p>` : nothing}
    </div>`;
  }

  #onKey(e: KeyboardEvent, session: Session) {
    if (e.key === 'Enter') {
      e.preventDefault();
      void this.#save(session);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.#cancel();
    }
  }

  #start(session: Session) {
    this.#editing = { id: session.id, value: session.device.name ?? '', saving: false };
    afterRender(this.flows.host, () => {
      this.#field?.focus();
      this.#field?.select();
    });
  }

  /** Cancel and Escape: the field goes, focus returns to Rename. While it waits for "Confirm it's you", that wait ends too. */
  #cancel() {
    const editing = this.#editing;
    if (!editing) return;
    if (editing.saving) {
      if (!this.flows.sessions.steppingUp('rename')) return;
      this.flows.sessions.cancelStepUp();
    }
    this.#close(editing.id);
  }

  #close(id: string) {
    this.#editing = undefined;
    this.#returnTo = id;
    this.#button = undefined;
    afterRender(this.flows.host, () => this.#button?.focus());
  }

  async #save(session: Session) {
    const editing = this.#editing;
    if (!editing || editing.saving) return;
    const { sessions, i18n, announcer, staying, host } = this.flows;
    Object.assign(editing, { saving: true, error: undefined, declined: false });
    host.requestUpdate();
    const outcome = await sessions.rename(session, cleanDeviceName(editing.value));
    editing.saving = false;
    // Cancelled while it waited for "Confirm it's you": nothing more to show.
    if (this.#editing !== editing) return;
    if (outcome === 'cancelled') return this.#close(session.id);
    if (outcome !== 'done') {
      const { status } = sessions.state;
      // The list is gone with it (Sign in again, Not available).
      if (status === 'unauthorized' || status === 'unavailable') this.#editing = undefined;
      else {
        editing.declined = outcome.kind === 'reauthentication';
        editing.error = editing.declined ? describeFailure(i18n, outcome) : i18n.strings.renameFailed;
      }
      host.requestUpdate();
      return;
    }
    staying.tell('rename', [session.id]);
    const renamed = sessions.sessions.find((x) => x.id === session.id) ?? session;
    announcer.announce(i18n.term('renamed', { name: deviceName(renamed, i18n) }));
    this.#close(session.id);
  }
}
