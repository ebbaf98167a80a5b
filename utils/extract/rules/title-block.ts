import type { PageContext } from '.';
import { text, words } from './text';

// The article's title block: the <header> around its title heading, holding the kicker, standfirst,
// byline and date that the reader shows in its own header. Readability renames every <h1> to <h2>
// and usually removes the title heading itself, so after it runs nothing tells that <header> from a
// section's: it is marked on the page, before Readability, and removed after (rules/chrome.ts).

/** The mark Readability carries through (it keeps data attributes); removed with the page's attributes. */
export const TITLE_BLOCK = 'data-cr-title-block';
/** A title block is short (title, kicker, standfirst, byline, date); a longer <header> holds the article's text. */
const MAX_TITLE_BLOCK = 600;
/** The title heading shares at least this share of its words with the title, counted on the longer of the two. */
const SAME_TITLE = 0.6;
/** Images (with their captions) stay: the reader shows no lead image of its own. */
export const MEDIA = 'figure,picture,img,video';

/** Marks the <header> around the page's title heading: the <h1> most like the title (or an <h2>), else the only <h1>. */
export function markTitleBlock(doc: Document, { title }: PageContext): void {
  const block = titleHeading(doc, title)?.closest('header');
  if (!block) return;
  const media = [...block.querySelectorAll('figure')].reduce((n, f) => n + text(f).length, 0);
  if (text(block).length - media <= MAX_TITLE_BLOCK) block.setAttribute(TITLE_BLOCK, '');
}

function titleHeading(doc: Document, title: string): Element | null {
  const wanted = new Set(words(title));
  const h1s = [...doc.getElementsByTagName('h1')];
  let best: Element | null = null;
  let bestShare = SAME_TITLE;
  for (const heading of [...h1s, ...doc.getElementsByTagName('h2')]) {
    const got = new Set(words(text(heading)));
    const shared = [...got].filter((w) => wanted.has(w)).length / Math.max(got.size, wanted.size, 1);
    if (shared >= bestShare && (!best || shared > bestShare)) [best, bestShare] = [heading, shared];
  }
  return best ?? (h1s.length === 1 ? h1s[0]! : null);
}
