// The popup in firefox-esr, timed as in Chromium: the corpus pages in one tab, the popup page opened for
// that tab in a window of its own (the e2e build, installed as a temporary add-on over WebDriver BiDi), its
// marks read when it has painted; an empty page of a second, empty add-on gives Firefox's floor.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FIREFOX, FIREFOX_E2E_BUILD, launchFirefox, ORIGIN, type Firefox } from '../tests/e2e/firefox';
import { waitFor } from '../tests/e2e/protocol-client';
import { POPUP_PHASES } from '../utils/perf-marks';
import { makeFloorExtension } from './bench-floor';
import { readPhasesScript, type PhaseSample } from './bench-popup-phases';

const FLOOR_ID = 'floor@clean-reader.dev';
const FLOOR_UUID = '8d3b1f0e-2c4a-4e59-9f7d-5a6b0c1e2d34';

export interface FirefoxRun {
  popupMs: number[];
  floorMs: number[];
  phases: PhaseSample[];
  outcomes: Map<string, number>;
}

/** Times the popup over the pages in firefox-esr; null when firefox-esr or the e2e build is missing. */
export async function benchFirefox(urls: string[]): Promise<FirefoxRun | null> {
  if (!existsSync(FIREFOX) || !existsSync(path.join(FIREFOX_E2E_BUILD, 'manifest.json'))) return null;
  const firefox = await launchFirefox({ [FLOOR_ID]: FLOOR_UUID });
  try {
    const { bidi, evaluate } = firefox;
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_E2E_BUILD } });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: makeFloorExtension({ manifest_version: 2, browser_specific_settings: { gecko: { id: FLOOR_ID } } }) } });
    const { contexts } = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { maxDepth: 0 });
    const pageTab = contexts[0]!.context;
    // A window of its own, as in Chromium (bench-popup.ts): the article's tab stays the selected one of its window.
    const popupTab = (await bidi.send<{ context: string }>('browsingContext.create', { type: 'window' })).context;
    await bidi.send('browsingContext.setViewport', { context: popupTab, viewport: { width: 440, height: 600 } });
    const run: FirefoxRun = { popupMs: [], floorMs: [], phases: [], outcomes: new Map() };
    let tabId: number | undefined;
    for (const url of urls) {
      await bidi.send('browsingContext.navigate', { context: pageTab, url, wait: 'interactive' }).catch(() => undefined);
      if (tabId === undefined) {
        // The page's tab as Firefox's tabs API knows it, asked from one of our pages (the same tab all along).
        await bidi.send('browsingContext.navigate', { context: popupTab, url: `${ORIGIN}/popup.html?tabId=-1`, wait: 'complete' });
        tabId = (await evaluate(popupTab, `browser.tabs.query({}).then((tabs) => tabs.find((tab) => tab.url === ${JSON.stringify(url)})?.id)`)).value as number;
      }
      run.floorMs.push(await timePaint(firefox, popupTab, `moz-extension://${FLOOR_UUID}/empty.html`));
      run.popupMs.push(await timePaint(firefox, popupTab, `${ORIGIN}/popup.html?tabId=${tabId}`));
      const outcome = (await evaluate(popupTab, OUTCOME)).value as string;
      run.outcomes.set(outcome, (run.outcomes.get(outcome) ?? 0) + 1);
      if (outcome === 'article') run.phases.push(JSON.parse((await evaluate(popupTab, `JSON.stringify(${readPhasesScript()})`)).value as string) as PhaseSample);
    }
    return run;
  } finally {
    firefox.close();
  }
}

/** The article, or the title of the message the popup shows instead. */
export const OUTCOME = "document.querySelector('.cr-article-body') ? 'article' : document.querySelector('[role=alert] h1')?.textContent ?? 'other'";

async function timePaint({ bidi, evaluate }: Firefox, context: string, url: string): Promise<number> {
  await bidi.send('browsingContext.navigate', { context, url, wait: 'none' });
  const read = `performance.getEntriesByName(${JSON.stringify(POPUP_PHASES.painted)})[0]?.startTime ?? -1`;
  let ms = -1;
  await waitFor(async () => (ms = (await evaluate(context, `location.href === ${JSON.stringify(url)} ? ${read} : -1`).catch(() => ({ value: -1 }))).value as number) >= 0, `${url} painted`, 30_000);
  return ms;
}
