import { linkShare, removeAfterProse, text } from './text';
import { ownStory, pageUrl } from './site';
import { elementsWhere } from '../walk';
import type { RuleContext } from '.';

// Lists of other stories after the article's last paragraph ("More from …", teaser summaries without
// pictures, a "More great stories" list), recognised by their shape and place, not by their words, so
// that they go in any language.

/** A teaser is a headline, or a headline and a summary of a sentence or two; longer is article text. */
const MAX_TEASER = 300;
/** A teaser's link holds at least this share of it (a headline, part of it a link: "Ads are not the problem. <a>Our views are</a>"). */
const MIN_LINK_SHARE = 0.25;
/** This many teasers side by side or more are a list of other stories. */
const MIN_TEASERS = 3;
/**
 * A teaser: short, and leading to another story by a link to another page of the site that opens it
 * (a headline before its summary), holds a quarter of its text or a picture; or an `<article>` of its own.
 */
function isTeaser(el: Element, page: URL): boolean {
  if (text(el).length > MAX_TEASER) return false;
  if (el.localName === 'article' || el.getElementsByTagName('article')[0]) return true;
  const links = [...el.getElementsByTagName('a')].filter((a) => ownStory(a, page));
  const headline = links[0] && text(el).startsWith(text(links[0]));
  return links.some((a) => a.getElementsByTagName('img')[0]) || (links.length > 0 && (headline || linkShare(el) >= MIN_LINK_SHARE));
}

/** Three or more teasers side by side, and nothing else with text beside them. */
function isTeaserList(el: Element, page: URL): boolean {
  const items = [...el.children].filter((child) => text(child));
  return items.length >= MIN_TEASERS && items.every((item) => isTeaser(item, page));
}

/**
 * Removes the lists of teasers that close the article: after them, no running text but other such
 * lists. A list in the middle of the text (a list of sources, a table of contents) stays; so does one
 * linking to other sites (references). Within the shared box budget.
 */
export function removeClosingTeasers(root: Element, { url }: Pick<RuleContext, 'url'>): void {
  const page = pageUrl(url);
  if (!page) return;
  const lists = elementsWhere(root, (el) => isTeaserList(el, page)).filter((list, i, all) => !all.slice(0, i).some((outer) => outer.contains(list)));
  removeAfterProse(root, lists);
}
