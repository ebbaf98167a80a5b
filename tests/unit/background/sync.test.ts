// @vitest-environment node
// The sync status never outlives the worker that ran the sync (issue #14): a new worker clears a "running"
// left by a stopped one, and a running cycle beats so that a page can tell a live sync from a dead one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClippingsDb } from '../../../utils/clippings/db';
import { outboxRow } from '../../../utils/sync/outbox';
import { HEARTBEAT_MS, isSyncRunning, STALE_AFTER_MS, STATUS_KEY, SYNC_OFF, TURN_ON_WAIT_MS, type SyncStatus } from '../../../utils/sync/status';

type Auth = { username: string; password: string };
/** `remote`: the server the last cycle was given (with the credentials it was opened with). */
const cycle = vi.hoisted(() => ({ finish: (): unknown => undefined, remote: null as unknown }));
const remote = vi.hoisted(() => ({ info: (_auth: Auth): Promise<unknown> => new Promise(() => undefined) }));
/** `unsent`: what turning off finds unconfirmed; `sent`: what each server was sent with `bulkDocs`, in order. */
const deletions = vi.hoisted(() => ({ unsent: [] as unknown[], sent: [] as Array<{ url: string; docs: unknown[]; new_edits?: boolean }> }));
vi.mock('../../../utils/browser/pouchdb', () => ({
  openMirror: () => ({ destroy: async () => undefined }),
  openRemote: (url: string, auth: Auth) => ({ auth, info: () => remote.info(auth), bulkDocs: async (body: { docs: unknown[]; new_edits?: boolean }) => (deletions.sent.push({ url, ...body }), []) }),
}));
vi.mock('../../../utils/sync/kept-deletions', async (original) => ({ ...(await original<object>()), unsentDeletions: async () => deletions.unsent }));
vi.mock('../../../utils/sync/engine', () => ({
  pendingChanges: async () => 0,
  syncCycle: (_db: unknown, _mirror: unknown, server: unknown) => new Promise((resolve) => (cycle.remote = server, cycle.finish = () => resolve({ pushed: 0, pulled: 0, applied: 0, conflicts: 0, chosen: [], refused: [{ docId: 'clip-1', rev: '1-a', title: 'The whole novel', reason: 'too-large' }] }))),
}));
const { createSyncController, KEPT_DELETIONS_KEY } = await import('../../../utils/background/sync');

const stored = async () => (await browser.storage.local.get(STATUS_KEY))[STATUS_KEY] as SyncStatus;
const SERVER = 'https://couch.example.org/clippings';

describe('the sync status and the worker that runs the sync', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(browser.permissions, 'contains').mockImplementation(async () => true);
  });
  afterEach(() => vi.useRealTimers());

  it('a worker starting after one was stopped mid-sync does not say a sync is running', async () => {
    await browser.storage.local.set({ [STATUS_KEY]: { ...SYNC_OFF, server: SERVER, running: true, beatAt: Date.now(), lastSyncedAt: 5 } });
    createSyncController();
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ running: false, beatAt: null, lastSyncedAt: 5, server: SERVER }));
  });

  it('a running cycle renews its heartbeat; its end clears it and lists what the server refused; the background hears when it runs', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await browser.storage.local.set({ syncConfig: { dbUrl: SERVER, username: 'u', password: 'p' } });
    const told: boolean[] = [];
    const sync = createSyncController((running) => told.push(running));
    const done = sync.now();
    await vi.waitFor(async () => expect((await stored())?.running).toBe(true));
    const first = (await stored()).beatAt!;
    expect(told).toEqual([true]);
    expect(isSyncRunning(await stored())).toBe(true);

    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS * 2);
    await vi.waitFor(async () => expect((await stored()).beatAt).toBe(first + HEARTBEAT_MS * 2));
    // A page reading the status later than that, with no beat since, no longer believes it.
    expect(isSyncRunning(await stored(), first + HEARTBEAT_MS * 2 + STALE_AFTER_MS)).toBe(false);

    cycle.finish();
    expect(await done).toMatchObject({ running: false, beatAt: null, refused: [{ reason: 'too-large', count: 1, titles: ['The whole novel'] }] });
    expect(told).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS * 2);
    expect(await stored()).toMatchObject({ running: false, beatAt: null });
  });

  it('"Try again" no longer lists the refused clippings as refused but as waiting, and runs a sync that says how they fared', async () => {
    await browser.storage.local.set({
      syncConfig: { dbUrl: SERVER, username: 'u', password: 'p' },
      [STATUS_KEY]: { ...SYNC_OFF, server: SERVER, lastSyncedAt: 5, pending: 2, refused: [{ reason: 'forbidden', count: 1, titles: ['Banned'] }] },
    });
    const done = createSyncController().retryRefused();
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ running: true, refused: [] }));
    cycle.finish();
    expect(await done).toMatchObject({ running: false, refused: [{ reason: 'too-large', count: 1, titles: ['The whole novel'] }] });
  });

  it('"Turn off" revokes the server\'s origin, forgets the credentials and the alarm, and says sync is off', async () => {
    await browser.storage.local.set({
      syncConfig: { dbUrl: SERVER, username: 'reader', password: 'correct horse' },
      [STATUS_KEY]: { ...SYNC_OFF, server: SERVER, lastSyncedAt: 5 },
    });
    await browser.alarms.create('cr-sync', { periodInMinutes: 15 });
    const revoked = vi.spyOn(browser.permissions, 'remove').mockResolvedValue(undefined);
    expect(await createSyncController().disable()).toEqual(SYNC_OFF);
    expect(revoked).toHaveBeenCalledWith({ origins: ['https://couch.example.org/*'] });
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toMatch(/correct horse|reader/);
    expect(await browser.alarms.getAll()).toEqual([]);
  });

  it('turning on against a server that never answers says it could not be reached, in time, and stores nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    remote.info = () => new Promise(() => undefined); // an https address for a plain-http port: the request hangs
    const answer = createSyncController().enable({ url: SERVER, username: 'reader', password: 'correct horse' });
    let settled = false;
    void answer.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(TURN_ON_WAIT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toMatchObject({ server: null, error: { code: 'unreachable' } });
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toMatch(/correct horse/);
  });

  it('"Change password" takes only credentials the server accepts, keeps the changes not yet sent (a delete among them) and sends them with the new ones', async () => {
    const refused = { code: 'credentials', detail: 'Name or password is incorrect.' };
    await browser.storage.local.set({
      syncConfig: { dbUrl: SERVER, username: 'reader', password: 'old password' },
      [STATUS_KEY]: { ...SYNC_OFF, server: SERVER, lastSyncedAt: 5, pending: 1, error: refused },
    });
    const library = new ClippingsDb();
    await library.syncOutbox.put(outboxRow('https://news.example/deleted-meanwhile', null));
    remote.info = async ({ password }) => (password === 'new password' ? { doc_count: 1, update_seq: 1 } : { error: 'unauthorized', reason: refused.detail });
    cycle.remote = null;
    const sync = createSyncController();

    expect(await sync.changeCredentials({ username: 'reader', password: 'a typo' })).toMatchObject({ refusal: { code: 'credentials' }, status: { server: SERVER, error: refused } });
    expect((await browser.storage.local.get('syncConfig')).syncConfig).toMatchObject({ password: 'old password' });
    expect(cycle.remote).toBeNull();

    const change = sync.changeCredentials({ username: 'reader', password: 'new password' });
    await vi.waitFor(() => expect(cycle.remote).toMatchObject({ auth: { username: 'reader', password: 'new password' } }));
    expect(await library.syncOutbox.toArray()).toMatchObject([{ key: 'https://news.example/deleted-meanwhile', deleted: true }]);
    cycle.finish();
    expect(await change).toMatchObject({ refusal: null, status: { server: SERVER, running: false, error: null } });
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toMatch(/old password/);
    library.close();
  });

  it('"Turn off" keeps the deletions its database has not confirmed; turning on to that database sends them before the first sync, another database\'s stay kept', async () => {
    const OTHER = 'https://other.example.org/library';
    const deletion = (id: string) => ({ _id: id, _rev: '3-c', _deleted: true, _revisions: { start: 3, ids: ['c', 'b', 'a'] } });
    await browser.storage.local.set({ syncConfig: { dbUrl: SERVER, username: 'reader', password: 'p' }, [KEPT_DELETIONS_KEY]: { [OTHER]: [deletion('clip-other')] } });
    vi.spyOn(browser.permissions, 'remove').mockResolvedValue(undefined);
    deletions.unsent = [deletion('clip-tram')];
    deletions.sent = [];
    const sync = createSyncController();
    await sync.disable();
    expect((await browser.storage.local.get(KEPT_DELETIONS_KEY))[KEPT_DELETIONS_KEY]).toEqual({ [OTHER]: [deletion('clip-other')], [SERVER]: [deletion('clip-tram')] });

    remote.info = async () => ({ doc_count: 2, update_seq: 2 });
    cycle.remote = null;
    const on = sync.enable({ url: SERVER, username: 'reader', password: 'p' });
    await vi.waitFor(() => expect(cycle.remote).not.toBeNull());
    expect(deletions.sent).toEqual([{ url: SERVER, docs: [deletion('clip-tram')], new_edits: false }]);
    expect((await browser.storage.local.get(KEPT_DELETIONS_KEY))[KEPT_DELETIONS_KEY]).toEqual({ [OTHER]: [deletion('clip-other')] });
    cycle.finish();
    await on;
    deletions.unsent = [];
  });

  it('"Try again" with sync off does nothing', async () => {
    const told: boolean[] = [];
    expect(await createSyncController((running) => told.push(running)).retryRefused()).toMatchObject({ server: null, running: false });
    expect(told).toEqual([]);
  });
});
