// Sync between two browser profiles through a real CouchDB-compatible server (issue #14).
import { test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, screenshot } from './fixtures';
import { COUCH_PASSWORD, startCouch, type Couch } from './couch';
import { killWorker } from './crash';
import { clippings, draft, openProfile, send, syncNow, turnOn, type SyncProfile as Profile } from './sync-profile';

const test = base.extend<{}, { couch: Couch; a: Profile; b: Profile }>({
  couch: [async ({}, use) => { const couch = await startCouch(); await use(couch); await couch.stop(); }, { scope: 'worker' }],
  a: [async ({}, use) => { const p = await openProfile(); await use(p); await p.context.close(); }, { scope: 'worker' }],
  b: [async ({}, use) => { const p = await openProfile(); await use(p); await p.context.close(); }, { scope: 'worker' }],
});
test.describe.configure({ mode: 'serial' });

test('wrong credentials are refused with a clear message, and nothing is stored', async ({ a, couch }) => {
  await turnOn(a.library, couch.dbUrl, 'not the password');
  await expect(a.library.locator('.cr-sync').getByRole('alert')).toContainText('refused the user name or password');
  await expect(a.library.locator('.cr-sync summary')).toHaveText('Sync');
  const stored = await a.library.evaluate(() => chrome.storage.local.get(null));
  expect(JSON.stringify(stored)).not.toContain('not the password');
});

test('plain http to another computer is refused before anything is asked', async ({ a }) => {
  await turnOn(a.library, 'http://couch.example.org/clippings');
  await expect(a.library.locator('.cr-sync').getByRole('alert')).toContainText('unencrypted');
});

test('save on A appears on B; tags and notes on B reach A; delete on A is gone on B', async ({ a, b, couch }) => {
  await turnOn(a.library, couch.dbUrl);
  await turnOn(b.library, couch.dbUrl);
  for (const p of [a, b]) await expect(p.library.locator('.cr-sync summary')).toHaveText('Sync: on');

  expect(await send(a.library, { type: 'save-clipping', draft: draft(1, 'Harbour cranes idle') })).toMatchObject({ ok: true });
  expect(await send(a.library, { type: 'save-clipping', draft: draft(2, 'Tram line opens') })).toMatchObject({ ok: true });
  await syncNow(a.library);
  await syncNow(b.library);
  expect((await clippings(b.library)).map((c) => c.title).sort()).toEqual(['Harbour cranes idle', 'Tram line opens']);
  expect((await couch.docs()).filter((d) => d.type === 'clipping')).toHaveLength(2);
  // The open library shows what the sync brought, without a reload.
  await expect(b.library.getByRole('link', { name: 'Harbour cranes idle' })).toBeVisible();
  await expect(b.library.locator('.cr-storage')).toContainText('Clippings: 2');

  const onB = (await clippings(b.library)).find((c) => c.title === 'Harbour cranes idle')!;
  expect(await send(b.library, { type: 'update-clipping', id: onB.id, tags: ['ports'], note: 'Ask the union' })).toMatchObject({ ok: true });
  await syncNow(b.library);
  await syncNow(a.library);
  expect((await clippings(a.library)).find((c) => c.title === 'Harbour cranes idle')).toMatchObject({ tags: ['ports'], note: 'Ask the union' });

  const tram = (await clippings(a.library)).find((c) => c.title === 'Tram line opens')!;
  expect(await send(a.library, { type: 'delete-clippings', ids: [tram.id] })).toMatchObject({ ok: true });
  await syncNow(a.library);
  await syncNow(b.library);
  expect((await clippings(b.library)).map((c) => c.title)).toEqual(['Harbour cranes idle']);
  await screenshot(b.library, 'library-sync-on');

  // A local change syncs by itself, a moment later (no click).
  await send(a.library, { type: 'save-clipping', draft: draft(3, 'Ferry timetable changes') });
  await expect.poll(async () => (await couch.docs()).map((d) => d.title), { timeout: 15_000 }).toContain('Ferry timetable changes');
  const ferry = (await clippings(a.library)).find((c) => c.title === 'Ferry timetable changes')!;
  await send(a.library, { type: 'delete-clippings', ids: [ferry.id] });
  await expect.poll(async () => (await couch.docs()).map((d) => d.title), { timeout: 15_000 }).not.toContain('Ferry timetable changes');
});

test('edits on both while the server is down are both kept after it returns; the status says what is wrong', async ({ a, b, couch }) => {
  const onA = (await clippings(a.library))[0]!;
  const onB = (await clippings(b.library))[0]!;
  await couch.cut();
  await send(a.library, { type: 'update-clipping', id: onA.id, note: 'Ask the union\n\nCall the port authority' });
  await send(b.library, { type: 'update-clipping', id: onB.id, tags: ['ports', 'transport'] });
  await a.library.locator('.cr-sync').getByRole('button', { name: 'Sync now' }).click();
  await expect(a.library.locator('.cr-sync').getByRole('alert')).toContainText('Could not reach the server');
  await expect(a.library.locator('.cr-sync').getByRole('status')).toContainText(/waiting to be sent: [1-9]/, { timeout: 20_000 });
  await screenshot(a.library, 'library-sync-error');

  await couch.restore();
  await syncNow(a.library);
  await syncNow(b.library);
  await syncNow(a.library);
  for (const p of [a, b]) {
    const [c] = await clippings(p.library);
    expect(c!.tags.sort()).toEqual(['ports', 'transport']);
    expect(c!.note).toContain('Call the port authority');
  }
  await expect(a.library.locator('.cr-sync').getByRole('alert')).toHaveCount(0);
});

test('the same clipping set to two reading states in two browsers: the merge keeps the one set last, and the panel says so in a line', async ({ a, b, couch }) => {
  const onA = (await clippings(a.library))[0]!;
  const onB = (await clippings(b.library))[0]!;
  await couch.cut();
  await send(a.library, { type: 'set-state', ids: [onA.id], state: 'finished' });
  await send(b.library, { type: 'set-state', ids: [onB.id], state: 'archived' }); // set last
  await couch.restore();
  await syncNow(a.library);
  await syncNow(b.library);
  await syncNow(a.library);
  for (const p of [a, b]) await expect.poll(async () => ((await clippings(p.library))[0] as unknown as { state: string }).state).toBe('archived');
  // the browser that met both versions merged them, and says what it chose
  const said = b.library.locator('.cr-sync .cr-sync-merged');
  await expect(said).toContainText(`merged “${onB.title}”, edited in two browsers`);
  await expect(said).toContainText('for the reading state the version changed last was kept (the other stays on the server)');
  await screenshot(b.library, 'library-sync-merged');
});

test('a server over its quota: the status says so, nothing is lost, the next sync completes', async ({ a, b, couch }) => {
  const panel = a.library.locator('.cr-sync');
  const onServer = async () => (await couch.docs()).filter((d) => d.type === 'clipping').map((d) => d.title).sort();
  const before = await onServer();
  // As CouchDB answers when the disk or a hosting quota is full (507).
  couch.refuseWrites({ status: 507, error: 'insufficient_storage', reason: 'database quota exceeded' });
  for (let n = 10; n < 40; n++) expect(await send(a.library, { type: 'save-clipping', draft: draft(n, `Council minutes ${n}`) })).toMatchObject({ ok: true });
  const harbour = (await clippings(a.library)).find((c) => c.title === 'Harbour cranes idle')!;
  expect(await send(a.library, { type: 'update-clipping', id: harbour.id, note: `${harbour.note}\n\nWritten while the server was full` })).toMatchObject({ ok: true });
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('alert')).toContainText('The server is full', { timeout: 20_000 });
  await expect(panel.getByRole('status')).toContainText('waiting to be sent: 31');
  expect(couch.refused()).toBeGreaterThan(0);
  expect(await onServer()).toEqual(before);
  // The open library has refreshed itself for the saves sent to the background meanwhile.
  await expect(a.library.getByText(/Clippings: 31\b/).first()).toBeVisible();
  await screenshot(a.library, 'library-sync-server-full');

  // Nothing lost here while the server refused: every clipping and the note are in A's library.
  const onA = await clippings(a.library);
  expect(onA).toHaveLength(31);
  expect(onA.find((c) => c.title === 'Harbour cranes idle')!.note).toContain('Written while the server was full');

  couch.refuseWrites(null);
  await syncNow(a.library);
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('status')).toContainText('waiting to be sent: 0');
  await syncNow(b.library);
  const shape = (list: Awaited<ReturnType<typeof clippings>>) => list.map(({ title, tags, note }) => ({ title, tags, note })).sort((x, y) => x.title.localeCompare(y.title));
  expect(shape(await clippings(b.library))).toEqual(shape(await clippings(a.library)));
  expect(await onServer()).toHaveLength(31);
});

test('a clipping the server refuses as too large is set aside: the rest syncs, the panel names it, it goes on "Try again" or once it changes', async ({ a, b, couch }) => {
  const panel = a.library.locator('.cr-sync');
  const onServer = async () => (await couch.docs()).filter((d) => d.type === 'clipping').map((d) => String(d.title));
  // As CouchDB over its max_document_size: the whole request refused (413), naming the document.
  couch.limitDocumentSize(60_000);
  const chapter = 'A very long chapter, page after page. '.repeat(3_000);
  expect(await send(a.library, { type: 'save-clipping', draft: { ...draft(50, 'The whole novel'), html: `<p>${chapter}</p>`, text: chapter } })).toMatchObject({ ok: true });
  for (let n = 51; n < 54; n++) expect(await send(a.library, { type: 'save-clipping', draft: draft(n, `Late edition ${n}`) })).toMatchObject({ ok: true });
  await syncNow(a.library);
  await expect(panel.locator('.cr-sync-refused')).toHaveText(/^1 clipping was refused by the server as too large: “The whole novel”\. It stays in this library, the rest syncs/);
  await expect(panel.getByRole('status')).toContainText('waiting to be sent: 0');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  expect(couch.refused()).toBeGreaterThan(0);
  expect(await onServer()).toEqual(expect.arrayContaining(['Late edition 51', 'Late edition 52', 'Late edition 53']));
  expect(await onServer()).not.toContain('The whole novel');
  await screenshot(a.library, 'library-sync-refused');
  await syncNow(b.library);
  const onB = (await clippings(b.library)).map((c) => c.title);
  expect(onB).toEqual(expect.arrayContaining(['Late edition 51', 'Late edition 52', 'Late edition 53']));
  expect(onB).not.toContain('The whole novel');

  // Unchanged, it is not sent again; still named.
  const refusedSoFar = couch.refused();
  await syncNow(a.library);
  expect(couch.refused()).toBe(refusedSoFar);
  await expect(panel.locator('.cr-sync-refused')).toContainText('The whole novel');

  // "Try again" while the limit holds: sent again, refused again, still named.
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => couch.refused()).toBeGreaterThan(refusedSoFar);
  await expect(panel.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  await expect(panel.locator('.cr-sync-refused')).toContainText('The whole novel');
  await expect(panel.getByRole('status')).toContainText('waiting to be sent: 0');

  // The server's limit raised, "Try again": it goes, unchanged, and the panel no longer names it.
  couch.limitDocumentSize(null);
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(panel.locator('.cr-sync-refused')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect.poll(onServer).toContain('The whole novel');
  await expect(panel.getByRole('status')).toContainText('waiting to be sent: 0');
  await syncNow(b.library);
  expect((await clippings(b.library)).find((c) => c.title === 'The whole novel')).toMatchObject({ title: 'The whole novel' });

  // Another one set aside, then changed once the limit is raised: it goes with its change, no click needed.
  couch.limitDocumentSize(60_000);
  const second = 'Another long chapter, page after page. '.repeat(3_000);
  expect(await send(a.library, { type: 'save-clipping', draft: { ...draft(55, 'The sequel'), html: `<p>${second}</p>`, text: second } })).toMatchObject({ ok: true });
  await syncNow(a.library);
  await expect(panel.locator('.cr-sync-refused')).toContainText('The sequel');
  couch.limitDocumentSize(null);
  const sequel = (await clippings(a.library)).find((c) => c.title === 'The sequel')!;
  expect(await send(a.library, { type: 'update-clipping', id: sequel.id, tags: ['long read'] })).toMatchObject({ ok: true });
  await syncNow(a.library);
  await expect(panel.locator('.cr-sync-refused')).toHaveCount(0);
  await syncNow(b.library);
  expect((await clippings(b.library)).find((c) => c.title === 'The sequel')).toMatchObject({ tags: ['long read'] });
});

test('the worker stopped in the middle of a sync: the panel stops saying "Syncing…", and the next sync completes', async ({ a, couch }) => {
  test.setTimeout(120_000);
  const panel = a.library.locator('.cr-sync');
  // The server hangs: the sync is under way when the worker is ended.
  couch.hold(true);
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('status')).toContainText('Syncing…');
  await killWorker({ context: a.context, extensionId: new URL(a.library.url()).host });
  // Nothing reloads the page: its heartbeat gone, the sync is no longer shown as running.
  await expect(panel.getByRole('status')).not.toContainText('Syncing…', { timeout: 45_000 });
  await expect(panel.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  couch.hold(false);
  await syncNow(a.library);
  await expect(panel.getByRole('status')).toContainText('waiting to be sent: 0');
  await expect(panel.getByRole('alert')).toHaveCount(0);
});

test('the connection dropped in the middle of a sync: the status says so, nothing is lost, the next sync completes', async ({ a, couch }) => {
  const panel = a.library.locator('.cr-sync');
  expect(await send(a.library, { type: 'save-clipping', draft: draft(60, 'Night bus returns') })).toMatchObject({ ok: true });
  // The server hangs, so the sync is surely under way when the connection drops.
  couch.hold(true);
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('status')).toContainText('Syncing…');
  await couch.cut();
  couch.hold(false);
  await expect(panel.getByRole('alert')).toContainText('Could not reach the server', { timeout: 20_000 });
  await expect(panel.getByRole('status')).toContainText(/waiting to be sent: [1-9]/);
  expect((await clippings(a.library)).map((c) => c.title)).toContain('Night bus returns');

  await couch.restore();
  await syncNow(a.library);
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('status')).toContainText('waiting to be sent: 0');
  expect((await couch.docs()).map((d) => d.title)).toContain('Night bus returns');
});

test('a backup made while sync is on holds the clippings, never the sync credentials', async ({ a }) => {
  // Sync is on: the password is in this profile's storage, so a backup that took storage along would show it.
  expect(JSON.stringify(await a.library.evaluate(() => chrome.storage.local.get(null)))).toContain(COUCH_PASSWORD);
  const [download] = await Promise.all([a.library.waitForEvent('download'), a.library.getByRole('button', { name: 'Export all (JSON backup)' }).click()]);
  const backup = readFileSync(await download.path(), 'utf8');
  expect(backup).toContain('Night bus returns');
  expect(backup).not.toContain(COUCH_PASSWORD);
});

test('turning sync off forgets the credentials and stops syncing; the library stays', async ({ a }) => {
  const before = await clippings(a.library);
  await a.library.locator('.cr-sync').getByRole('button', { name: 'Turn off' }).click();
  await expect(a.library.locator('.cr-sync summary')).toHaveText('Sync');
  const stored = await a.library.evaluate(() => chrome.storage.local.get(null));
  expect(JSON.stringify(stored)).not.toContain(COUCH_PASSWORD);
  expect(await clippings(a.library)).toEqual(before);
});
