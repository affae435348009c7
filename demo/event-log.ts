/** The demo pages' event log: every event the element fires, with its detail, newest last. */
import type { ActiveSessionsEventName } from '../src/events.js';

/** Every event of the element (docs/reference.md, "Events"), and whether it is cancelable (typed, so a new event cannot be missed). */
const EVENTS: Record<ActiveSessionsEventName, boolean> = {
  'active-sessions-load': false,
  'active-sessions-logout': true,
  'active-sessions-logged-out': false,
  'active-sessions-logout-all': true,
  'active-sessions-logged-out-all': false,
  'active-sessions-error': false,
  'active-sessions-unauthorized': false,
  'active-sessions-report': false,
  'active-sessions-logout-selected': true,
  'active-sessions-sync': false,
  'active-sessions-rename': true,
  'active-sessions-renamed': false,
};

/** What a real host app would do next, shown next to the event. */
const HOST_NOTES: Partial<Record<ActiveSessionsEventName, (detail: unknown) => string | undefined>> = {
  'active-sessions-unauthorized': () => 'A host app would now send the person to its sign-in page.',
  'active-sessions-logged-out-all': (detail) =>
    (detail as { includesCurrent?: boolean }).includesCurrent ? 'A host app would now sign the person out.' : undefined,
  'active-sessions-report': () => 'A host app could now alert its security team or open its own account-recovery flow.',
  'active-sessions-sync': () => 'Another widget (this page or another tab) logged sessions out; this one followed.',
};

/** Long details (a load of 20,000 sessions) are cut so the log stays usable. */
const MAX_DETAIL_CHARS = 4000;

/**
 * Logs every `active-sessions-*` event that reaches `stage` into `log`; `clear` empties it. An
 * element with a `data-label` (when the page shows two widgets) is named in its entries.
 */
export function logEvents(stage: HTMLElement, log: HTMLOListElement, clear: HTMLButtonElement) {
  for (const [type, cancelable] of Object.entries(EVENTS) as [ActiveSessionsEventName, boolean][]) {
    stage.addEventListener(type, (event) => {
      const label = event.target instanceof HTMLElement ? event.target.dataset.label : undefined;
      append(log, type, cancelable, (event as CustomEvent).detail, label);
    });
  }
  clear.addEventListener('click', () => log.replaceChildren());
}

function append(log: HTMLOListElement, type: ActiveSessionsEventName, cancelable: boolean, detail: unknown, label?: string) {
  const now = new Date();
  const item = document.createElement('li');
  const time = document.createElement('time');
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString('en-GB', { hour12: false }) + `.${String(now.getMilliseconds()).padStart(3, '0')}`;
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = type;
  item.append(time, ' ', name);
  if (label) {
    const from = document.createElement('span');
    from.className = 'from';
    from.textContent = ` from ${label}`;
    item.append(from);
  }
  if (cancelable) {
    const note = document.createElement('span');
    note.className = 'cancelable';
    note.textContent = ' (cancelable)';
    item.append(note);
  }
  const hostNote = HOST_NOTES[type]?.(detail);
  if (hostNote) item.append(document.createElement('br'), hostNote);
  let json = JSON.stringify(detail, null, 2) ?? 'undefined';
  if (json.length > MAX_DETAIL_CHARS) {
    json = `${json.slice(0, MAX_DETAIL_CHARS)}\n… (${json.length - MAX_DETAIL_CHARS} more characters)`;
  }
  const pre = document.createElement('pre');
  pre.textContent = json;
  item.append(pre);
  log.append(item);
  log.scrollTop = log.scrollHeight;
}
