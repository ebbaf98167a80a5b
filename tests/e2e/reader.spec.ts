import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, screenshot, storedClippings, tabIdOf, test } from './fixtures';
import type { PageServer } from './server';

const TITLE = 'Pakistan, China strengthen digital cooperation with focus on 5G, AI, and data centres';
const THEMES = ['light', 'sepia', 'dark', 'contrast'] as const;

test.beforeEach(async ({ worker }) => {
  await worker.evaluate(() => chrome.storage.sync.clear());
});

interface ReaderCtx {
  extContext: BrowserContext;
  server: PageServer;
  worker: Worker;
  extensionId: string;
}

/** A fixture page in a tab, and a reader tab reading it (`?tabId=N`); `prepare` runs before the reader loads. */
async function openReaderOn({ extContext, server, worker, extensionId }: ReaderCtx, pageName: string, prepare?: (reader: Page) => Promise<void>) {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/${pageName}`);
  const tabId = await tabIdOf(worker, page.url());
  const reader = await extContext.newPage();
  await prepare?.(reader);
  await reader.goto(`chrome-extension://${extensionId}/reader.html?tabId=${tabId}`);
  return { page, reader, tabId };
}

/** The demo article in a reader tab, opened as a reader opens it: the popup's Read button. */
async function openReaderFromPopup(page: Page, openPopupFor: (p: Page) => Promise<Page>): Promise<Page> {
  const popup = await openPopupFor(page);
  await expect(popup.locator('h1')).toHaveText(TITLE);
  const [reader] = await Promise.all([page.context().waitForEvent('page'), popup.getByRole('button', { name: 'Read', exact: true }).click()]);
  await expect(reader.locator('.reader-title')).toHaveText(TITLE);
  if (!popup.isClosed()) await popup.close();
  return reader;
}

async function pickTheme(reader: Page, label: string) {
  if (!(await reader.getByRole('dialog').isVisible())) await reader.getByRole('button', { name: 'Text and theme' }).click();
  await reader.getByRole('dialog').getByLabel(label, { exact: true }).check();
}

test('Read opens the article in a reader tab, handed over without its content in the URL', async ({ extContext, server, openPopupFor }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/profit-digital-cooperation.html`);
  const reader = await openReaderFromPopup(page, openPopupFor);
  expect(reader.url()).toMatch(/reader\.html\?article=[\w-]+$/);
  await expect(reader.locator('.reader-body p')).toHaveCount(5);
  await expect(reader.locator('.reader-site a')).toHaveAttribute('href', `${server.origin}/profit-digital-cooperation.html`);
  await expect(reader.locator('.cr-meta-byline')).toHaveText('News Desk');
  await expect(reader.getByRole('main')).toBeVisible();
  await expect(reader.getByRole('link', { name: 'Skip to the article' })).toBeAttached();

  // A reload still finds the handed-over article.
  await reader.reload();
  await expect(reader.locator('.reader-title')).toHaveText(TITLE);

  for (const theme of THEMES) {
    await reader.evaluate((t) => chrome.storage.sync.set({ readerSettings: { theme: t } }), theme);
    await expect(reader.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page: reader }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await screenshot(reader, `reader-${theme}`);
  }
  await reader.close();
  await page.close();
});

test('theme and size persist across a reload and reach other reader tabs', async ({ extContext, server, worker, extensionId }) => {
  const { page, reader, tabId } = await openReaderOn({ extContext, server, worker, extensionId }, 'profit-digital-cooperation.html');
  await expect(reader.locator('.reader-title')).toHaveText(TITLE);
  const other = await extContext.newPage();
  await other.goto(`chrome-extension://${extensionId}/reader.html?tabId=${tabId}`);
  await expect(other.locator('.reader-title')).toHaveText(TITLE);

  await reader.bringToFront();
  await pickTheme(reader, 'Sepia');
  await reader.keyboard.press('Escape');
  await expect(reader.getByRole('dialog')).toBeHidden();
  await reader.locator('.reader-title').click();
  await reader.keyboard.press('+');
  await reader.keyboard.press('+');
  await expect(reader.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await expect.poll(() => reader.evaluate(() => getComputedStyle(document.querySelector('.reader-main')!).fontSize)).toBe('22px');
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'sepia');

  await reader.reload();
  await expect(reader.locator('.reader-title')).toHaveText(TITLE);
  await expect(reader.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await expect.poll(() => reader.evaluate(() => getComputedStyle(document.querySelector('.reader-main')!).fontSize)).toBe('22px');
  await Promise.all([reader.close(), other.close(), page.close()]);
});

test('on a phone at the largest settings nothing runs off the window: the title fits its longest word', async ({ extContext, server, worker, extensionId }) => {
  const { page, reader } = await openReaderOn({ extContext, server, worker, extensionId }, 'profit-digital-cooperation.html', (r) => r.setViewportSize({ width: 390, height: 844 }));
  await expect(reader.locator('.reader-title')).toHaveText(TITLE);
  await reader.evaluate(() => chrome.storage.sync.set({ readerSettings: { size: 32, width: 90, letterSpacing: 0.12, wordSpacing: 0.3, font: 'readable' } }));
  await expect.poll(() => reader.evaluate(() => getComputedStyle(document.querySelector('.reader-main')!).fontSize)).toBe('32px');
  expect(await reader.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  const title = await reader.locator('.reader-title').evaluate((h) => h.getBoundingClientRect().right);
  expect(title).toBeLessThanOrEqual(390);
  // No word of the title is cut across two lines (Chromium has no hyphenation dictionary offline: it broke
  // "strengthen" after its ninth letter, with no hyphen); the title stays at least as large as the text.
  const broken = await reader.locator('.reader-title').evaluate((h) => {
    const text = h.firstChild!;
    const cut: string[] = [];
    for (const m of text.textContent!.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      if (new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size > 1) cut.push(m[0]);
    }
    return cut;
  });
  expect(broken).toEqual([]);
  expect(await reader.locator('.reader-title').evaluate((h) => parseFloat(getComputedStyle(h).fontSize))).toBeGreaterThanOrEqual(32);
  await screenshot(reader, 'reader-phone-largest');
  await reader.close();
  await page.close();
});

test('a right-to-left article reads right to left', async ({ extContext, server, worker, extensionId }) => {
  const { page, reader } = await openReaderOn({ extContext, server, worker, extensionId }, 'urdu-digital-cooperation.html');
  await expect(reader.locator('main')).toHaveAttribute('dir', 'rtl');
  await expect(reader.locator('main')).toHaveAttribute('lang', 'ur');
  await expect(reader.locator('.cr-meta-byline')).toHaveText('نیوز ڈیسک');
  expect(await reader.locator('.reader-body p').first().evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
  // The UI's own words (reading time) stay in the UI's order inside the right-to-left header.
  await expect(reader.locator('.reader-byline bdi[dir="ltr"]').first()).toHaveText('1 min read');
  // The reading-progress bar grows from the right.
  expect(await reader.locator('.reader-progress > div').evaluate((bar) => getComputedStyle(bar).transformOrigin.split(' ')[0])).not.toBe('0px');
  await screenshot(reader, 'reader-rtl');
  // The link to the original page, beside the date, tells itself from the text by more than colour, in every theme.
  for (const theme of THEMES) {
    await reader.evaluate((t) => chrome.storage.sync.set({ readerSettings: { theme: t } }), theme);
    await expect(reader.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page: reader }).include('.reader-head').analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
  }
  // Everything on the page sits in a landmark (the reading-progress bar too), and the bar still spans the window;
  // the headings skip no level (the key facts' own heading is there for screen readers, under the summary).
  await reader.setViewportSize({ width: 1280, height: 800 });
  await expect(reader.locator('.reader-facts details')).toHaveAttribute('open', '');
  await expect(reader.locator('.reader-facts .cr-facts-label').first()).toBeVisible();
  // A side panel shorter than the window has no scroll bar of its own (a hidden status line's margin made one).
  expect(await reader.locator('.reader-facts').evaluate((aside) => [aside.clientHeight < innerHeight - 96, aside.scrollHeight - aside.clientHeight])).toEqual([true, 0]);
  const landmarks = await new AxeBuilder({ page: reader }).withRules(['region', 'landmark-one-main', 'heading-order']).analyze();
  expect(landmarks.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  expect(await reader.locator('.reader-progress').evaluate((bar) => [bar.getBoundingClientRect().top, bar.getBoundingClientRect().width === document.documentElement.clientWidth])).toEqual([0, true]);
  await reader.close();
  await page.close();
});

test('read aloud speaks sentence by sentence and highlights the one being read', async ({ extContext, server, worker, extensionId }) => {
  const { page, reader } = await openReaderOn({ extContext, server, worker, extensionId }, 'profit-digital-cooperation.html', async (reader) => {
    await reader.addInitScript(() => {
      // A stand-in for the speech engine: it records what it is asked to say and starts it at once.
      const spoken: string[] = [];
      Object.assign(window, { __spoken: spoken });
      const fake = {
        speaking: false,
        getVoices: () => [],
        addEventListener() {},
        removeEventListener() {},
        cancel() {},
        pause() {},
        resume() {},
        speak(u: SpeechSynthesisUtterance) {
          spoken.push(u.text);
          u.onstart?.(new Event('start') as SpeechSynthesisEvent);
        },
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake });
    });
  });
  await reader.getByRole('button', { name: 'Listen' }).click();
  await expect(reader.getByRole('button', { name: 'Pause' })).toBeVisible();
  const spoken = (await reader.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)) as string[];
  expect(spoken[0]).toMatch(/^A high-level delegation from China Mobile/);
  const highlighted = () => reader.evaluate(() => CSS.highlights.get('cr-sentence')?.values().next().value?.toString() ?? null);
  await expect.poll(highlighted).toMatch(/^A high-level delegation/);
  await reader.getByRole('button', { name: 'Stop' }).click();
  await expect.poll(highlighted).toBeNull();
  await reader.close();
  await page.close();
});

test('Save highlight stores the selection with a text-fragment link, and ?clip=ID reopens it', async ({ extContext, server, worker, extensionId }) => {
  const { page, reader } = await openReaderOn({ extContext, server, worker, extensionId }, 'profit-digital-cooperation.html');
  await expect(reader.getByRole('button', { name: 'Save highlight' })).toBeDisabled();
  await reader.locator('.reader-body p').nth(2).evaluate((p) => {
    const text = p.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 'The discussions centred around the development of AI-enabled'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await reader.getByRole('button', { name: 'Save highlight' }).click();
  await expect(reader.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const clip = (await storedClippings(worker)).find((c) => c.kind === 'selection' && String(c.text).startsWith('The discussions centred'));
  expect(clip).toMatchObject({ title: TITLE, url: `${server.origin}/profit-digital-cooperation.html` });
  expect(String(clip!.textFragmentUrl)).toBe(
    `${server.origin}/profit-digital-cooperation.html#:~:text=The%20discussions%20centred%20around%20the%20development%20of%20AI%2Denabled`,
  );

  await reader.goto(`chrome-extension://${extensionId}/reader.html?clip=${clip!.id}`);
  await expect(reader.locator('.reader-title')).toHaveText(TITLE);
  await expect(reader.locator('.reader-body')).toHaveText('The discussions centred around the development of AI-enabled');
  await expect(reader.locator('.reader-site a')).toHaveAttribute('href', /#:~:text=/);
  // Already in the library: no Save that would overwrite it with itself.
  await expect(reader.getByText('In your library')).toBeVisible();
  await expect(reader.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await reader.close();
  await page.close();
});

test('a clipping that no longer exists gets a clear message', async ({ extContext, extensionId }) => {
  const reader = await extContext.newPage();
  await reader.goto(`chrome-extension://${extensionId}/reader.html?clip=987654`);
  await expect(reader.getByRole('alert')).toContainText('no longer here');
  // the way back: the library, in this tab (a tab opened from a popup has no Back to it)
  await reader.getByRole('link', { name: 'Go to your library' }).click();
  await expect(reader).toHaveURL(`chrome-extension://${extensionId}/library.html`);
  await expect(reader.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
  await reader.close();
});

test('key facts sit beside the article; clicking one highlights its sentence', async ({ extContext, server, worker, extensionId }) => {
  const { page, reader } = await openReaderOn({ extContext, server, worker, extensionId }, 'profit-digital-cooperation.html', async (reader) => {
    await reader.setViewportSize({ width: 1280, height: 860 });
  });
  const facts = reader.getByRole('complementary', { name: 'Key facts' });
  await expect(facts).toContainText('Yang Jie');
  await expect(facts).toContainText('CMCC');
  const box = await facts.boundingBox();
  const main = await reader.locator('.reader-main').boundingBox();
  expect(box!.x).toBeGreaterThan(main!.x + main!.width - 1);
  await screenshot(reader, 'reader-wide');
  await facts.getByRole('button', { name: /Shaza Fatima Khawaja/ }).first().click();
  await expect
    .poll(() => reader.evaluate(() => CSS.highlights.get('cr-sentence')?.values().next().value?.toString() ?? null))
    .toMatch(/^The delegation met with Federal Minister/);
  await screenshot(reader, 'reader-wide-facts');

  // Key facts, the highlighted sentence and the open settings panel pass axe in every theme.
  await reader.getByRole('button', { name: 'Text and theme' }).click();
  await expect(reader.getByRole('dialog')).toBeVisible();
  for (const theme of THEMES) {
    await reader.evaluate((t) => chrome.storage.sync.set({ readerSettings: { theme: t } }), theme);
    await expect(reader.locator('html')).toHaveAttribute('data-theme', theme);
    // the rest of the page is checked in every theme by the first test
    const results = await new AxeBuilder({ page: reader }).include('.reader-facts').include('.reader-panel').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
  await reader.keyboard.press('Escape');
  await expect(reader.getByRole('dialog')).toBeHidden();
  await expect(reader.getByRole('button', { name: 'Text and theme' })).toBeFocused();

  // A narrow window folds the facts above the article, closed.
  await reader.setViewportSize({ width: 700, height: 860 });
  await reader.reload();
  await expect(facts.locator('summary')).toBeVisible();
  await expect(facts.locator('details')).not.toHaveAttribute('open', '');
  // Both measured in one frame: the reload restores the reading position, which may scroll between two reads.
  const [factsTop, mainTop] = await reader.evaluate(() => ['.reader-facts', '.reader-main'].map((s) => document.querySelector(s)!.getBoundingClientRect().top));
  expect(factsTop).toBeLessThan(mainTop!);
  // ...and first in the Tab order: a reader who tabs meets them before the article's links, as a sighted one does.
  const tabOrder = await reader.evaluate(() => {
    const summary = document.querySelector('.reader-facts summary')!;
    const link = document.querySelector('.reader-main a[href]')!;
    return summary.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING ? 'facts first' : 'links first';
  });
  expect(tabOrder).toBe('facts first');

  // Printing gives the article alone, black on white, whatever the theme.
  await reader.evaluate(() => chrome.storage.sync.set({ readerSettings: { theme: 'dark' } }));
  await expect(reader.locator('html')).toHaveAttribute('data-theme', 'dark');
  await reader.emulateMedia({ media: 'print' });
  await expect(reader.locator('.reader-toolbar')).toBeHidden();
  await expect(facts).toBeHidden();
  expect(await reader.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.reader-body')!).color])).toEqual([
    'rgb(255, 255, 255)',
    'rgb(0, 0, 0)',
  ]);
  await reader.emulateMedia({ media: 'screen' });
  await reader.close();
  await page.close();
});

test('beside a tall key-facts panel the highlights hint is in view, not below the side panel\'s own scroll', async ({ extContext, server, worker, extensionId }) => {
  // a laptop's window: the demo's facts are taller than the side panel
  const { page, reader } = await openReaderOn({ extContext, server, worker, extensionId }, 'profit-digital-cooperation.html', (r) => r.setViewportSize({ width: 1280, height: 720 }));
  const aside = reader.getByRole('complementary', { name: 'Key facts' });
  await expect(aside).toContainText('CMCC');
  const hint = aside.getByText('Select text in the article to highlight it');
  await expect(hint).toBeAttached();
  await screenshot(reader, 'reader-wide-marks-hint');
  // wholly inside the side panel's visible box and the window, with nothing scrolled
  const seen = await hint.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const panel = el.closest('.reader-facts')!.getBoundingClientRect();
    return box.height > 0 && box.top >= panel.top && box.bottom <= Math.min(panel.bottom, innerHeight) + 0.5;
  });
  expect(seen).toBe(true);
  await reader.close();
  await page.close();
});

test('printed from any theme, highlights and the page\'s own marks keep the light colours that black text reads on', async ({ extContext, server, worker, extensionId }) => {
  const { page, reader } = await openReaderOn({ extContext, server, worker, extensionId }, 'profit-digital-cooperation.html');
  await expect(reader.locator('.reader-title')).toHaveText(TITLE);
  const colours = () => reader.evaluate(() => ['--hl-yellow', '--hl-green', '--hl-blue', '--hl-pink', '--r-mark'].map((name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim()));
  const light = await colours();
  await reader.emulateMedia({ media: 'print' });
  for (const theme of THEMES) {
    await reader.evaluate((t) => chrome.storage.sync.set({ readerSettings: { theme: t } }), theme);
    await expect(reader.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await colours(), theme).toEqual(light);
  }
  // On screen each theme keeps its own.
  await reader.emulateMedia({ media: 'screen' });
  expect(await colours()).not.toEqual(light);
  await reader.close();
  await page.close();
});

test('figures, tables, code and lists keep to the measure: images scaled and lazy, wide tables scroll sideways', async ({ extContext, server, worker, extensionId }) => {
  const { page, reader } = await openReaderOn({ extContext, server, worker, extensionId }, 'reader-typography.html');
  await expect(reader.locator('.reader-title')).toHaveText('How the harbour town rebuilt its tide tables');
  const body = reader.locator('.reader-body');
  const measure = await body.evaluate((b) => b.clientWidth);
  const img = body.locator('figure img');
  await expect(img).toHaveAttribute('loading', 'lazy');
  expect((await img.boundingBox())!.width).toBeLessThanOrEqual(measure + 0.5);
  await expect(body.locator('figcaption')).toContainText('granite steps at low water');
  // the table scrolls in its own box (components/ArticleBody.tsx wraps it), which lies in the measure
  const table = await body.locator('.cr-table-scroll').evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth, overflow: getComputedStyle(box).overflowX }));
  expect(table.overflow).toBe('auto');
  expect(table.scroll).toBeGreaterThan(table.client);
  expect(await reader.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  expect(await body.locator('pre').evaluate((p) => [getComputedStyle(p).whiteSpace, p.textContent])).toEqual([
    'pre',
    'for (const c of constituents) {\n  height += c.amplitude * Math.cos(c.speed * hours + c.phase);\n}',
  ]);
  await expect(body.locator('blockquote')).toBeVisible();
  await expect(body.locator('ol > li')).toHaveCount(3);
  // About 60–75 characters a line at the default settings.
  const perLine = await body.locator('p').evaluateAll((ps) => {
    // characters per full line, over the article's paragraphs
    let chars = 0;
    let lines = 0;
    for (const p of ps) {
      const range = document.createRange();
      range.selectNodeContents(p);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size < 2) continue;
      chars += (p.textContent ?? '').length;
      lines += tops.size - 0.5; // the last line is half full on average
    }
    return chars / lines;
  });
  expect(perLine).toBeGreaterThan(60);
  expect(perLine).toBeLessThan(76);
  await reader.close();
  await page.close();
});
