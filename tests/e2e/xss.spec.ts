import type { BrowserContext, Page, Request } from '@playwright/test';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articlePage, MARKER_PREFIX, vectorIdsIn, vectorPages, withTrap, XSS_VECTORS, type XssVector } from '../fixtures/xss/vectors';
import { executableContentInHtmlScript, executableContentScript } from '../unit/xss-check';
import { E2E_BUILD, expect, storedClippings, test } from './fixtures';
import { zipTexts } from './import-dialog';

// Issue #7, point 1: the XSS corpus through the whole pipeline in real Chromium. Each corpus page
// goes hostile page → popup → Save → the clipping reopened in the reader and the library → the
// Markdown/HTML exports; and every vector, unsanitized, goes into a stored clipping (a hostile
// backup, or a database written before a sanitizer fix) that the reader and library render.
//
// A test fails when any script of a vector runs (a dialog, an `XSS-` console marker, a request to
// the trap URL), when a CSP violation shows that only the CSP stopped it, when an extension page
// logs an error, when an extension page loads anything remote but an image, or when the rendered
// article body holds executable markup. The hostile pages carry a CSP of their own, so their own
// scripts (which would be the page's business, not ours) stay silent and every signal is ours.

const SURFACES = {
  reader: existsSync(path.join(E2E_BUILD, 'reader.html')),
  library: existsSync(path.join(E2E_BUILD, 'library.html')),
};
const PAGE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";
const PAGE_PREFIX = '/xss-page/';
const PAGES = vectorPages(25, XSS_VECTORS.filter((v) => !v.navigatesPage && !v.defeatsExtraction));
const TITLE = (n: number) => `Council approves riverside plan, part ${n}`;
const BODY = '.cr-article-body';

/** Everything a vector could do that we watch for, gathered over a test. */
class Watch {
  readonly problems: string[] = [];
  readonly parseTimeReports: string[] = [];
  /** Trap requests the hostile pages made themselves (a `<base>`-relative image, say): theirs, not ours. */
  readonly hostileTrapRequests: string[] = [];
  private readonly seen = new WeakSet<Page>();

  constructor(
    private readonly context: BrowserContext,
    private readonly hostileOrigin: string,
  ) {
    context.on('request', this.onRequest);
    context.on('page', this.watchPage);
    for (const page of context.pages()) this.watchPage(page);
  }

  stop() {
    this.context.off('request', this.onRequest);
    this.context.off('page', this.watchPage);
  }

  /** Hostile pages are the corpus pages on the test server; everything else is ours. */
  isHostile(url: string) {
    return url.startsWith(this.hostileOrigin + PAGE_PREFIX);
  }

  private readonly watchPage = (page: Page) => {
    if (this.seen.has(page)) return;
    this.seen.add(page);
    page.on('dialog', (dialog) => {
      this.problems.push(`dialog "${dialog.message()}" on ${page.url()}`);
      void dialog.dismiss().catch(() => {});
    });
    page.on('console', (msg) => {
      if (this.isHostile(page.url())) return;
      const text = msg.text();
      // An image refused by a CSP (the HTML export allows https: images only): images may load anyway.
      if (/^Loading the image '.*' violates the following Content Security Policy directive: "img-src/s.test(text)) return;
      if (text.includes(MARKER_PREFIX)) this.problems.push(`console marker "${text}" on ${page.url()}`);
      // Chromium reports an inline handler attribute against the extension's CSP as soon as any
      // document of the page parses one, DOMPurify's inert document included: the listener is
      // refused at parse time and nothing is attached or run (checked: the same report comes for
      // markup that is parsed and never inserted). So this report is not a sign that anything ran
      // (the rendered DOM is checked for handlers by assertInert); it is kept for the corpus tests,
      // which expect none where the extractor could strip the attributes.
      else if (/^Executing inline event handler violates/.test(text)) this.parseTimeReports.push(`${text.slice(0, 200)} on ${page.url()}`);
      else if (/Refused to (execute|load|apply|frame|connect|evaluate)/i.test(text)) this.problems.push(`CSP violation (the sanitizer let it through): "${text.slice(0, 300)}" on ${page.url()}`);
      else if (msg.type() === 'error' && !/Failed to load resource/.test(text)) this.problems.push(`console error "${text.slice(0, 300)}" on ${page.url()}`);
    });
    page.on('pageerror', (error) => {
      if (!this.isHostile(page.url())) this.problems.push(`page error "${error.message}" on ${page.url()}`);
    });
  };

  private readonly onRequest = (request: Request) => {
    const url = request.url();
    if (/^(chrome-extension|data|blob|about|file):/.test(url) || this.isHostile(url)) return;
    const initiator = initiatorOf(request);
    if (this.isHostile(initiator)) {
      if (url.includes('/trap/')) this.hostileTrapRequests.push(new URL(url).pathname);
      return;
    }
    const trap = url.includes('/trap/');
    if (trap || request.resourceType() !== 'image') {
      this.problems.push(`${trap ? 'trap' : 'remote ' + request.resourceType()} request ${url} from ${initiator}`);
    }
  };

  /**
   * Fails with every problem, each naming the vectors it came from. The server's own record of trap
   * hits is checked too, so a request the browser events missed still counts.
   */
  assertClean(where: string, trapHits: string[] = []) {
    const theirs = [...this.hostileTrapRequests];
    for (const hit of trapHits) {
      const i = theirs.indexOf(hit.split('?')[0]!);
      if (i >= 0) theirs.splice(i, 1);
      else this.problems.push(`trap hit ${hit} on the server, not from a hostile page`);
    }
    const named = this.problems.map((p) => `${p}  [vectors: ${vectorIdsIn(p).join(' ') || '?'}]`);
    expect(named, `${where}: scripts ran or remote content loaded`).toEqual([]);
  }
}

function initiatorOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    const frame = request.frame();
    return frame.page()?.url() ?? frame.url();
  } catch {
    return 'unknown';
  }
}

/** The article body of an extension page, checked for executable markup in the browser itself. */
async function assertInert(page: Page, where: string) {
  const problems = (await page.evaluate(executableContentScript(BODY))) as string[];
  expect(problems, `${where}: executable markup in the rendered article`).toEqual([]);
  // Anywhere in the page: no handler attributes, no script but our own bundles, no script URLs.
  const elsewhere = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
        if (/^\s*(javascript|vbscript|data):/i.test(attr.value) && attr.name !== 'src') found.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
      }
      if (el.localName === 'script' && !/^\/?chunks\/|^\/?[\w-]+\.js$/.test(el.getAttribute('src') ?? '')) found.push(`<script src="${el.getAttribute('src')}">`);
      // The library's own Sync form (components/library/SyncPanel.tsx) holds no page content.
      if (['iframe', 'frame', 'object', 'embed', 'base', 'form'].includes(el.localName) && !el.closest('.cr-sync')) found.push(`<${el.localName}>`);
    }
    return found;
  });
  expect(elsewhere, `${where}: executable markup in the page`).toEqual([]);
}

/** Lets lazy loads, error events and timers fire before the verdict. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 250))));
}

function missingSurface(name: keyof typeof SURFACES): string {
  return `the ${name} page promised by issue #7 is missing: no ${name}.html in ${path.relative(process.cwd(), E2E_BUILD)} (build it, or it has not landed)`;
}

test.describe.configure({ mode: 'serial' });

test('the corpus is complete and every vector is on a page', () => {
  expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(100);
  const onPages = new Set(PAGES.flat().map((v) => v.id));
  const stored = XSS_VECTORS.filter((v) => !onPages.has(v.id));
  expect(stored.every((v) => v.navigatesPage || v.defeatsExtraction), 'only page-navigating or extraction-defeating vectors stay off the pages').toBe(true);
});

test('the watch is not blind: an escape planted in an extension page is caught', async ({ extContext, server, extensionId }) => {
  server.trapHits.length = 0;
  const watch = new Watch(extContext, server.origin);
  const popup = await extContext.newPage();
  try {
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
    // What a sanitizer failure would leave in the DOM (added here by the test, not by the product).
    await popup.evaluate((trap) => {
      const body = document.createElement('div');
      body.className = 'cr-article-body';
      body.innerHTML = `<iframe src="${trap}/CANARY-frame"></iframe><link rel="stylesheet" href="${trap}/CANARY-css"><img src="x" onerror="console.log('XSS-CANARY')">`;
      document.body.append(body);
      console.log('XSS-CANARY-log');
    }, `${server.origin}/trap`);
    await settle(popup);
    await expect.poll(() => watch.problems.join('\n')).toContain('CANARY-frame');
    expect(watch.problems.join('\n')).toContain('CANARY-css');
    expect(watch.problems.join('\n')).toContain('XSS-CANARY-log');
    await expect(assertInert(popup, 'canary')).rejects.toThrow(/onerror|iframe/);
  } finally {
    watch.stop();
    await popup.close();
  }
});

for (const [index, vectors] of PAGES.entries()) {
  const n = index + 1;
  const plain = vectors.filter((v) => !v.solo).map((v) => v.id);
  const solo = vectors.filter((v) => v.solo).map((v) => v.id);
  const ids = [plain.length ? `${plain[0]}–${plain.at(-1)}` : '', ...solo].filter(Boolean).join(' + ');
  test(`corpus page ${n} (${ids}): popup, save, reader`, async ({ extContext, server, openPopupFor, extensionId, worker }) => {
    server.trapHits.length = 0;
    const watch = new Watch(extContext, server.origin);
    const trapBase = `${server.origin}/trap`;
    const pagePath = `${PAGE_PREFIX}${n}.html`;
    server.routes.set(pagePath, articlePage(vectors, { title: TITLE(n), trapBase, pageCsp: PAGE_CSP }));
    const page = await extContext.newPage();
    try {
      await page.goto(server.origin + pagePath);

      // Popup: the article, with every vector's surroundings, and nothing that runs.
      const popup = await openPopupFor(page);
      await expect(popup.locator('h1')).toContainText(TITLE(n));
      await expectSections(popup, vectors);
      await settle(popup);
      await assertInert(popup, `popup, page ${n}`);

      // Save, and the stored clipping is sanitized.
      await popup.getByRole('button', { name: 'Save' }).click();
      await expect(popup.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
      const clip = (await storedClippings(worker)).find((c) => c.url === server.origin + pagePath);
      expect(clip, 'the clipping was stored').toBeTruthy();
      const storedProblems = (await popup.evaluate(executableContentInHtmlScript(String(clip!.html)))) as string[];
      expect(storedProblems, 'the stored clipping html').toEqual([]);

      // "Read" in the popup (it closes the popup): the live article handed over to the reader tab.
      const read = popup.getByRole('button', { name: /^Read$/ }).or(popup.getByRole('link', { name: /^Read$/ }));
      if (SURFACES.reader) {
        expect(await read.count(), 'the popup offers Read (the live article in the reader)').toBeGreaterThan(0);
        const [readerTab] = await Promise.all([extContext.waitForEvent('page'), read.first().click()]);
        await readerTab.waitForLoadState();
        await expectSections(readerTab, vectors);
        await settle(readerTab);
        await assertInert(readerTab, `reader (live article), page ${n}`);
        await readerTab.close();
      }
      if (!popup.isClosed()) await popup.close();

      // The saved clipping reopened in the reader.
      if (SURFACES.reader) {
        const reader = await extContext.newPage();
        await reader.goto(`chrome-extension://${extensionId}/reader.html?clip=${clip!.id}`);
        await expectSections(reader, vectors);
        await settle(reader);
        await assertInert(reader, `reader (saved clipping), page ${n}`);
        await reader.close();
      }
      await settle(page);
      watch.assertClean(`corpus page ${n}`, server.trapHits);
      // The extractor drops event-handler attributes in the page, so our pages parse none; mutation
      // vectors grow theirs only when the serialized article is parsed again (DOMPurify's inert parse).
      if (!vectors.some((v) => v.category === 'mxss')) expect(watch.parseTimeReports, 'inline-handler reports in extension pages').toEqual([]);
    } finally {
      watch.stop();
      await page.close();
    }
  });
}

for (const vector of XSS_VECTORS.filter((v) => v.defeatsExtraction)) {
  test(`a page that defeats extraction (${vector.id}, ${vector.category}) gets a clear message, nothing runs`, async ({ extContext, server, openPopupFor }) => {
    server.trapHits.length = 0;
    const watch = new Watch(extContext, server.origin);
    const pagePath = `${PAGE_PREFIX}defeat-${vector.id}.html`;
    server.routes.set(pagePath, articlePage([vector], { title: 'Council approves riverside plan', trapBase: `${server.origin}/trap`, pageCsp: PAGE_CSP }));
    const page = await extContext.newPage();
    try {
      await page.goto(server.origin + pagePath);
      const popup = await openPopupFor(page);
      await expect(popup.getByRole('alert')).toBeVisible();
      await expect(popup.getByRole('alert').locator('h1')).toHaveText(/too large|went wrong/i);
      await settle(popup);
      await popup.close();
      watch.assertClean(`${vector.id} page`, server.trapHits);
    } finally {
      watch.stop();
      await page.close();
    }
  });
}

test('every vector, unsanitized in a stored clipping (a hostile backup), renders inert in the reader', async ({ extContext, server, extensionId }) => {
  test.skip(!SURFACES.reader && !process.env.CI, missingSurface('reader'));
  expect(SURFACES.reader, missingSurface('reader')).toBe(true);
  const watch = new Watch(extContext, server.origin);
  try {
    const id = await storeRawClipping(extContext, extensionId, server.origin, 'raw-all');
    const reader = await extContext.newPage();
    await reader.goto(`chrome-extension://${extensionId}/reader.html?clip=${id}`);
    await expect(reader.locator(BODY).first()).toContainText('Section V001');
    await settle(reader);
    await assertInert(reader, 'reader, raw clipping');
    await reader.close();
    watch.assertClean('raw clipping in the reader');
  } finally {
    watch.stop();
  }
});

test('the library lists the hostile clippings inert, and its Markdown and HTML exports carry nothing that runs', async ({ extContext, server, extensionId }) => {
  test.skip(!SURFACES.library && !process.env.CI, missingSurface('library'));
  expect(SURFACES.library, missingSurface('library')).toBe(true);
  const watch = new Watch(extContext, server.origin);
  try {
    await storeRawClipping(extContext, extensionId, server.origin, 'raw-library');
    const library = await extContext.newPage();
    await library.goto(`chrome-extension://${extensionId}/library.html`);
    await expect(library.getByText(/Council approves riverside plan|Hostile backup/).first()).toBeVisible();
    await settle(library);
    await assertInert(library, 'library list');

    // A hostile clipping opened from the list (its title links to the reader in a new tab).
    const [fromList] = await Promise.all([
      extContext.waitForEvent('page'),
      library.getByRole('link', { name: 'Hostile backup raw-library' }).first().click(),
    ]);
    await expect(fromList.locator(BODY).first()).toContainText('Section V001');
    await settle(fromList);
    await assertInert(fromList, 'library → reader');
    await fromList.close();

    // Exports: one clipping (its card's buttons), and the corpus pages' clippings (a selection).
    const exported: string[] = [];
    const check = async (kind: 'markdown' | 'folder' | 'html', what: string, click: () => Promise<void>, expected: string) => {
      const [download] = await Promise.all([library.waitForEvent('download'), click()]);
      const file = await download.path();
      exported.push(kind);
      // A folder export is a zip of Markdown files: each is checked as Markdown.
      const format = kind === 'folder' ? 'markdown' : kind;
      const text = kind === 'folder' ? [...zipTexts(file).values()].join('\n') : readFileSync(file, 'utf8');
      expect(text, `${what}: the ${format} export holds the article`).toContain(expected);
      // Raw HTML in Markdown is rendered by many Markdown viewers (code blocks and spans are shown
      // as code, and `\<` as a character); in HTML it is the page itself.
      const live = format === 'markdown' ? text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '').replace(/\\</g, '') : text;
      expect(live.match(/<script|<[a-z][^>]*\son[a-z]+\s*=|(href|src)\s*=\s*["']?\s*(javascript|vbscript|data:text)|<iframe|<object|<embed|<base|<form|<svg|<math/gi) ?? [], `${what}: ${format} export holds nothing that runs`).toEqual([]);
      if (format === 'markdown') expect(text.match(/\]\(\s*<?\s*(javascript|vbscript|data):/gi) ?? [], `${what}: no script links in Markdown`).toEqual([]);
      if (format === 'html') {
        // Opened from disk, as a user would: nothing may run or load from it.
        // (Playwright keeps downloads without an extension, which Chromium would show as text.)
        const asHtml = `${file}.html`;
        copyFileSync(file, asHtml);
        const opened = await extContext.newPage();
        await opened.goto(`file://${asHtml}`);
        expect(await opened.locator('article').count(), `${what}: the HTML export renders as HTML`).toBeGreaterThan(0);
        await settle(opened);
        const problems = (await opened.evaluate(executableContentScript('body'))) as string[];
        // The export's own contents anchors (`<article id="c1">`) are the only ids it may hold.
        expect(problems.filter((p) => p !== '<article id>'), `${what}: HTML export opened from disk`).toEqual([]);
        await opened.close();
      }
    };
    for (const format of ['markdown', 'html'] as const) {
      await check(format, 'one hostile clipping', () => library.getByRole('button', { name: `Export “Hostile backup raw-library” as ${format === 'html' ? 'HTML' : 'Markdown'}` }).click(), 'Section V001');
    }
    await library.getByLabel('Select this page').check();
    for (const format of ['folder', 'html'] as const) {
      await check(format, 'the selected clippings', () => library.getByRole('button', { name: format === 'html' ? 'Export as HTML' : 'Export as Markdown folder' }).click(), 'Section V');
    }
    expect(exported, 'the library offers Markdown and HTML export (issue #7: "Markdown/HTML export")').toEqual(['markdown', 'html', 'folder', 'html']);
    await library.close();
    watch.assertClean('library and exports');
  } finally {
    watch.stop();
  }
});

async function expectSections(page: Page, vectors: XssVector[]) {
  const body = page.locator(BODY).first();
  await expect(body).toBeVisible();
  // Polled: the popup shows the first screen first and the rest of the article a frame later.
  const missing = async () => {
    const text = await body.innerText();
    return vectors.filter((v) => !text.includes(`Section ${v.id}`)).map((v) => v.id);
  };
  await expect.poll(missing, { message: 'each vector stays identifiable by its section in the article' }).toEqual([]);
}

/** Stores every vector unsanitized, through the background's own save message. */
async function storeRawClipping(context: BrowserContext, extensionId: string, origin: string, name: string): Promise<number> {
  const html = XSS_VECTORS.map((v) => `<p>Section ${v.id}.</p>${withTrap(v.html, `${origin}/trap`)}`).join('\n');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=999999`);
  const reply = await page.evaluate(
    async ({ html, name, origin }) =>
      chrome.runtime.sendMessage({
        type: 'save-clipping',
        draft: {
          kind: 'article', url: `${origin}/backup/${name}`, canonicalUrl: `${origin}/backup/${name}`,
          title: `Hostile backup ${name}`, byline: '<img src=x onerror=alert(1)>', siteName: '<b>site</b>',
          publishedTime: null, lang: 'en', dir: 'ltr', html, text: 'Section V001', excerpt: '<script>alert(1)</script>',
          wordCount: 2, textFragmentUrl: null,
        },
      }),
    { html, name, origin },
  );
  await page.close();
  expect(reply).toMatchObject({ ok: true });
  return (reply as { value: { id: number } }).value.id;
}
