import { removeWithinBudget, text } from './text';
import { attributeTokens, elementsWhere } from '../walk';

// The page marks its article (<article>, itemprop=articleBody) and Readability's block holds it with what the
// page set after it: an appeal for support, a comment prompt, an author's box, other stories. When the marked
// element holds most of the block's text, what follows it in the block is not the article. By markup, no words.

/** The marked element holds at least this share of the block's text: it is the article, not a card in it. */
const MIN_ARTICLE_SHARE = 0.75;

const isMarked = (el: Element) => el.localName === 'article' || attributeTokens(el, 'itemprop').includes('articlebody');

/** Removes what follows the page's marked article inside the extracted block, within the shared box budget. */
export function removeAfterArticle(root: Element): void {
  const least = text(root).length * MIN_ARTICLE_SHARE;
  const article = elementsWhere(root, (el) => isMarked(el) && text(el).length >= least).pop();
  const after: Element[] = [];
  for (let el = article; el && el !== root; el = el.parentElement!) for (let next = el.nextElementSibling; next; next = next.nextElementSibling) after.push(next);
  removeWithinBudget(root, after);
}
