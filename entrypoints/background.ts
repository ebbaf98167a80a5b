import { libraryHandlers, markHandlers } from '@/utils/background/library-handlers';
import { readerLaunch } from '@/utils/background/reader-launch';
import { registerBackground } from '@/utils/background/registry';
import { saveEntryPoints } from '@/utils/background/save-entry-points';
import { createSyncController } from '@/utils/background/sync';
import { sendEvent } from '@/utils/browser/events';
import type { Handlers } from '@/utils/browser/messages';
import { watchLibraryCommits } from '@/utils/clippings/changes';
import { ClippingsDb } from '@/utils/clippings/db';
import { resumeIndexing } from '@/utils/clippings/index-later';
import { saveClipping } from '@/utils/clippings/store';
import { keyFactsOf } from '@/utils/keyfacts/request';

// The single writer of clippings: every surface saves through these messages. It also computes key
// facts, so that the extractor is not part of the popup's or the reader's bundle. Features (menus,
// commands) plug in through utils/background/registry.ts.

/**
 * A long text's words left to index by a worker or browser stopped between two parts (utils/clippings/index-later.ts)
 * are written this long after the worker starts: not before the message that woke it, which it answers first.
 */
const RESUME_INDEXING_AFTER_MS = 1_000;

export default defineBackground(() => {
  const db = new ClippingsDb();
  // Every committed write to clippings, whoever made it here: open libraries read their page again (once a
  // running sync is done, not after each of its batches).
  const commits = watchLibraryCommits(() => void sendEvent('library-changed', {}));
  const sync = createSyncController(commits.hold);
  registerBackground({
    handlers: {
      'save-clipping': ({ draft }) => saveClipping(db, draft),
      ...libraryHandlers(db),
      ...markHandlers(db),
      'key-facts': keyFactsOf,
      'sync-enable': (request) => sync.enable(request),
      'sync-now': () => sync.now(),
      'sync-disable': () => sync.disable(),
      'sync-retry-refused': () => sync.retryRefused(),
    } satisfies Handlers,
    features: [saveEntryPoints(db), readerLaunch()],
  });
  setTimeout(() => void resumeIndexing(db).catch((error: unknown) => console.warn('Clean Reader: indexing left over failed', error)), RESUME_INDEXING_AFTER_MS);
});
