import { ClippingsDb } from '@/utils/clippings/db';
import { libraryHandlers, markHandlers } from '@/utils/clippings/handlers';
import { saveClipping } from '@/utils/clippings/store';
import { registerSaveEntryPoints } from '@/utils/context-menus';
import { keyFactsOf } from '@/utils/keyfacts/request';
import { createMessageListener, type Handlers } from '@/utils/messages';
import { registerReaderLaunch } from '@/utils/reader-launch';

// The single writer of clippings: every surface saves through these messages. It also computes key
// facts, so that the extractor is not part of the popup's or the reader's bundle.
export default defineBackground(() => {
  const db = new ClippingsDb();
  browser.runtime.onMessage.addListener(
    createMessageListener({
      'save-clipping': ({ draft }) => saveClipping(db, draft),
      ...libraryHandlers(db),
      ...markHandlers(db),
      'key-facts': keyFactsOf,
    } satisfies Handlers),
  );
  registerSaveEntryPoints(db);
  registerReaderLaunch();
});
