// The server's password changes while sync is on (issue #14): the changes made meanwhile, a delete among them, are
// sent with the new password. (Turning sync off and on again instead forgot them: the deleted clipping came back.)
import { test as base } from '@playwright/test';
import { expect, screenshot } from './fixtures';
import { COUCH_PASSWORD, COUCH_USER, startCouch, type Couch } from './couch';
import { clippings, draft, openPanel, openProfile, send, syncNow, turnOn, type SyncProfile as Profile } from './sync-profile';

const test = base.extend<{}, { couch: Couch; a: Profile; b: Profile }>({
  couch: [async ({}, use) => { const couch = await startCouch(); await use(couch); await couch.stop(); }, { scope: 'worker' }],
  a: [async ({}, use) => { const p = await openProfile(); await use(p); await p.context.close(); }, { scope: 'worker' }],
  b: [async ({}, use) => { const p = await openProfile(); await use(p); await p.context.close(); }, { scope: 'worker' }],
});

const NEW_PASSWORD = 'a new password for the new year';

test('the server\'s password changed: "Change password" sends the delete and the edit made meanwhile; nothing comes back', async ({ a, b, couch }) => {
  await turnOn(a.library, couch.dbUrl);
  await turnOn(b.library, couch.dbUrl);
  for (const p of [a, b]) await expect(p.library.locator('.cr-sync summary')).toHaveText('Sync: on');
  await send(a.library, { type: 'save-clipping', draft: draft(1, 'Harbour cranes idle') });
  await send(a.library, { type: 'save-clipping', draft: draft(2, 'Tram line opens') });
  await syncNow(a.library);
  await syncNow(b.library);
  expect((await clippings(b.library)).map((c) => c.title).sort()).toEqual(['Harbour cranes idle', 'Tram line opens']);

  await couch.changePassword(NEW_PASSWORD);
  const onA = await clippings(a.library);
  const tram = onA.find((c) => c.title === 'Tram line opens')!;
  const harbour = onA.find((c) => c.title === 'Harbour cranes idle')!;
  expect(await send(a.library, { type: 'delete-clippings', ids: [tram.id] })).toMatchObject({ ok: true });
  expect(await send(a.library, { type: 'update-clipping', id: harbour.id, note: 'Written after the password changed' })).toMatchObject({ ok: true });
  const panel = await openPanel(a.library);
  await panel.getByRole('button', { name: 'Sync now' }).click();
  await expect(panel.getByRole('alert')).toContainText('refused the user name or password. Nothing is lost', { timeout: 20_000 });
  await expect(panel.getByRole('status')).toContainText('waiting to be sent: 2');

  // A wrong one is refused and changes nothing: the changes still wait.
  await panel.getByLabel('User name').fill(COUCH_USER);
  await panel.getByLabel('Password').fill(COUCH_PASSWORD);
  await panel.getByRole('button', { name: 'Change password' }).click();
  await expect(panel.getByRole('alert').filter({ hasText: 'refused these too' })).toBeVisible();
  await expect(panel.getByRole('status')).toContainText('waiting to be sent: 2');
  await screenshot(a.library, 'library-sync-change-password');

  await panel.getByLabel('Password').fill(NEW_PASSWORD);
  await panel.getByRole('button', { name: 'Change password' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0, { timeout: 20_000 });
  await expect(panel.getByRole('status')).toContainText('waiting to be sent: 0');
  await expect(panel.getByRole('button', { name: 'Change password' })).toHaveCount(0);
  await syncNow(a.library);
  const titles = async (p: Profile) => (await clippings(p.library)).map((c) => c.title);
  expect(await titles(a)).toEqual(['Harbour cranes idle']);
  const onServer = (await couch.docs()).filter((d) => d.type === 'clipping');
  expect(onServer.map((d) => [d.title, d.note])).toEqual([['Harbour cranes idle', 'Written after the password changed']]);

  // The other browser, its password changed the same way, gets both.
  const panelB = await openPanel(b.library);
  await panelB.getByRole('button', { name: 'Sync now' }).click();
  await expect(panelB.getByRole('alert')).toContainText('refused the user name or password', { timeout: 20_000 });
  await panelB.getByLabel('User name').fill(COUCH_USER);
  await panelB.getByLabel('Password').fill(NEW_PASSWORD);
  await panelB.getByRole('button', { name: 'Change password' }).click();
  await expect(panelB.getByRole('alert')).toHaveCount(0, { timeout: 20_000 });
  await expect.poll(() => titles(b)).toEqual(['Harbour cranes idle']);
  expect((await clippings(b.library))[0]!.note).toBe('Written after the password changed');
});
