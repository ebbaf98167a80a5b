// The browser killed mid-sync (issue #14, faults): SIGKILL to the whole Chromium while the first sync of a
// library sends it up, and while the other profile's first sync brings it down. After the restart on the
// same profile nothing is lost locally and the next sync completes, both sides equal.
import { test, type Page } from '@playwright/test';
import { COUCH_PASSWORD, COUCH_USER, startCouch } from './couch';
import { killBrowser, launchProfile, newProfileDir, removeProfileDir, type Profile } from './crash';
import { expect } from './fixtures';
import { clippingCount, clippings, draft, openPanel, seedLibrary, send, syncNow, type StoredClipping } from './sync-profile';

/** Enough clippings that each way takes several batches (200 documents a batch). */
const COUNT = 2_000;

/** What must be equal on both sides: every clipping by its key, with what the reader gave it. */
const shape = (list: StoredClipping[]) => list.map(({ key, title, tags, note }) => ({ key, title, tags, note })).sort((x, y) => x.key.localeCompare(y.key));

async function openLibrary(profile: Profile): Promise<Page> {
  const library = await profile.context.newPage();
  await library.goto(`chrome-extension://${profile.extensionId}/library.html`);
  return library;
}

test('the browser killed mid-sync, going up and coming down: nothing lost here, the next sync completes with both sides equal', async () => {
  test.setTimeout(600_000);
  const couch = await startCouch();
  const dirs = [newProfileDir(), newProfileDir()] as const;
  const profiles: Profile[] = [];
  const launch = async (dir: string) => profiles[profiles.push(await launchProfile(dir)) - 1]!;
  const enable = { type: 'sync-enable', url: couch.dbUrl, username: COUCH_USER, password: COUCH_PASSWORD };
  try {
    // Up: A's library goes to the empty server; the browser dies with part of it there.
    let a = await launch(dirs[0]);
    await seedLibrary(a.page, COUNT);
    const seeded = shape(await clippings(a.page));
    void send(a.page, enable).catch(() => 'the browser was killed');
    await expect.poll(() => couch.docCount(), { intervals: [50], timeout: 240_000 }).toBeGreaterThan(0);
    await killBrowser(a);
    const upAtKill = await couch.docCount();
    expect(upAtKill, 'the kill landed in the middle of the upload').toBeLessThan(COUNT);

    a = await launch(dirs[0]);
    // The killed worker's last word was "running"; the new worker, before any sync starts, does not repeat it.
    await expect.poll(() => a.page.evaluate(async () => ((await chrome.storage.local.get('syncStatus')).syncStatus as { running?: boolean } | undefined)?.running)).toBe(false);
    expect(shape(await clippings(a.page))).toEqual(seeded);
    const libraryA = await openLibrary(a);
    await syncNow(libraryA, 240_000);
    await expect((await openPanel(libraryA)).getByRole('status')).toContainText('waiting to be sent: 0');
    await expect(libraryA.locator('.cr-sync').getByRole('alert')).toHaveCount(0);
    expect(await couch.docCount()).toBe(COUNT);

    // Down: B has clippings of its own; its first sync brings A's library; the browser dies while B applies it.
    let b = await launch(dirs[1]);
    for (let n = 1; n <= 3; n++) expect(await send(b.page, { type: 'save-clipping', draft: draft(n, `Only on B ${n}`) })).toMatchObject({ ok: true });
    const own = await clippings(b.page);
    expect(await send(b.page, { type: 'update-clipping', id: own[0]!.id, tags: ['b'], note: 'A note made on B' })).toMatchObject({ ok: true });
    const ownShape = shape(await clippings(b.page));
    void send(b.page, enable).catch(() => 'the browser was killed');
    await expect.poll(() => clippingCount(b.page), { intervals: [50], timeout: 240_000 }).toBeGreaterThan(3);
    await killBrowser(b);

    b = await launch(dirs[1]);
    const downAtKill = await clippingCount(b.page);
    expect(downAtKill, 'the kill landed in the middle of the download').toBeLessThan(COUNT + 3);
    // B's own clippings and note are whole, and what had arrived is whole too (no twins, no partial batch).
    const afterKill = shape(await clippings(b.page));
    for (const mine of ownShape) expect(afterKill).toContainEqual(mine);
    expect(new Set(afterKill.map((c) => c.key)).size).toBe(afterKill.length);
    for (const came of afterKill.filter((c) => c.key.includes('/bench/'))) expect(seeded).toContainEqual(came);

    const libraryB = await openLibrary(b);
    await syncNow(libraryB, 240_000);
    await syncNow(libraryA, 240_000);
    const [onA, onB] = [shape(await clippings(a.page)), shape(await clippings(b.page))];
    expect(onB).toHaveLength(COUNT + 3);
    expect(onA).toEqual(onB);
    expect(onA.filter((c) => c.key.includes('/bench/'))).toEqual(seeded);
    for (const mine of ownShape) expect(onA).toContainEqual(mine);
    for (const library of [libraryA, libraryB]) {
      await expect((await openPanel(library)).getByRole('status')).toContainText('waiting to be sent: 0');
      await expect(library.locator('.cr-sync').getByRole('alert')).toHaveCount(0);
    }
    expect(await couch.docCount()).toBe(COUNT + 3);
    test.info().annotations.push({ type: 'cut', description: `up: ${upAtKill}/${COUNT} on the server at the kill; down: ${downAtKill - 3}/${COUNT} applied on B at the kill` });
  } finally {
    for (const p of profiles) await p.context.close().catch(() => undefined);
    await couch.stop();
    for (const dir of dirs) removeProfileDir(dir);
  }
});
