import { libraryHandlers, markHandlers } from '@/utils/background/library-handlers';
import { readerLaunch } from '@/utils/background/reader-launch';
import { registerBackground } from '@/utils/background/registry';
import { saveEntryPoints } from '@/utils/background/save-entry-points';
import { saveSelectionOfTab } from '@/utils/background/save-from-page';
import { createSyncController } from '@/utils/background/sync';
import { sendEvent } from '@/utils/browser/events';
import type { Handlers } from '@/utils/browser/messages';
import { watchLibraryCommits } from '@/utils/clippings/changes';
import { clippingsDb, LIBRARY_MARK_TIMING, writeLibraryMark } from '@/utils/browser/library-mark';
import { saveClipping } from '@/utils/clippings/store';
import { keyFactsOf } from '@/utils/keyfacts/request';

// The single writer of clippings: every surface saves through these messages. It also computes key
// facts, so that the extractor is not part of the popup's or the reader's bundle. Features (menus,
// commands) plug in through utils/background/registry.ts.
export default defineBackground(() => {
  const db = clippingsDb();
  // Every committed write to clippings, whoever made it here: open libraries read their page again (once a
  // running sync is done, not after each of its batches).
  const commits = watchLibraryCommits(() => void sendEvent('library-changed', {}));
  // And, less promptly, the library's mark outside IndexedDB (its count and last save: what a library the browser
  // dropped is noticed by, utils/browser/library-mark.ts).
  watchLibraryCommits(() => {
    writeLibraryMark(db).catch((error: unknown) => console.warn('Clean Reader: could not write the library mark', error));
  }, LIBRARY_MARK_TIMING);
  const sync = createSyncController(commits.hold);
  registerBackground({
    handlers: {
      'save-clipping': ({ draft }) => saveClipping(db, draft),
      'save-selection': ({ tabId, selectionText }) => saveSelectionOfTab(db, tabId, selectionText),
      ...libraryHandlers(db),
      ...markHandlers(db),
      'key-facts': keyFactsOf,
      'sync-enable': (request) => sync.enable(request),
      'sync-now': () => sync.now(),
      'sync-disable': () => sync.disable(),
      'sync-retry-refused': () => sync.retryRefused(),
      'sync-credentials': (request) => sync.changeCredentials(request),
    } satisfies Handlers,
    features: [saveEntryPoints(db), readerLaunch()],
  });
});
