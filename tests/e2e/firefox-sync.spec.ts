// Sync between Chromium and Firefox (issue #14): profile A in Chromium, profile B in Debian's firefox-esr
// over WebDriver BiDi (tests/e2e/firefox.ts), both against one pouchdb-server. B turns sync on in its
// library and answers Firefox's own permission prompt for the server's origin with Allow, as a reader does.
import { test } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { COUCH_PASSWORD, COUCH_USER, startCouch } from './couch';
import { expect } from './fixtures';
import { allowPermissionPrompt, clickElement, FIREFOX, FIREFOX_E2E_BUILD as BUILD, launchFirefox, ORIGIN, type Firefox } from './firefox';
import { waitFor } from './protocol-client';
import { clippings, draft, openProfile, send, syncNow, turnOn, type StoredClipping } from './sync-profile';

test.skip(!existsSync(FIREFOX), `needs Debian's firefox-esr at ${FIREFOX} (apt-get install firefox-esr; .ci/run installs it)`);

/** B's library, read from its IndexedDB in an extension page. */
async function clippingsOnB(firefox: Firefox, context: string): Promise<StoredClipping[]> {
  const json = await firefox.evaluate(
    context,
    `new Promise((resolve, reject) => { const open = indexedDB.open('clean-reader'); open.onerror = () => reject(open.error);
      open.onsuccess = () => { const all = open.result.transaction('clippings').objectStore('clippings').getAll();
        all.onsuccess = () => (open.result.close(), resolve(JSON.stringify(all.result))); }; })`,
  );
  return JSON.parse(json.value as string) as StoredClipping[];
}

test('Chromium A and Firefox B sync through one server: a save on A appears on B; a highlight and a note made on B reach A; Turn off on B revokes the origin', async () => {
  test.setTimeout(180_000);
  if (!existsSync(path.join(BUILD, 'manifest.json'))) throw new Error('Run `npm run build:e2e` first.');
  const couch = await startCouch();
  const a = await openProfile();
  const firefox = await launchFirefox();
  try {
    const { bidi, evaluate } = firefox;
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: BUILD } });
    const { contexts } = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { maxDepth: 0 });
    const tab = contexts[0]!.context;
    const text = async (selector: string) => (await evaluate(tab, `document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`)).value as string;
    await bidi.send('browsingContext.navigate', { context: tab, url: `${ORIGIN}/library.html`, wait: 'complete' });

    await turnOn(a.library, couch.dbUrl);
    await expect(a.library.locator('.cr-sync summary')).toHaveText('Sync: on');

    // B through localhost, an origin the e2e build does not already hold (it has 127.0.0.1): the optional
    // permission is really asked for, and granted in Firefox's prompt.
    const onB = couch.dbUrl.replace('//127.0.0.1:', '//localhost:');
    await waitFor(async () => (await text('.cr-sync summary')) === 'Sync', 'the Sync panel');
    await evaluate(tab, `document.querySelector('.cr-sync').open = true`);
    await evaluate(tab, `(() => { const form = document.querySelector('.cr-sync form');
      form.url.value = ${JSON.stringify(onB)}; form.username.value = ${JSON.stringify(COUCH_USER)}; form.password.value = ${JSON.stringify(COUCH_PASSWORD)}; })()`);
    expect((await evaluate(tab, `browser.permissions.contains({ origins: ['http://localhost/*'] })`)).value).toBe(false);
    await clickElement(firefox, tab, '.cr-sync button[type=submit]');
    expect(await allowPermissionPrompt(firefox)).toContain('localhost');
    await waitFor(async () => (await text('.cr-sync summary')) === 'Sync: on', 'sync on in Firefox');
    expect((await evaluate(tab, `browser.permissions.contains({ origins: ['http://localhost/*'] })`)).value).toBe(true);

    // A save on A appears on B after Sync now on both.
    expect(await send(a.library, { type: 'save-clipping', draft: draft(1, 'Harbour cranes idle') })).toMatchObject({ ok: true });
    expect(await send(a.library, { type: 'save-clipping', draft: draft(2, 'Tram line opens') })).toMatchObject({ ok: true });
    await syncNow(a.library);
    const syncB = async () => {
      await waitFor(async () => (await evaluate(tab, `!document.querySelector('.cr-sync .cr-button-primary').disabled`)).value === true, 'Sync now to be enabled on B');
      await clickElement(firefox, tab, '.cr-sync .cr-button-primary');
      await waitFor(async () => (await text('.cr-sync [role=status]')).includes('Last synced') && (await evaluate(tab, `!document.querySelector('.cr-sync .cr-button-primary').disabled`)).value === true, 'the sync on B');
    };
    await syncB();
    expect((await clippingsOnB(firefox, tab)).map((c) => c.title).sort()).toEqual(['Harbour cranes idle', 'Tram line opens']);
    await waitFor(async () => (await evaluate(tab, `[...document.querySelectorAll('.cr-card-title')].map((t) => t.textContent).sort().join('|')`)).value === 'Harbour cranes idle|Tram line opens', 'the synced clippings in B\'s library');

    // On B: a highlight made in the reader (select, then the green swatch) and a note.
    const harbour = (await clippingsOnB(firefox, tab)).find((c) => c.title === 'Harbour cranes idle')!;
    await bidi.send('browsingContext.navigate', { context: tab, url: `${ORIGIN}/reader.html?clip=${harbour.id}`, wait: 'complete' });
    await waitFor(async () => (await text('h1')) === 'Harbour cranes idle', 'the clipping in B\'s reader');
    await evaluate(
      tab,
      `(() => { const w = document.createTreeWalker(document.querySelector('.reader-body'), NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) { const at = n.data.indexOf('cranes idle'); if (at < 0) continue;
          const r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + 'cranes idle'.length);
          getSelection().removeAllRanges(); getSelection().addRange(r); return true; } throw new Error('no quote'); })()`,
    );
    await waitFor(async () => (await evaluate(tab, `!!document.querySelector('.cr-selection-toolbar')`)).value === true, 'the selection toolbar');
    await clickElement(firefox, tab, '.cr-swatch-green');
    await waitFor(async () => (await clippingsOnB(firefox, tab)).find((c) => c.id === harbour.id)!.highlights.length === 1, 'the highlight stored on B');
    expect((await evaluate(tab, `browser.runtime.sendMessage({ type: 'update-clipping', id: ${harbour.id}, note: 'Ask the union' }).then((r) => r.ok)`)).value).toBe(true);

    await bidi.send('browsingContext.navigate', { context: tab, url: `${ORIGIN}/library.html`, wait: 'complete' });
    await waitFor(async () => (await text('.cr-sync summary')) === 'Sync: on', 'B\'s Sync panel');
    await evaluate(tab, `document.querySelector('.cr-sync').open = true`);
    await syncB();
    await syncNow(a.library);
    const onA = (await clippings(a.library)).find((c) => c.title === 'Harbour cranes idle')!;
    expect(onA.note).toBe('Ask the union');
    expect(onA.highlights).toHaveLength(1);
    expect(onA.highlights[0]).toMatchObject({ color: 'green', quote: { exact: 'cranes idle' } });
    const b = (await clippingsOnB(firefox, tab)).find((c) => c.title === 'Harbour cranes idle')!;
    expect(onA.highlights).toEqual(b.highlights);

    // Turn off on B: the origin Firefox granted is revoked, the password forgotten, the library kept.
    await evaluate(tab, `[...document.querySelectorAll('.cr-sync button')].find((b) => b.textContent === 'Turn off').click()`);
    await waitFor(async () => (await text('.cr-sync summary')) === 'Sync', 'sync off in Firefox');
    expect((await evaluate(tab, `browser.permissions.contains({ origins: ['http://localhost/*'] })`)).value).toBe(false);
    expect((await evaluate(tab, `browser.storage.local.get(null).then((s) => JSON.stringify(s))`)).value).not.toContain(COUCH_PASSWORD);
    expect((await clippingsOnB(firefox, tab)).map((c) => c.title).sort()).toEqual(['Harbour cranes idle', 'Tram line opens']);
  } finally {
    firefox.close();
    await a.context.close();
    await couch.stop();
  }
});
