/** The default adapter: the REST wire contract of SPEC §4. */
import { SessionsError, type SessionsAdapter } from '../adapter.js';
import { parseSessionList } from '../model.js';
import { json, request, type HttpOptions } from './http.js';

export interface RestAdapterOptions extends HttpOptions {
  /** Base URL of the sessions API, absolute or relative; a trailing `/` is ignored. */
  endpoint: string;
}

/** The adapter for the REST contract of SPEC §4 on `endpoint`: what the element uses by default. */
export function createRestAdapter(options: RestAdapterOptions): SessionsAdapter {
  const base = options.endpoint.replace(/\/+$/, '');
  const url = (path: string) => `${base}/sessions${path}`;
  return {
    // No `capabilities`: the REST contract supports everything, which is what their absence means.
    async list({ signal } = {}) {
      const res = await request(url(''), { signal }, options);
      const body = await json(res);
      try {
        return parseSessionList(body);
      } catch {
        throw new SessionsError('payload', res.status);
      }
    },
    async logout(id, { removeTrustedDevice, signal }) {
      const query = removeTrustedDevice ? '?remove_trusted_device=true' : '';
      // A 404 means the session is already gone: that is what the person asked for.
      await request(url(`/${encodeURIComponent(id)}${query}`), { method: 'DELETE', signal }, options,
        (res) => res.ok || res.status === 404);
    },
    async logoutAll({ signal } = {}) {
      const res = await request(url('/logout-all'), { method: 'POST', signal }, options);
      const p = ((await json(res, true)) as { propagation_seconds?: unknown } | undefined)?.propagation_seconds;
      // The REST contract's Log out all always includes the current session.
      return { includesCurrent: true, propagationSeconds: typeof p === 'number' && p >= 0 ? p : undefined };
    },
  };
}
