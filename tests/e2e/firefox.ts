import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDir } from '../output-dir';
import { ProtocolClient } from './protocol-client';

// Debian's firefox-esr, headless, driven over WebDriver BiDi (Playwright's Firefox is a patched build
// this machine cannot download): shared by firefox.spec.ts and `npm run bench:popup`.
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_E2E_BUILD = buildDir('firefox-mv2-e2e');
export const ADDON_ID = 'clean-reader@clean-reader.dev';
const UUID = '3f0c6a52-9d1e-4b7a-8c25-0e6f4d9b1a73';
export const ORIGIN = `moz-extension://${UUID}`;
function prefs(uuids: Record<string, string>): Array<[string, string | boolean]> {
  return [
    // Firefox gives each install a random internal UUID; pinning it tells the test its pages' URLs.
    ['extensions.webextensions.uuids', JSON.stringify({ [ADDON_ID]: UUID, ...uuids })],
    // Console output of pages and extension pages on stdout (see pageErrors in firefox.spec.ts).
    ['devtools.console.stdout.content', true],
  ];
}

export type Value = { type: string; value?: unknown; sharedId?: string };

export interface Firefox {
  bidi: ProtocolClient;
  /** Everything Firefox printed so far (WebDriver BiDi reports no console entries from extension pages). */
  output(): string;
  /** Evaluates an expression in a browsing context, awaiting a promise; throws what the page threw. */
  evaluate(context: string, expression: string): Promise<Value>;
  close(): void;
}

/** Starts firefox-esr with a fresh profile and a BiDi session; `uuids` pins the internal UUIDs of other add-ons. */
export async function launchFirefox(uuids: Record<string, string> = {}): Promise<Firefox> {
  const profile = mkdtempSync(path.join(tmpdir(), 'cr-firefox-'));
  writeFileSync(path.join(profile, 'user.js'), prefs(uuids).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`).join(''));
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [firefox.stdout!, firefox.stderr!]) stream.on('data', (chunk) => (output += String(chunk)));
  const close = () => {
    firefox.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const bidi = await ProtocolClient.connect(`${await bidiAddress(firefox, () => output)}/session`);
    await bidi.send('session.new', { capabilities: {} });
    const evaluate = async (context: string, expression: string): Promise<Value> => {
      const reply = await bidi.send<{ type: string; result?: Value; exceptionDetails?: { text: string } }>('script.evaluate', {
        target: { context },
        expression,
        awaitPromise: true,
      });
      if (reply.type !== 'success') throw new Error(`${expression}: ${reply.exceptionDetails?.text}`);
      return reply.result!;
    };
    return {
      bidi,
      output: () => output,
      evaluate,
      close: () => {
        bidi.close();
        close();
      },
    };
  } catch (error) {
    close();
    throw error;
  }
}

/** Firefox prints the address it listens on once its remote agent is up. */
function bidiAddress(firefox: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const listening = () => {
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output());
      if (match) resolve(match[1]!);
    };
    // Registered after the collector of `output`, so each chunk is already in it.
    firefox.stderr!.on('data', listening);
    firefox.once('exit', (code) => reject(new Error(`firefox-esr exited (${code}) before listening:\n${output()}`)));
  });
}

/**
 * Lets Firefox save downloads into `dir` without asking; `next()` gives the path of the next download to
 * finish (WebDriver BiDi's downloadEnd, kept in order until asked for), to read what the page handed over.
 */
export async function allowDownloads(firefox: Firefox, dir: string): Promise<{ next: (ms?: number) => Promise<string> }> {
  const { bidi } = firefox;
  await bidi.send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: dir } });
  await bidi.send('session.subscribe', { events: ['browsingContext.downloadEnd'] });
  const ended: Array<string | Error> = [];
  let wake = () => {};
  bidi.on<{ status: string; filepath?: string | null; url: string }>('browsingContext.downloadEnd', (end) => {
    ended.push(end.status === 'complete' && end.filepath ? end.filepath : new Error(`the download of ${end.url}: ${end.status}`));
    wake();
  });
  // A click that starts no download fails here, with what Firefox printed, not at the test's timeout.
  const next = async (ms = 30_000): Promise<string> => {
    const deadline = Date.now() + ms;
    while (!ended.length) {
      if (Date.now() > deadline) throw new Error(`no download finished within ${ms} ms; Firefox printed:\n${firefox.output().slice(-3000)}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 1_000);
      });
    }
    const end = ended.shift()!;
    if (end instanceof Error) throw end;
    return end;
  };
  return { next };
}

/** A new tab of `width` × `height` CSS px at `url`, once loaded; its browsing context. */
export async function openTab(firefox: Firefox, url: string, viewport: { width: number; height: number }): Promise<string> {
  const { context } = await firefox.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  await firefox.bidi.send('browsingContext.setViewport', { context, viewport });
  await firefox.bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  return context;
}

/**
 * The shared browser's library made empty, from one of the extension's pages (`context`), through the background, its
 * only writer, as `emptyLibrary` does in Chromium: whatever an earlier test left in it.
 */
export async function emptyFirefoxLibrary(firefox: Firefox, context: string): Promise<void> {
  const ids = (await storedRows<{ id: number }>(firefox, context, 'clippings')).map((c) => c.id);
  if (ids.length === 0) return;
  const { value } = await firefox.evaluate(context, `browser.runtime.sendMessage({ type: 'delete-clippings', ids: ${JSON.stringify(ids)} }).then((reply) => reply.ok)`);
  if (value !== true) throw new Error(`the library was not emptied (${ids.length} clippings)`);
}

/** Every row of one of the extension's IndexedDB stores, read from one of its pages (as JSON, so plain data); none before it has one. */
export async function storedRows<T>(firefox: Firefox, context: string, store: string): Promise<T[]> {
  const { value } = await firefox.evaluate(
    context,
    `new Promise((resolve, reject) => {
      const open = indexedDB.open('clean-reader');
      // No database yet: left to the extension to create (an empty version 1 made here would hold up its upgrade), no rows.
      open.onupgradeneeded = () => open.transaction.abort();
      open.onerror = () => (open.error?.name === 'AbortError' ? resolve('[]') : reject(open.error));
      open.onsuccess = () => {
        if (!open.result.objectStoreNames.contains(${JSON.stringify(store)})) return (open.result.close(), resolve('[]'));
        const all = open.result.transaction(${JSON.stringify(store)}).objectStore(${JSON.stringify(store)}).getAll();
        all.onsuccess = () => (open.result.close(), resolve(JSON.stringify(all.result)));
        all.onerror = () => (open.result.close(), reject(all.error));
      };
    })`,
  );
  return JSON.parse(value as string) as T[];
}

/**
 * Clicks, with a real pointer, the element a page expression gives (scrolled into view first, and still, as Playwright's
 * own clicks wait for: a page that moves its content after its first paint took the press on the element beside it, the
 * pointer down on a library card and up on its title, which opened nothing): trusted input, so it counts as the user's
 * gesture.
 */
export async function clickOn(firefox: Firefox, context: string, expression: string): Promise<void> {
  const { sharedId } = await firefox.evaluate(context, `(() => { const el = ${expression}; el?.scrollIntoView({ block: 'center', behavior: 'instant' }); return el; })()`);
  if (!sharedId) throw new Error(`nothing to click: ${expression}`);
  await firefox.evaluate(context, `new Promise((resolve) => {
    const el = ${expression}, at = () => JSON.stringify(el.getBoundingClientRect());
    let last = at(), still = 0, frames = 0;
    const look = () => { const now = at(); still = now === last ? still + 1 : 0; last = now; if (still >= 3 || ++frames > 60) resolve(true); else requestAnimationFrame(look); };
    requestAnimationFrame(look);
  })`);
  const press = [
    { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
    { type: 'pointerDown', button: 0 },
    { type: 'pointerUp', button: 0 },
  ];
  await firefox.bidi.send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', actions: press }] });
}

/** Clicks the element `selector` finds in `context`, as clickOn does. */
export function clickElement(firefox: Firefox, context: string, selector: string): Promise<void> {
  return clickOn(firefox, context, `document.querySelector(${JSON.stringify(selector)})`);
}

/**
 * Answers the add-on's permission prompt (the doorhanger Firefox shows for `permissions.request`) as the
 * reader does, with its Allow button, once it is shown; returns what the prompt says it grants. The prompt
 * is in the browser's own window, which BiDi reaches because launchFirefox passes --remote-allow-system-access.
 */
export async function allowPermissionPrompt(firefox: Firefox): Promise<string> {
  const { contexts } = await firefox.bidi.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window among the chrome contexts');
  const prompt = `document.getElementById('addon-webext-permissions-notification')`;
  const shown = async () => (await firefox.evaluate(window.context, `PopupNotifications.panel.state === 'open' && !!${prompt} && !${prompt}.hidden`)).value === true;
  for (const end = Date.now() + 20_000; !(await shown()); await new Promise((resolve) => setTimeout(resolve, 150))) {
    if (Date.now() > end) throw new Error('no permission prompt was shown');
  }
  const text = (await firefox.evaluate(window.context, `${prompt}.textContent.replace(/\\s+/g, ' ')`)).value as string;
  const allow = (await firefox.evaluate(window.context, `${prompt}.button.label`)).value;
  if (allow !== 'Allow') throw new Error(`the prompt's main button says ${String(allow)}, not Allow`);
  await firefox.evaluate(window.context, `${prompt}.button.click()`);
  return text;
}
