/**
 * The demo page (`npm start`): the widget against MSW mocks, with switchers for the mock
 * scenario, language, colour scheme, width and the widget's options, an optional
 * second widget on the same endpoint (cross-tab sync), and a log of every event.
 * The scenario and the options live in the page's address, so a reload or a second tab starts
 * the same way.
 */
import { startMockWorker, type MockWorker } from '../mocks/browser.js';
import { SCENARIOS, type ScenarioName } from '../mocks/index.js';
import { logEvents } from './event-log.js';
import { AddressOptions } from './options.js';
import { SDK_SCENARIOS, isSdkScenario, sdkAdapter } from './sdk-scenarios.js';

const LATENCY_MS = 150;
const ENDPOINT = '/api';

/** What the "Security links" checkbox gives the element's `securityLinks` property. */
const SECURITY_LINKS = {
  changePassword: '#change-password',
  signInMethods: '#sign-in-methods',
  twoStepVerification: '#two-step',
  support: '#support',
};

/** Number inputs of the form, each mirrored to the element attribute of the same name. */
const NUMBER_ATTRIBUTES = ['page-size', 'inactive-days', 'stale-after'] as const;
/** Checkboxes of the form that live in the address. */
const CHECKBOXES = ['highlight-new', 'show-history', 'security-links', 'second', 'reauthenticate', 'readonly'] as const;
/** The page's own options: the stage's language and width, the page's colour scheme. */
const PAGE_OPTIONS = ['lang', 'scheme', 'width'] as const;

/** The demo host's "Confirm it's you" prompt: a real host shows its password, passkey or 2FA step here. */
const confirmItsYou = () => window.confirm("Demo host prompt: confirm it's you.\n\nOK confirms; Cancel declines.");

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

const stage = $<HTMLDivElement>('#stage');
const select = $<HTMLSelectElement>('#scenario');
const description = $<HTMLParagraphElement>('#scenario-description');
const form = $<HTMLFormElement>('#controls');
const log = $<HTMLOListElement>('#log');
const secondWrap = $<HTMLDivElement>('#second-widget');
const secondTab = $<HTMLAnchorElement>('#second-tab');

const isScenario = (name: string | null): name is ScenarioName => SCENARIOS.some((s) => s.name === name);
const params = new URLSearchParams(location.search);
const requested = params.get('scenario');
// An SDK scenario (Appwrite, Clerk) runs on its adapter; the mock API then answers nothing.
const initialScenario: ScenarioName = isScenario(requested) ? requested : 'default';
const initialChoice = isSdkScenario(requested) ? requested : initialScenario;

for (const { name, description: text } of [...SCENARIOS, ...SDK_SCENARIOS]) {
  select.add(new Option(`${name} — ${text}`, name, false, name === initialChoice));
}
const describe = () => {
  description.textContent = [...SCENARIOS, ...SDK_SCENARIOS].find((s) => s.name === select.value)?.description ?? '';
};
describe();

const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

// The address's options into the form, and the page's own options applied.
const addressOptions = new AddressOptions(form, [...PAGE_OPTIONS, ...NUMBER_ATTRIBUTES, ...CHECKBOXES]);
addressOptions.restore(params);
applyPageOptions();

/** The language and width of the stage, and the page's colour scheme, as the form has them. */
function applyPageOptions() {
  const value = (name: (typeof PAGE_OPTIONS)[number]) => (form.elements.namedItem(name) as HTMLSelectElement | RadioNodeList).value;
  stage.lang = value('lang');
  document.documentElement.style.colorScheme = value('scheme');
  stage.dataset.width = value('width');
}

/** Keeps the address (and the "second tab" link) in step with the form. */
function saveToAddress() {
  params.set('scenario', select.value);
  addressOptions.save(params);
  history.replaceState(null, '', `?${params}`);
  secondTab.href = location.href;
}
secondTab.href = location.href;

const widgets = () => [...stage.querySelectorAll('active-sessions')];

/** Gives one widget the form's options: attributes by their exact names, `securityLinks` as a property. */
function applyOptions(el: HTMLElementTagNameMap['active-sessions']) {
  el.toggleAttribute('highlight-new', field('highlight-new').checked);
  el.toggleAttribute('show-history', field('show-history').checked);
  for (const name of NUMBER_ATTRIBUTES) {
    const value = field(name).value.trim();
    if (value) el.setAttribute(name, value);
    else el.removeAttribute(name);
  }
  el.securityLinks = field('security-links').checked ? { ...SECURITY_LINKS } : undefined;
  el.reauthenticate = field('reauthenticate').checked ? confirmItsYou : undefined;
  el.toggleAttribute('readonly', field('readonly').checked);
}

/** A new widget on the mocked endpoint, with the demo's fake token and the form's options. */
function createWidget(label?: string) {
  const el = document.createElement('active-sessions');
  el.setAttribute('endpoint', ENDPOINT);
  if (label) el.dataset.label = label;
  // A fake token, set before the element is defined: it goes into the Authorization header only.
  el.token = 'demo-token';
  el.adapter = sdkAdapter(select.value);
  applyOptions(el);
  return el;
}

/** Replaces every widget with a fresh one, which reads "last visit" (highlight-new) anew. */
function remount() {
  for (const old of widgets()) old.replaceWith(createWidget(old.dataset.label));
}

/** Shows or removes the second widget (cross-tab sync on one page); the first one gets a label then. */
function showSecondWidget(on: boolean) {
  const [first] = widgets();
  secondWrap.hidden = !on;
  secondWrap.querySelector('active-sessions')?.remove();
  if (on) {
    first.dataset.label = 'widget 1';
    secondWrap.append(createWidget('widget 2'));
  } else {
    delete first.dataset.label;
  }
}

// Listen before the element is defined, so its first load event is logged too.
logEvents(stage, log, $<HTMLButtonElement>('#clear-log'));

const first = document.querySelector('active-sessions')!;
first.token = 'demo-token';
first.adapter = sdkAdapter(select.value);
applyOptions(first);
showSecondWidget(field('second').checked);

/**
 * Each tab runs its own mock server (MSW answers in the page), so without help a refresh in the
 * other tab would bring back a row logged out here. Like one real backend, the demo's tabs tell
 * each other which sessions were logged out and drop them from their own mock data too. This is
 * the demo's doing, not the widget's: the widgets sync themselves.
 */
function shareMockState(mocks: MockWorker) {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel('active-sessions-demo-mock');
  channel.addEventListener('message', ({ data }: MessageEvent<{ kind: 'logout' | 'logout-all'; ids?: string[] }>) => {
    const { state } = mocks.mock;
    if (data.kind === 'logout-all') state.length = 0;
    for (const id of data.ids ?? []) {
      const index = state.findIndex((s) => s.id === id);
      if (index >= 0) state.splice(index, 1);
    }
  });
  stage.addEventListener('active-sessions-logged-out', (event) => {
    channel.postMessage({ kind: 'logout', ids: [event.detail.session.id] });
  });
  stage.addEventListener('active-sessions-logged-out-all', () => channel.postMessage({ kind: 'logout-all' }));
}

try {
  const mocks = await startMockWorker({ scenario: initialScenario, delay: LATENCY_MS });
  shareMockState(mocks);
  // Defined only once the worker answers, so the first request is already mocked.
  await import('../src/define.js');

  /**
   * Starts the chosen scenario afresh: new mock data and logs, and new widgets (a widget kept
   * from before would still hold the last scenario's rows, e.g. one it was logging out). An SDK
   * scenario's widgets get a fresh adapter on a fresh fake SDK object instead of the mock API.
   */
  const startScenario = () => {
    describe();
    saveToAddress();
    if (!isSdkScenario(select.value)) mocks.use({ scenario: select.value as ScenarioName });
    remount();
  };
  select.addEventListener('change', startScenario);
  // A select fires no change when its own option is chosen again: this starts it over.
  $<HTMLButtonElement>('#restart-scenario').addEventListener('click', startScenario);
} catch (error) {
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.textContent = `The mock API could not start, so the widget cannot load: ${String(error)}`;
  stage.before(alert);
}

form.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  switch (input.name) {
    case 'lang':
    case 'scheme':
    case 'width':
      applyPageOptions();
      break;
    case 'second':
      showSecondWidget(input.checked);
      break;
    case 'highlight-new':
      // A fresh widget reads "last visit" again: turning it on is a first visit, which it records.
      for (const el of widgets()) applyOptions(el);
      remount();
      break;
    case 'page-size':
    case 'inactive-days':
    case 'stale-after':
    case 'show-history':
    case 'security-links':
    case 'reauthenticate':
    case 'readonly':
      for (const el of widgets()) applyOptions(el);
      break;
    default:
      return;
  }
  saveToAddress();
});
form.addEventListener('submit', (event) => event.preventDefault());

/**
 * "Last visit: 2 hours ago": moves the time the widget remembers for this endpoint back two hours
 * and remounts it, so sessions that signed in since then show as New. The key is the
 * widget's own (`active-sessions:seen:<absolute endpoint URL>`); the demo writes it only to save
 * you the two-hour wait.
 */
$<HTMLButtonElement>('#pretend-visit').addEventListener('click', () => {
  const twoHoursAgo = String(Date.now() - 2 * 60 * 60 * 1000);
  try {
    localStorage.setItem(`active-sessions:seen:${new URL(ENDPOINT, location.href).href}`, twoHoursAgo);
  } catch {
    // No localStorage here (a sandbox, private mode): nothing can be New.
  }
  if (!field('highlight-new').checked) {
    field('highlight-new').checked = true;
    saveToAddress();
  }
  remount();
});
