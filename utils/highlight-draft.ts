// A highlight made in the reader. Apart from clipping-draft.ts so that only the reader's bundle has it.
import type { ClippingDraft } from './clippings/types';
import { selectionDraft } from './clipping-draft';
import type { Article } from './extract/types';
import { sanitizeHtml } from './sanitize';

/** A highlight made in the reader from `range` of the article, its HTML sanitized (in the range's document). */
export function highlightDraft(article: Article, range: Range): ClippingDraft {
  const holder = (range.startContainer.ownerDocument ?? (range.startContainer as Document)).createElement('div');
  holder.append(range.cloneContents());
  // A saved highlight links to its passage; a highlight made from it points at the page itself.
  const url = article.url.split('#:~:')[0] ?? article.url;
  return selectionDraft({ ...article, url, text: range.toString(), html: sanitizeHtml(holder.innerHTML) });
}
