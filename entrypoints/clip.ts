import { articleDraft, selectionDraft } from '@/utils/clipping-draft';
import { extractArticle } from '@/utils/extract';
import { readMetadata } from '@/utils/extract/metadata';
import { sanitizeHtml } from '@/utils/sanitize';
import { errorMessage } from '@/utils/error-message';
import type { ClipMode, ClipResult } from '@/utils/background/save-from-page';

// Injected on demand by saves the background starts (context menu, keyboard command). The background
// has no DOM, so this script extracts or reads the selection AND sanitizes here, returning a draft.
// It carries DOMPurify; extract.js (the popup's, size-bound) does not. An unlisted script like extract.js:
// a content script would bring WXT's wrapper and the polyfill, which a page's globals can break. `main` is
// exported by name: the build's entry calls it so (script-minify.ts's bareInjectedEntry).
export function main(): ClipResult {
  const { mode, selectionText } = takeOptions();
  try {
    if (mode === 'selection') return clipSelection(selectionText);
    const result = extractArticle(document, { force: true });
    return result.ok ? { ok: true, draft: articleDraft(result.article) } : { ok: false, reason: result.reason, detail: result.detail };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: errorMessage(error) };
  }
}

export default defineUnlistedScript({ main });

/** Own, plain, checked options only: the page's DOM can clobber globals of this world (see extract.ts). */
function takeOptions(): { mode: ClipMode; selectionText?: string } {
  const own = Object.getOwnPropertyDescriptor(globalThis, '__cleanReaderClipOptions')?.value as unknown;
  globalThis.__cleanReaderClipOptions = undefined;
  if (!own || typeof own !== 'object' || Object.getPrototypeOf(own) !== Object.prototype) return { mode: 'page' };
  const { mode, selectionText } = own as Record<string, unknown>;
  return { mode: mode === 'selection' ? 'selection' : 'page', ...(typeof selectionText === 'string' ? { selectionText } : {}) };
}

function clipSelection(menuText?: string): ClipResult {
  const selection = window.getSelection();
  let text = selection?.toString() ?? '';
  let html = '';
  if (selection && !selection.isCollapsed && text.trim()) {
    // Serialised in an inert document: nothing in the selection loads or runs while we read it.
    const holder = document.implementation.createHTMLDocument('').createElement('div');
    for (let i = 0; i < selection.rangeCount; i++) holder.append(selection.getRangeAt(i).cloneContents());
    html = sanitizeHtml(holder.innerHTML);
  } else {
    // A selection in a text field or a frame: the menu's own copy of the text.
    text = menuText ?? '';
  }
  if (!text.trim()) return { ok: false, reason: 'no-selection' };
  // The page's own metadata, read as the extractor reads it (JSON-LD, then meta tags).
  const meta = readMetadata(document, location.href);
  return {
    ok: true,
    draft: selectionDraft({
      url: location.href,
      canonicalUrl: meta.canonicalUrl ?? location.href,
      title: meta.title || document.title || location.href,
      siteName: meta.siteName,
      byline: meta.byline,
      publishedTime: meta.publishedTime,
      lang: meta.lang,
      dir: meta.dir,
      text,
      html,
    }),
  };
}
