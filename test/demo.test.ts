/**
 * The demo page (`npm start`, index.html and demo/*.ts) in a frame, on the same MSW mocks: its
 * options live in the page's address, and choosing a scenario starts it afresh.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './support.js';

type Widget = HTMLElement & { status: string };

let frame: HTMLIFrameElement | undefined;

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** The demo at `/index.html?<query>` in a frame, once its first widget is ready. */
async function openDemo(query: string) {
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
  frame.src = `/index.html?${query}`;
  document.body.append(frame);
  // MSW may reload the page once to take control of it: everything is read from the frame anew.
  await waitUntil(() => widget()?.status === 'ready', 'the demo widget never became ready', { timeout: 15_000 });
}

const page = () => frame!.contentDocument!;
const widget = () => page().querySelector<Widget>('#stage active-sessions') ?? undefined;
const control = <T extends Element>(selector: string) => page().querySelector<T>(selector)!;
const shadowText = () => (widget()?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const rows = () => widget()?.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0;
const address = () => new URLSearchParams(frame!.contentWindow!.location.search);

/** Sets a form control of the demo as a person would, firing its change event. */
function choose(selector: string, value?: string) {
  const input = control<HTMLInputElement | HTMLSelectElement>(selector);
  if (value === undefined) (input as HTMLInputElement).checked = true;
  else input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the demo page', function () {
  // A page load with its own worker start and a language's chunks, on two busy cores.
  this.timeout(30_000);

  it('restores the language, width and colour scheme from its address', async () => {
    await openDemo('scenario=default&lang=de&width=320&scheme=dark');
    expect(control<HTMLSelectElement>('#lang').value).to.equal('de');
    expect(control<HTMLInputElement>('input[name="width"][value="320"]').checked).to.equal(true);
    expect(control<HTMLInputElement>('input[name="scheme"][value="dark"]').checked).to.equal(true);
    expect(page().documentElement.style.colorScheme).to.equal('dark');
    expect(control<HTMLElement>('#stage').dataset.width).to.equal('320');
    await waitUntil(() => shadowText().includes('Aktive Sitzungen'), `the widget is not in German: ${shadowText()}`);
  });

  it('keeps every option it is given in its address', async () => {
    await openDemo('scenario=default');
    choose('#lang', 'fr');
    choose('input[name="width"][value="480"]');
    choose('input[name="scheme"][value="light dark"]');
    choose('#page-size', '5');
    choose('input[name="readonly"]');
    const kept = address();
    expect(kept.get('lang')).to.equal('fr');
    expect(kept.get('width')).to.equal('480');
    expect(kept.get('scheme')).to.equal('light dark');
    expect(kept.get('page-size')).to.equal('5');
    expect(kept.has('readonly')).to.equal(true);
    // Back to the defaults: the address drops them again.
    choose('#lang', 'en');
    choose('input[name="width"][value="full"]');
    expect(address().has('lang')).to.equal(false);
    expect(address().has('width')).to.equal(false);
  });

  it('starts the scenario afresh when it is chosen again after Log out all', async () => {
    await openDemo('scenario=default');
    const listed = rows();
    expect(listed).to.be.greaterThan(1);
    widget()!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="logout-all-button"]')!.click();
    await waitUntil(() => widget()!.shadowRoot!.querySelector('dialog')?.open, 'the Log out all dialog did not open');
    const done = new Promise((resolve) => widget()!.addEventListener('active-sessions-logged-out-all', resolve, { once: true }));
    widget()!.shadowRoot!.querySelector<HTMLButtonElement>('dialog [part~="confirm-button"]')!.click();
    await done;

    // Another scenario, then the default one again: the widget lists every session, none of them
    // "Logging out…".
    choose('#scenario', 'empty');
    await waitUntil(() => widget()?.status === 'empty', `status is ${widget()?.status}`);
    choose('#scenario', 'default');
    await waitUntil(() => widget()?.status === 'ready' && rows() === listed, `status ${widget()?.status}, ${rows()} rows`);
    expect(shadowText()).not.to.contain('Logging out');
    expect(address().get('scenario')).to.equal('default');

    // And "Start the scenario again" on the scenario already chosen does the same.
    widget()!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="logout-all-button"]')!.click();
    await waitUntil(() => widget()!.shadowRoot!.querySelector('dialog')?.open, 'the Log out all dialog did not open');
    const doneAgain = new Promise((resolve) => widget()!.addEventListener('active-sessions-logged-out-all', resolve, { once: true }));
    widget()!.shadowRoot!.querySelector<HTMLButtonElement>('dialog [part~="confirm-button"]')!.click();
    await doneAgain;
    control<HTMLButtonElement>('#restart-scenario').click();
    await waitUntil(() => widget()?.status === 'ready' && rows() === listed, `status ${widget()?.status}, ${rows()} rows`);
    expect(shadowText()).not.to.contain('Logging out');
  });
});
