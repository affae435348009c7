/**
 * The Better Auth demo page (`npm run demo:better-auth`): this browser signs in to a real Better
 * Auth server (cookie session, same origin through Vite's proxy) and the widget lists and ends
 * the user's sessions through `createBetterAuthAdapter`. The page plays the host app: it signs
 * the person in again when the widget asks, and signs out after "Log out all".
 */
import '../src/define.js';
import { createBetterAuthAdapter } from '../src/adapters/better-auth.js';
import { logEvents } from './event-log.js';

const AUTH = '/api/auth';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const stage = $<HTMLDivElement>('#stage');
const account = $<HTMLParagraphElement>('#account');
const signInForm = $<HTMLFormElement>('#sign-in');
const signedIn = $<HTMLDivElement>('#signed-in');

logEvents(stage, $<HTMLOListElement>('#log'), $<HTMLButtonElement>('#clear-log'));

const widget = document.createElement('active-sessions');
widget.adapter = createBetterAuthAdapter({ baseURL: AUTH });

async function post(path: string, body?: object) {
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
}

/** Shows the signed-in state (with the widget) or the sign-in form. */
async function show() {
  const res = await fetch(`${AUTH}/get-session`, { credentials: 'include' });
  const session = res.ok ? ((await res.json()) as { user?: { email?: string } } | null) : null;
  const email = session?.user?.email;
  account.textContent = email ? `Signed in as ${email}.` : 'Signed out.';
  signInForm.hidden = !!email;
  signedIn.hidden = !email;
  // Attaching the widget loads it; one already on the page reloads.
  if (!email) widget.remove();
  else if (widget.isConnected) void widget.refresh();
  else stage.append(widget);
}

async function signIn() {
  const data = new FormData(signInForm);
  await post(`${AUTH}/sign-in/email`, { email: data.get('email'), password: data.get('password') });
  await show();
}

function report(error: unknown) {
  account.textContent = `Something went wrong: ${String(error)}`;
}

signInForm.addEventListener('submit', (event) => {
  event.preventDefault();
  signIn().catch(report);
});
$('#elsewhere').addEventListener('click', () => post('/demo-api/sign-in-elsewhere').then(() => widget.refresh()).catch(report));
$('#age').addEventListener('click', () => post('/demo-api/age').then(() => widget.refresh()).catch(report));
$('#sign-out').addEventListener('click', () => post(`${AUTH}/sign-out`).then(show).catch(report));

// The host's side of the contract: sign in again when asked, sign out after "Log out all".
stage.addEventListener('active-sessions-unauthorized', () => {
  account.textContent = 'The widget asks you to sign in again.';
  signInForm.hidden = false;
  signedIn.hidden = true;
});
stage.addEventListener('active-sessions-logged-out-all', (event) => {
  if (event.detail.includesCurrent) {
    account.textContent = 'You were logged out of all sessions, this one included. Sign in again to continue.';
    signInForm.hidden = false;
    signedIn.hidden = true;
  }
});

// One command to a working page: sign in on first load.
show()
  .then(() => (signInForm.hidden ? undefined : signIn()))
  .catch(report);
