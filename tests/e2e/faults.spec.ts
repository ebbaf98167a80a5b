import type { BrowserContext, Page } from '@playwright/test';
import { clippingIndex } from '../../utils/clippings/db';
import type { Clipping } from '../../utils/clippings/types';
import { indexedDbFiles, keepIndexedDb, killBrowser, killWorker, launchProfile, newProfileDir, removeProfileDir, watchSave, workerSays, type Profile } from './crash';
import { bigDraft, draft } from './fault-drafts';
import { expect, storedClippings, storedRows, tabIdOf, test } from './fixtures';
import { chooseImport } from './import-dialog';

// Issue #7, point 3: faults leave every clipping stored before intact. Storage full and the
// database migration are unit tests (tests/unit/clippings/store.test.ts, migration.test.ts); the
// corrupt backup is also fuzzed (tests/unit/fuzz/import.fuzz.test.ts).
//
// Saves interrupted for real (see crash.ts): the whole browser SIGKILLed and started again on its
// profile, and the service worker alone ended with CDP Target.closeTarget, at points of the write the
// worker reports as it reaches them. (ServiceWorker.stopAllWorkers is no such test: Chromium 156 lets
// the pending message finish, so a save "stopped" that way always completes.)

async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
  return page;
}

async function save(page: Page, body: unknown): Promise<unknown> {
  return page.evaluate((d) => chrome.runtime.sendMessage({ type: 'save-clipping', draft: d }), body);
}

type Rows = Array<Record<string, unknown>>;

/**
 * The library after a restart: every clipping and search-index row stored before the kill as it was,
 * every clipping with its index row holding exactly its words, no index row without its clipping.
 */
function expectIntact(clippings: Rows, search: Rows, before: { clippings: Rows; search: Rows }): void {
  for (const clip of before.clippings) expect(clippings.find((c) => c.id === clip.id)).toEqual(clip);
  for (const row of before.search) expect(search.find((r) => r.id === row.id)).toEqual(row);
  for (const clip of clippings) {
    const row = search.find((r) => r.id === clip.id);
    expect(row, `index row of clipping ${String(clip.title)}`).toBeDefined();
    expect(new Set(row!.words as string[])).toEqual(new Set(clippingIndex(clip as unknown as Clipping).words));
  }
  for (const row of search) expect(clippings.some((c) => c.id === row.id), `clipping of index row ${String(row.id)}`).toBe(true);
}

/** The interrupted save: all of it (every field as sent) or nothing of it. */
function expectWholeOrAbsent(clippings: Rows, sent: ReturnType<typeof draft>): 'whole' | 'absent' {
  const found = clippings.filter((c) => c.url === sent.url);
  expect(found.length).toBeLessThanOrEqual(1);
  if (found[0]) expect(found[0]).toMatchObject(sent);
  return found[0] ? 'whole' : 'absent';
}

/** Saves a few clippings on a new profile: the library the kills must not touch. */
async function seedLibrary(origin: string): Promise<{ profile: Profile; before: { clippings: Rows; search: Rows } }> {
  const profile = await launchProfile(newProfileDir());
  for (let i = 0; i < 4; i++) expect(await save(profile.page, draft(origin, `before-${i}`))).toMatchObject({ ok: true });
  expect(await save(profile.page, bigDraft(origin, 'before-big'))).toMatchObject({ ok: true });
  const before = { clippings: await storedRows(profile.worker, 'clippings'), search: await storedRows(profile.worker, 'search') };
  expect(before.clippings).toHaveLength(5);
  return { profile, before };
}

test.describe('the browser killed in the middle of a save', () => {
  test('killed while the save is written and not yet committed: the save absent, every clipping before intact, the library works', async ({ server }) => {
    test.setTimeout(60_000);
    let { profile, before } = await seedLibrary(server.origin);
    try {
      // The clipping and its index row are in the save's transaction, which is held open: the kill
      // always lands in the middle of the write.
      const big = bigDraft(server.origin, 'interrupted');
      await watchSave(profile.worker, big.title, 'hold');
      const written = workerSays(profile.worker, 'cr-fault: index written');
      const reply = save(profile.page, big).then((value) => ({ value }), (error: Error) => ({ error: error.message }));
      await written;
      await killBrowser(profile);
      // The page went down with the browser: no answer ever said "saved".
      expect(await reply).toHaveProperty('error');

      profile = await launchProfile(profile.dir);
      const clippings = await storedRows(profile.worker, 'clippings');
      expectIntact(clippings, await storedRows(profile.worker, 'search'), before);
      expect(expectWholeOrAbsent(clippings, big), 'the kill interrupted the save').toBe('absent');
      expect(clippings).toHaveLength(before.clippings.length);

      // The library opens, lists every clipping and finds them by their words.
      const library = await profile.context.newPage();
      await library.goto(`chrome-extension://${profile.extensionId}/library.html`);
      await expect(library.locator('.cr-card')).toHaveCount(before.clippings.length);
      expect((await library.locator('.cr-card-title').allTextContents()).sort()).toEqual(before.clippings.map((c) => String(c.title)).sort());
      // The same save, again, after the restart: whole, and found by a word only it holds.
      expect(await save(profile.page, big)).toMatchObject({ ok: true, value: { updated: false } });
      const after = await storedRows(profile.worker, 'clippings');
      expectIntact(after, await storedRows(profile.worker, 'search'), before);
      expect(expectWholeOrAbsent(after, big)).toBe('whole');
      await library.reload();
      await library.getByRole('searchbox', { name: 'Search' }).fill(big.text.split(' ')[12_345]!);
      await expect(library.locator('.cr-card-title')).toHaveText([big.title]);
    } finally {
      await profile.context.close().catch(() => undefined);
      removeProfileDir(profile.dir);
    }
  });

  test('killed the moment a save in a run of saves is written: every answered save kept, the one in flight whole or absent', async ({ server }) => {
    // Three kills and restarts: 20–35 s at load ~10, 50–70 s at load 20–30 (60 s timed out 5 times in ~80 runs there).
    test.setTimeout(120_000);
    let { profile, before } = await seedLibrary(server.origin);
    const outcomes: string[] = [];
    const onDisk: string[] = [];
    let allRounds = false;
    try {
      // Where each round kills: the clipping's row written, its index row written (the commit still
      // to come, or under way), and IndexedDB's report that the commit is done (the answer not yet
      // sent, or on its way).
      const kills = ['cr-fault: clipping written', 'cr-fault: index written', 'cr-fault: committed'] as const;
      for (const [round, line] of kills.entries()) {
        // Saves one after another, as fast as the worker answers; the browser is killed (nothing
        // held open) when the fourth one, a big one, is at that point of its write.
        const drafts = Array.from({ length: 6 }, (_, i) => (i === 3 ? bigDraft(server.origin, `run${round}-${i}`) : draft(server.origin, `run${round}-${i}`)));
        await watchSave(profile.worker, drafts[3]!.title, 'watch');
        const written = workerSays(profile.worker, line);
        const answered: number[] = [];
        const run = (async () => {
          for (const [i, d] of drafts.entries()) {
            const reply = await save(profile.page, d).catch(() => undefined);
            if (!reply) return;
            expect(reply).toMatchObject({ ok: true });
            answered.push(i);
          }
        })();
        await Promise.race([written, run.then(() => Promise.reject(new Error(`the run ended before "${line}"`)))]);
        // Chromium dropped the database after the last restart (seen once in ~80 runs under load: the library
        // emptied, its saves after that restart numbered from 1): say so with its reason.
        expect(profile.dataLoss, 'a database the browser dropped since the restart').toEqual([]);
        await killBrowser(profile);
        await run;
        onDisk.push(indexedDbFiles(profile.dir, `after the kill at "${line}"`));

        profile = await launchProfile(profile.dir);
        const clippings = await storedRows(profile.worker, 'clippings');
        const search = await storedRows(profile.worker, 'search');
        expectIntact(clippings, search, before);
        // A save the worker answered is on disk: "Saved" is never a lie.
        for (const i of answered) expect(expectWholeOrAbsent(clippings, drafts[i]!), `answered save ${i}`).toBe('whole');
        const states = drafts.map((d) => expectWholeOrAbsent(clippings, d));
        // A commit IndexedDB reported done survives the kill, answered or not.
        if (line === 'cr-fault: committed') expect(states[3], 'the committed save').toBe('whole');
        outcomes.push(`kill at "${line}": ${answered.length} answered, the save in flight ${states[3]}`);
        // The next round's "before": everything now stored.
        before = { clippings, search };
      }
      allRounds = true;
    } finally {
      test.info().annotations.push({ type: 'kills', description: outcomes.join('; ') });
      await profile.context.close().catch(() => undefined);
      if (!allRounds) keepIndexedDb(profile.dir, onDisk);
      removeProfileDir(profile.dir);
    }
  });
});

test('the worker alone killed during a save, the popup open: the popup never says "Not saved" of a stored clipping, and saving again works', async ({ server }) => {
  test.setTimeout(60_000);
  const TITLE = 'Pakistan, China strengthen digital cooperation with focus on 5G, AI, and data centres';
  const profile = await launchProfile(newProfileDir());
  try {
    for (let i = 0; i < 3; i++) expect(await save(profile.page, draft(server.origin, `before-${i}`))).toMatchObject({ ok: true });
    const before = { clippings: await storedRows(profile.page, 'clippings'), search: await storedRows(profile.page, 'search') };
    const article = await profile.context.newPage();
    await article.goto(`${server.origin}/profit-digital-cooperation.html`);
    const popup = await profile.context.newPage();
    await popup.goto(`chrome-extension://${profile.extensionId}/popup.html?tabId=${await tabIdOf(profile.worker, article.url())}`);
    await expect(popup.locator('h1')).toHaveText(TITLE);
    const saveButton = popup.getByRole('button', { name: 'Save' });
    const status = popup.getByRole('status');
    // The article's clippings, once the library around them is checked whole.
    const stored = async () => {
      const clippings = await storedRows(popup, 'clippings');
      expectIntact(clippings, await storedRows(popup, 'search'), before);
      return clippings.filter((c) => c.title === TITLE);
    };

    // Killed after the commit, before its answer: stored, and the popup says it is not confirmed
    // (it said "Not saved" before).
    await watchSave(profile.worker, TITLE, 'stall');
    const committed = workerSays(profile.worker, 'cr-fault: committed');
    await saveButton.click();
    await committed;
    await killWorker(profile);
    await expect(status).toHaveText(/^Not confirmed: .* Save again to be sure; it never makes a second copy\.$/);
    const [first, ...twins] = await stored();
    expect(first).toBeDefined();
    expect(twins).toHaveLength(0);

    // Saved again: the worker starts afresh (Playwright's Worker follows it), and the clipping is
    // updated, not copied.
    await saveButton.click();
    await expect(status).toHaveText('Saved (updated)');
    const again = await stored();
    expect(again).toHaveLength(1);
    expect(again[0]!.id).toBe(first!.id);

    // Killed with the update written and not committed: the clipping exactly as it was before it.
    await watchSave(profile.worker, TITLE, 'hold');
    const written = workerSays(profile.worker, 'cr-fault: index written');
    await saveButton.click();
    await written;
    await killWorker(profile);
    await expect(status).toHaveText(/^Not confirmed:/);
    expect(await stored()).toEqual(again);

    // And the next save works.
    await saveButton.click();
    await expect(status).toHaveText('Saved (updated)');
    expect(await stored()).toHaveLength(1);
  } finally {
    await profile.context.close().catch(() => undefined);
    removeProfileDir(profile.dir);
  }
});

test('two windows saving at once: every save kept, the same page once', async ({ extContext, extensionId, server, worker }) => {
  const [a, b] = await Promise.all([extensionPage(extContext, extensionId), extensionPage(extContext, extensionId)]);
  const replies = await Promise.all([
    ...Array.from({ length: 10 }, (_, i) => save(i % 2 ? a : b, draft(server.origin, `both-${i}`))),
    save(a, draft(server.origin, 'same')),
    save(b, draft(server.origin, 'same')),
  ]);
  for (const reply of replies) expect(reply).toMatchObject({ ok: true });
  const stored = await storedClippings(worker);
  expect(stored.filter((c) => String(c.title).startsWith('Fault both-'))).toHaveLength(10);
  expect(stored.filter((c) => c.title === 'Fault same')).toHaveLength(1);
  await a.close();
  await b.close();
});

test('importing a corrupt backup imports nothing, says why, and keeps the library', async ({ extContext, extensionId, server, worker }) => {
  const page = await extensionPage(extContext, extensionId);
  expect(await save(page, draft(server.origin, 'kept'))).toMatchObject({ ok: true });
  const before = await storedClippings(worker);
  const library = await extContext.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const corrupt = '{"format":"clean-reader-backup","version":1,"exportedAt":"2025-01-01","count":2,"clippings":[{"id":1,"kind":"article","title":"cut sho';
  await chooseImport(library, { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(corrupt) });
  await expect(library.getByRole('alert')).toContainText(/can't be imported, and nothing was changed. The file is not complete JSON/);
  expect(await storedClippings(worker)).toEqual(before);
  await library.close();
  await page.close();
});
