import { removeWithinBudget, short } from './text';
import { byTags } from '../walk';

// A teaser for another story set among the paragraphs as an <article> of its own: a headline, often a picture
// and a kicker or a line of summary. Readability keeps it when it sits inside the text. Recognised by that
// markup role, not by words, so in any language.

/** A teaser is a headline with a kicker or a line of summary; an inner article longer than this is text. */
const MAX_TEASER = 300;

const isArticle = (el: Element | null) => el?.localName === 'article';

/** A short inner article with a headline, between other elements: a run of them side by side (a live blog's entries, a closing list) is not a teaser in the text. */
const isTeaser = (el: Element) => !!short(el, MAX_TEASER) && byTags(el, 'h1 h2 h3 h4 h5 h6').length > 0 && !isArticle(el.previousElementSibling) && !isArticle(el.nextElementSibling);

/** Removes short inner articles with a headline (teasers for other stories), within the shared box budget. */
export function removeTeaserArticles(root: Element): void {
  removeWithinBudget(root, byTags(root, 'article').filter(isTeaser));
}
