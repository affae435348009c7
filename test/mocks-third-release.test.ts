/**
 * The mocked REST server's third-release scenarios (docs/testing.md, "Mocks for your own dev server
 * and tests"): the list's `capabilities`, `PATCH` renames, `keep_current=true`, and the step-up
 * scenarios, asked directly with fetch as any client would.
 */
import { expect } from '@open-wc/testing';
import { mockApi } from './support.js';

const list = async () => (await (await fetch('/api/sessions')).json()) as { sessions: { id: string; device?: { name?: string } }[]; capabilities?: unknown };
const patch = (id: string, body: string) =>
  fetch(`/api/sessions/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body });

describe('mocks: third release', () => {
  it('declares no capabilities in the scenarios of the earlier releases, and the ones a scenario has', async () => {
    await mockApi();
    expect((await list()).capabilities).to.equal(undefined);
    await mockApi({ scenario: 'rename' });
    expect((await list()).capabilities).to.deep.equal({ rename: true, logout_others: true });
    await mockApi({ scenario: 'logout-others' });
    expect((await list()).capabilities).to.deep.equal({ logout_others: true });
    await mockApi({ capabilities: { history: true } });
    expect((await list()).capabilities).to.deep.equal({ history: true });
  });

  it('renames with PATCH, clears with null, refuses what is not a name, and records the body', async () => {
    const api = await mockApi({ scenario: 'rename' });
    const res = await patch('ses_pixel9', '{"name":"Work phone"}');
    expect(res.status).to.equal(200);
    expect(((await res.json()) as { device: { name: string } }).device.name).to.equal('Work phone');
    expect((await list()).sessions.find((s) => s.id === 'ses_pixel9')!.device!.name).to.equal('Work phone');
    expect((await patch('ses_pixel9', '{"name":null}')).status).to.equal(200);
    expect((await list()).sessions.find((s) => s.id === 'ses_pixel9')!.device!.name).to.equal(undefined);
    expect((await patch('ses_pixel9', `{"name":"${'x'.repeat(65)}"}`)).status).to.equal(400);
    expect((await patch('ses_pixel9', 'not json')).status).to.equal(400);
    expect((await patch('nope', '{"name":"x"}')).status).to.equal(404);
    expect(api.requests.filter((r) => r.method === 'PATCH')[0]!.body).to.equal('{"name":"Work phone"}');
  });

  it('keeps the current session with keep_current=true', async () => {
    await mockApi({ scenario: 'logout-others' });
    expect((await fetch('/api/sessions/logout-all?keep_current=true', { method: 'POST' })).status).to.equal(202);
    expect((await list()).sessions.map((s) => s.id)).to.deep.equal(['ses_8f2c_current']);
  });

  it('step-up refuses each action once, then accepts it; step-up-declined refuses every time', async () => {
    const codes = async (path: string) => {
      const res = await fetch(`/api/sessions/${path}`, { method: 'DELETE' });
      return res.status === 403 ? ((await res.json()) as { error: { code: string } }).error.code : res.status;
    };
    await mockApi({ scenario: 'step-up' });
    expect([await codes('ses_pixel9'), await codes('ses_pixel9'), await codes('ses_ipad_air')]).to.deep.equal([
      'reauthentication_required',
      204,
      'reauthentication_required',
    ]);
    await mockApi({ scenario: 'step-up-declined' });
    expect([await codes('ses_pixel9'), await codes('ses_pixel9')]).to.deep.equal(['reauthentication_required', 'reauthentication_required']);
  });
});
