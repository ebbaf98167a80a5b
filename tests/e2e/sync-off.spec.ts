// Sync turned off and on again while changes were unsent (issue #14): the clipping deleted meanwhile stays deleted,
// here, on the server and on the other browser, and the edit made meanwhile is sent. (Turning off cleared the queue
// and the mirror, and turning on queued only the clippings the library still held: the deleted one came back.)
import { test as base } from '@playwright/test';
import { expect } from './fixtures';
import { startCouch, type Couch } from './couch';
import { clippings, draft, openPanel, openProfile, send, syncNow, turnOn, type SyncProfile as Profile } from './sync-profile';

const test = base.extend<{}, { couch: Couch; a: Profile; b: Profile; c: Profile }>({
  couch: [async ({}, use) => { const couch = await startCouch(); await use(couch); await couch.stop(); }, { scope: 'worker' }],
  a: [async ({}, use) => { const p = await openProfile(); await use(p); await p.context.close(); }, { scope: 'worker' }],
  b: [async ({}, use) => { const p = await openProfile(); await use(p); await p.context.close(); }, { scope: 'worker' }],
  c: [async ({}, use) => { const p = await openProfile(); await use(p); await p.context.close(); }, { scope: 'worker' }],
});

const NEW_PASSWORD = 'a password for the new server';
const titles = async (p: Profile) => (await clippings(p.library)).map((c) => c.title).sort();
const onServer = async (couch: Couch) => (await couch.docs()).filter((d) => d.type === 'clipping').map((d) => [d.title, d.note ?? '']).sort();

/** Deletes the clipping titled `deleted` and notes `note` on the one titled `edited`, with the server failing. */
async function changeMeanwhile(a: Profile, deleted: string, edited: string, note: string) {
  const onA = await clippings(a.library);
  expect(await send(a.library, { type: 'delete-clippings', ids: [onA.find((c) => c.title === deleted)!.id] })).toMatchObject({ ok: true });
  expect(await send(a.library, { type: 'update-clipping', id: onA.find((c) => c.title === edited)!.id, note })).toMatchObject({ ok: true });
  const panel = await openPanel(a.library);
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('alert')).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByRole('status')).toContainText('waiting to be sent: 2');
}

/** Turn off, then on again with the same database; waits for the first sync. */
async function offAndOn(a: Profile, dbUrl: string, password: string) {
  const panel = await openPanel(a.library);
  await panel.getByRole('button', { name: 'Turn off' }).click();
  await expect(a.library.locator('.cr-sync summary')).toHaveText('Sync');
  await turnOn(a.library, dbUrl, password);
  await expect(panel.getByRole('status')).toContainText('Last synced', { timeout: 20_000 });
  await expect(panel.getByRole('alert')).toHaveCount(0);
}

test('the server refused the password: turned off and on with the new one, the deleted clipping stays deleted and the edit is sent', async ({ a, b, couch }) => {
  for (const p of [a, b]) await turnOn(p.library, couch.dbUrl);
  for (const p of [a, b]) await expect(p.library.locator('.cr-sync summary')).toHaveText('Sync: on');
  await send(a.library, { type: 'save-clipping', draft: draft(1, 'Harbour cranes idle') });
  await send(a.library, { type: 'save-clipping', draft: draft(2, 'Tram line opens') });
  await syncNow(a.library);
  await syncNow(b.library);
  expect(await titles(b)).toEqual(['Harbour cranes idle', 'Tram line opens']);

  await couch.changePassword(NEW_PASSWORD);
  await changeMeanwhile(a, 'Tram line opens', 'Harbour cranes idle', 'Written while the server refused');
  await offAndOn(a, couch.dbUrl, NEW_PASSWORD);
  expect(await titles(a)).toEqual(['Harbour cranes idle']);
  expect(await onServer(couch)).toEqual([['Harbour cranes idle', 'Written while the server refused']]);
  await syncNow(a.library);
  expect(await titles(a)).toEqual(['Harbour cranes idle']);

  // The other browser, its password changed the same way, gets both.
  await offAndOn(b, couch.dbUrl, NEW_PASSWORD);
  expect(await titles(b)).toEqual(['Harbour cranes idle']);
  expect((await clippings(b.library))[0]!.note).toBe('Written while the server refused');
});

test('the server was gone: turned off and on once it is back, the deleted clipping stays deleted and the edit is sent', async ({ c, couch }) => {
  await turnOn(c.library, couch.dbUrl, couch.password());
  await send(c.library, { type: 'save-clipping', draft: draft(3, 'Night bus returns') });
  await send(c.library, { type: 'save-clipping', draft: draft(4, 'Ferry timetable changes') });
  await syncNow(c.library);
  await couch.cut();
  await changeMeanwhile(c, 'Night bus returns', 'Ferry timetable changes', 'Written while the server was gone');
  await couch.restore();
  await offAndOn(c, couch.dbUrl, couch.password());
  // (The server may hold the first test's clipping too: one server for both.)
  expect(await titles(c)).toContain('Ferry timetable changes');
  expect(await titles(c)).not.toContain('Night bus returns');
  expect(await onServer(couch)).toContainEqual(['Ferry timetable changes', 'Written while the server was gone']);
  expect((await onServer(couch)).map(([title]) => title)).not.toContain('Night bus returns');
});
