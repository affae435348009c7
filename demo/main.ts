/**
 * The demo page (`npm start`): the widget against MSW mocks, with switchers for the mock
 * scenario, language, colour scheme and width, and a log of every event the element fires.
 */
import { startMockWorker } from '../mocks/browser.js';
import { SCENARIOS, type ScenarioName } from '../mocks/index.js';
import type { ActiveSessionsEventName } from '../src/events.js';

/** Every event of SPEC §3, and whether it is cancelable (typed, so a new event cannot be missed). */
const EVENTS: Record<ActiveSessionsEventName, boolean> = {
  'active-sessions-load': false,
  'active-sessions-logout': true,
  'active-sessions-logged-out': false,
  'active-sessions-logout-all': true,
  'active-sessions-logged-out-all': false,
  'active-sessions-error': false,
  'active-sessions-unauthorized': false,
};

/** What a real host app would do next, shown next to the event. */
const HOST_NOTES: Partial<Record<ActiveSessionsEventName, (detail: unknown) => string | undefined>> = {
  'active-sessions-unauthorized': () => 'A host app would now send the person to its sign-in page.',
  'active-sessions-logged-out-all': (detail) =>
    (detail as { includesCurrent?: boolean }).includesCurrent ? 'A host app would now sign the person out.' : undefined,
};

/** Long details (a load of 500 sessions) are cut so the log stays usable. */
const MAX_DETAIL_CHARS = 4000;
const LATENCY_MS = 150;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

const stage = $<HTMLDivElement>('#stage');
const select = $<HTMLSelectElement>('#scenario');
const description = $<HTMLParagraphElement>('#scenario-description');
const form = $<HTMLFormElement>('#controls');
const log = $<HTMLOListElement>('#log');

const isScenario = (name: string | null): name is ScenarioName => SCENARIOS.some((s) => s.name === name);
const params = new URLSearchParams(location.search);
const requested = params.get('scenario');
const initialScenario: ScenarioName = isScenario(requested) ? requested : 'default';

for (const { name, description: text } of SCENARIOS) {
  select.add(new Option(`${name} — ${text}`, name, false, name === initialScenario));
}
const describe = () => {
  description.textContent = SCENARIOS.find((s) => s.name === select.value)?.description ?? '';
};
describe();

// Listen before the element is defined, so its first load event is logged too.
for (const [type, cancelable] of Object.entries(EVENTS) as [ActiveSessionsEventName, boolean][]) {
  stage.addEventListener(type, (event) => logEvent(type, cancelable, (event as CustomEvent).detail));
}

function logEvent(type: ActiveSessionsEventName, cancelable: boolean, detail: unknown) {
  const now = new Date();
  const item = document.createElement('li');
  const time = document.createElement('time');
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString('en-GB', { hour12: false }) + `.${String(now.getMilliseconds()).padStart(3, '0')}`;
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = type;
  item.append(time, ' ', name);
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

$<HTMLButtonElement>('#clear-log').addEventListener('click', () => log.replaceChildren());

const el = document.querySelector('active-sessions')!;
// A fake token, set before the element is defined: it goes into the Authorization header only.
el.token = 'demo-token';

try {
  const mocks = await startMockWorker({ scenario: initialScenario, delay: LATENCY_MS });
  // Defined only once the worker answers, so the first request is already mocked.
  await import('../src/define.js');

  select.addEventListener('change', () => {
    const scenario = select.value as ScenarioName;
    describe();
    params.set('scenario', scenario);
    history.replaceState(null, '', `?${params}`);
    mocks.use({ scenario });
    void el.refresh();
  });
} catch (error) {
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.textContent = `The mock API could not start, so the widget cannot load: ${String(error)}`;
  stage.before(alert);
}

form.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.name === 'lang') stage.lang = input.value;
  if (input.name === 'scheme') document.documentElement.style.colorScheme = input.value;
  if (input.name === 'width') stage.dataset.width = input.value;
});
form.addEventListener('submit', (event) => event.preventDefault());
