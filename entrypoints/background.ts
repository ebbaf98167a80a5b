import { ClippingsDb } from '@/utils/clippings/db';
import { libraryHandlers } from '@/utils/clippings/handlers';
import { saveClipping } from '@/utils/clippings/store';
import { registerSaveEntryPoints } from '@/utils/context-menus';
import { keyFactsOf } from '@/utils/keyfacts/request';
import { createMessageListener, type Handlers } from '@/utils/messages';
import { registerReaderLaunch } from '@/utils/reader-launch';
import { createSyncController } from '@/utils/sync/controller';

// The single writer of clippings: every surface saves through these messages. It also computes key
// facts, so that the extractor is not part of the popup's or the reader's bundle.
export default defineBackground(() => {
  const db = new ClippingsDb();
  const sync = createSyncController();
  browser.runtime.onMessage.addListener(
    createMessageListener({
      'save-clipping': ({ draft }) => saveClipping(db, draft),
      ...libraryHandlers(db),
      'key-facts': keyFactsOf,
      'sync-enable': (request) => sync.enable(request),
      'sync-now': () => sync.now(),
      'sync-disable': () => sync.disable(),
    } satisfies Handlers),
  );
  registerSaveEntryPoints(db);
  registerReaderLaunch();
});
