/**
 * The logouts a confirmed click sends (flows 2–4, 15, 18, SPEC §5 events): with the dialogs that
 * lead to them, in the on-demand chunk (only `more.ts` and the tests import this module). It
 * imports types only, and is lent the element's `emit` (see `kit.ts`).
 */
import type { Kit } from './kit.js';
import type { Session } from './model.js';
import type { Outcome, SessionsController } from './sessions-controller.js';

/**
 * Logs out one session: fires the cancelable `active-sessions-logout` on `el` (unless `ask` is
 * false: one of a selected logout, whose one cancelable event was fired already), sends it, and
 * on success removes the row and fires `active-sessions-logged-out`.
 */
export async function logout(
  controller: SessionsController,
  el: EventTarget,
  emit: Kit['emit'],
  session: Session,
  removeTrustedDevice: boolean,
  ask = true,
): Promise<Outcome> {
  if (!controller.adapter || (ask && !emit(el, 'active-sessions-logout', { session, removeTrustedDevice }, true))) return 'cancelled';
  // Deliberately no AbortSignal: a confirmed logout is never cut short.
  const [failure] = await controller.attempt('logout', (adapter) => adapter.logout(session.id, { removeTrustedDevice }));
  if (failure) return failure;
  controller.remove(session.id);
  emit(el, 'active-sessions-logged-out', { session, removedTrustedDevice: removeTrustedDevice });
  return 'done';
}

/**
 * Logs out of every session: fires the cancelable `active-sessions-logout-all`, sends it, and on
 * success shows the done state and fires `active-sessions-logged-out-all`.
 */
export async function logoutAll(controller: SessionsController, el: EventTarget, emit: Kit['emit']): Promise<Outcome> {
  if (!controller.adapter || !emit(el, 'active-sessions-logout-all', {}, true)) return 'cancelled';
  const [failure, result] = await controller.attempt('logout-all', (adapter) => adapter.logoutAll());
  if (failure) return failure;
  // What the person was told before confirming stands, unless the server now says it takes
  // longer: "up to" never shrinks after the fact. Nobody said: the controller's default.
  const before = controller.propagationSeconds;
  const after = result.propagationSeconds;
  controller.finish(result.includesCurrent, before == null ? after : Math.max(before, after ?? before));
  const { propagationSeconds } = controller.state as { propagationSeconds: number };
  emit(el, 'active-sessions-logged-out-all', { includesCurrent: result.includesCurrent, propagationSeconds });
  return 'done';
}
