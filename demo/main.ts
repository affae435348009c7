/**
 * The demo page (`npm start`): the widget against MSW mocks, with switchers for the mock
 * scenario, language, colour scheme and width, and a log of every event the element fires.
 */
import { startMockWorker } from '../mocks/browser.js';
import { SCENARIOS, type ScenarioName } from '../mocks/index.js';
import { logEvents } from './event-log.js';

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
logEvents(stage, log, $<HTMLButtonElement>('#clear-log'));

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
