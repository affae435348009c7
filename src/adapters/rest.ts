/** The default adapter: the REST contract (docs/rest.md). */
import { SessionsError, type SessionsAdapter } from '../adapter.js';
import { parseHistoryList } from '../ended-sessions.js';
import { compact, parseSession, parseSessionList, propagationSeconds } from '../model.js';
import { doneOrGone, json, optionalJson, pathSegment, request, withoutTrailingSlash, type HttpOptions } from './http.js';

/** Entries above which a list is checked in a task after the one that parsed its JSON. */
const LONG_LIST = 1_000;

export interface RestAdapterOptions extends HttpOptions {
  /** Base URL of the sessions API, absolute or relative; a trailing `/` is ignored. */
  endpoint: string;
}

/** The adapter for the REST contract on `endpoint`: what the element uses by default. */
export function createRestAdapter(options: RestAdapterOptions): SessionsAdapter {
  const base = withoutTrailingSlash(options.endpoint);
  const url = (path: string) => `${base}/sessions${path}`;
  return {
    // No `capabilities`: the REST contract supports everything, which is what their absence means;
    // the later ones (rename, logoutOthers, history) come from the list itself (`parseSessionList`).
    async list({ signal } = {}) {
      const res = await request(url(''), { signal }, options);
      const body = await json(res);
      // A long list's entries are checked in a task of their own: a 20,000-session answer has
      // already taken one for its JSON (~50 ms), and checking them takes longer still. A short
      // one is checked at once (a task would only make its rows wait).
      const entries = (body as { sessions?: unknown } | null)?.sessions;
      if (Array.isArray(entries) && entries.length > LONG_LIST) await new Promise((resolve) => setTimeout(resolve));
      try {
        return parseSessionList(body);
      } catch {
        throw new SessionsError('payload', res.status);
      }
    },
    async logout(id, { removeTrustedDevice, signal }) {
      const query = removeTrustedDevice ? '?remove_trusted_device=true' : '';
      // `pathSegment` refuses `.`/`..` (which would address `{endpoint}/` or `{endpoint}/sessions/`).
      const path = `/${pathSegment(id)}${query}`;
      await request(url(path), { method: 'DELETE', signal }, options, doneOrGone);
    },
    async logoutAll({ signal, keepCurrent } = {}) {
      const query = keepCurrent ? '?keep_current=true' : '';
      const res = await request(url(`/logout-all${query}`), { method: 'POST', signal }, options);
      // The 2xx is the answer; the body is optional: one that stalls, fails or is not JSON is
      // given up after a short while (`optionalJson`) and the logout still succeeded.
      const body = (await optionalJson(res)) as { propagation_seconds?: unknown } | null | undefined;
      // The REST contract's Log out all includes the current session unless asked to keep it.
      return compact({ includesCurrent: !keepCurrent, propagationSeconds: propagationSeconds(body?.propagation_seconds) });
    },
    async rename(id, name, { signal } = {}) {
      const init = { method: 'PATCH', signal, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) };
      const res = await request(url(`/${pathSegment(id)}`), init, options);
      // 204, or a 200 whose session cannot be read (or never arrives): the widget shows the name
      // it sent, so nothing the person typed is lost.
      if (res.status === 204) return;
      try {
        return parseSession(await optionalJson(res));
      } catch {
        return undefined;
      }
    },
    async history({ signal } = {}) {
      const res = await request(url('/history'), { signal }, options);
      const body = await json(res);
      try {
        return parseHistoryList(body);
      } catch {
        throw new SessionsError('payload', res.status);
      }
    },
  };
}
