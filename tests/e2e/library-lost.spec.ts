import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchProfile, newProfileDir, removeProfileDir, type Profile } from './crash';
import { COUCH_PASSWORD, COUCH_USER, startCouch } from './couch';
import { draft } from './fault-drafts';
import { expect, screenshot, test } from './fixtures';
import { send, syncNow } from './sync-profile';

// A library the browser dropped is never silent (utils/browser/library-mark.ts): the extension's IndexedDB deleted
// between two launches, or damaged so that Chromium drops it itself, and the library page says what happened and how
// to get the clippings back.

/** Saves three clippings on a new profile (whose library, opened first, says nothing) and closes the browser once the library's mark counts them. */
async function libraryOfThree(origin: string): Promise<Profile> {
  const profile = await launchProfile(newProfileDir());
  const library = await profile.context.newPage();
  await library.goto(`chrome-extension://${profile.extensionId}/library.html`);
  await expect(library.getByText('Clippings: 0')).toBeVisible();
  await expect(library.locator('.cr-lib-lost')).toHaveCount(0);
  for (let i = 0; i < 3; i++) {
    expect(await profile.page.evaluate((d) => chrome.runtime.sendMessage({ type: 'save-clipping', draft: d }), draft(origin, `kept-${i}`))).toMatchObject({ ok: true });
  }
  // The mark outside IndexedDB follows the saves (a burst, a little after its last commit).
  await expect.poll(() => profile.worker.evaluate(async () => (await chrome.storage.local.get('libraryMark')).libraryMark)).toMatchObject({ count: 3 });
  await profile.context.close();
  return profile;
}

/** The extension's IndexedDB folders in the profile (its LevelDB and its blobs). */
function extensionIdb(profile: Profile): string[] {
  const idb = path.join(profile.dir, 'Default/IndexedDB');
  return readdirSync(idb).filter((n) => n.startsWith(`chrome-extension_${profile.extensionId}_`)).map((n) => path.join(idb, n));
}

const ways = [
  { name: 'deleted', damage: (profile: Profile) => extensionIdb(profile).forEach((dir) => rmSync(dir, { recursive: true })), reason: null },
  {
    // Chromium finds the store damaged at the next open, deletes it and reports why (dataLoss on the new one's upgrade).
    name: 'damaged (its LevelDB CURRENT file broken)',
    damage: (profile: Profile) => writeFileSync(path.join(extensionIdb(profile).find((d) => d.endsWith('.leveldb'))!, 'CURRENT'), 'MANIFEST-0000'),
    reason: "The browser's reason: IndexedDB (database was corrupt)",
  },
];

for (const way of ways) {
  test(`the library's database ${way.name} between two launches: the library says it was lost, how many it held, what to do`, async ({ server }) => {
    test.setTimeout(90_000);
    let profile = await libraryOfThree(server.origin);
    try {
      way.damage(profile);
      profile = await launchProfile(profile.dir);
      const library = await profile.context.newPage();
      await library.goto(`chrome-extension://${profile.extensionId}/library.html`);
      const lost = library.getByRole('alert').filter({ hasText: 'Your library was lost' });
      await expect(lost).toBeVisible();
      await expect(lost).toContainText("The browser dropped Clean Reader's database, which held 3 clippings, and started an empty one");
      if (way.reason) {
        await expect(lost).toContainText(way.reason);
        await screenshot(library, 'library-lost');
      }
      await expect(lost).toContainText('pick your last JSON backup');
      await expect(lost).toContainText('Sync now brings back every clipping your server holds');
      // Said until the reader dismisses it, not after.
      await library.reload();
      await expect(lost).toBeVisible();
      await lost.getByRole('button', { name: 'I understand' }).click();
      await expect(library.locator('.cr-lib-lost')).toHaveCount(0);
      await library.reload();
      await expect(library.getByText('Clippings: 0')).toBeVisible();
      await expect(library.locator('.cr-lib-lost')).toHaveCount(0);
    } finally {
      await profile.context.close().catch(() => undefined);
      removeProfileDir(profile.dir);
    }
  });
}

test('a lost library with sync on: Sync now, as the notice says, brings back every clipping the server holds', async ({ server }) => {
  test.setTimeout(120_000);
  const couch = await startCouch();
  let profile = await launchProfile(newProfileDir());
  try {
    expect(await send(profile.page, { type: 'sync-enable', url: couch.dbUrl, username: COUCH_USER, password: COUCH_PASSWORD })).toMatchObject({ ok: true });
    for (let i = 0; i < 3; i++) expect(await send(profile.page, { type: 'save-clipping', draft: draft(server.origin, `synced-${i}`) })).toMatchObject({ ok: true });
    await expect.poll(() => couch.docCount(), { timeout: 30_000 }).toBe(3);
    await expect.poll(() => profile.worker.evaluate(async () => (await chrome.storage.local.get('libraryMark')).libraryMark)).toMatchObject({ count: 3 });
    await profile.context.close();
    // Chromium drops the whole backing store of the extension: the library and the sync mirror with it.
    extensionIdb(profile).forEach((dir) => rmSync(dir, { recursive: true }));

    profile = await launchProfile(profile.dir);
    const library = await profile.context.newPage();
    await library.goto(`chrome-extension://${profile.extensionId}/library.html`);
    await expect(library.getByRole('alert').filter({ hasText: 'Your library was lost' })).toBeVisible();
    await syncNow(library, 30_000);
    await expect(library.locator('.cr-card')).toHaveCount(3);
    expect((await library.locator('.cr-card-title').allTextContents()).sort()).toEqual(['Fault synced-0', 'Fault synced-1', 'Fault synced-2']);
  } finally {
    await profile.context.close().catch(() => undefined);
    removeProfileDir(profile.dir);
    await couch.stop();
  }
});
