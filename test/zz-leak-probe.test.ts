import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { ActiveSessions, SessionsAdapter } from '../src/index.js';
import { modelSession } from './support.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function gc() { for (let i = 0; i < 4; i++) { await new Promise((r) => requestAnimationFrame(r)); await sleep(0); (window as any).gc(); } }
const adapter: SessionsAdapter = {
  list: async () => [modelSession('current', 'This Mac', { current: true }), modelSession('p', 'Pixel')],
  logout: async () => {},
  logoutAll: async () => ({ includesCurrent: true }),
};
async function one(setUp: (el: ActiveSessions) => void, wait = true) {
  const el = document.createElement('active-sessions');
  setUp(el);
  document.body.append(el);
  await el.updateComplete;
  if (wait) { for (let i = 0; i < 50 && el.status !== 'ready'; i++) await sleep(5); }
  el.remove();
  return new WeakRef(el);
}
async function count(setUp: (el: ActiveSessions) => void, wait = true, pause = 0) {
  const refs = [];
  for (let i = 0; i < 10; i++) refs.push(await one(setUp, wait));
  await sleep(pause);
  await gc();
  return refs.filter((r) => r.deref()).length;
}
describe('probe', () => {
  it('variants', async function () {
    this.timeout(60000);
    console.log('timeout 1000, pause 300', await count((el) => { el.adapter = adapter; el.timeout = 1000; }, true, 300));
    console.log('timeout 1000, pause 1300', await count((el) => { el.adapter = adapter; el.timeout = 1000; }, true, 1300));
    expect(1).to.equal(1);
  });
});
