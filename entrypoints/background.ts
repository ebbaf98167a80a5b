import { ClippingsDb } from '@/utils/clippings/db';
import { saveClipping } from '@/utils/clippings/store';
import { createMessageListener } from '@/utils/messages';

// The single writer of clippings: every surface saves through these messages.
export default defineBackground(() => {
  const db = new ClippingsDb();
  browser.runtime.onMessage.addListener(
    createMessageListener({
      'save-clipping': ({ draft }) => saveClipping(db, draft),
    }),
  );
});
