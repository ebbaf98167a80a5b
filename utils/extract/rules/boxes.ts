import { removeWithinBudget } from './text';
import { elementsWhere } from '../walk';

// Class/id words (camelCase, - and _ split) of boxes readers never want inside the article.
const BOX_WORD =
  /^(share|sharing|sharebar|social|related|recommended|recommendations|newsletters?|subscribe|subscription|signup|cookies?|consent|gdpr|breadcrumbs?|comments|disqus|byline|bio|disclaimer|disclosure|trending|outbrain|taboola)$/;
const BOX_PAIR = /\b(read more|more stories|most read|most popular|author ?(bio|box|info|details)|about author|post author|(post|entry|article) meta|email signup|sign up|print header|read time)\b/;
/** Ids of this many words are slugs of headings on documentation sites ("sharing-with-others"), not names of boxes. */
const SLUG_WORDS = 3;

/** Class words, and id words unless the id is a heading slug. */
function words(el: Element): string {
  const split = (v: string) => v.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/[-_\d]+/g, ' ');
  const id = split(el.id).trim();
  return `${split(el.getAttribute('class') ?? '')} ${id.split(' ').length < SLUG_WORDS ? id : ''}`;
}

/**
 * Removes share bars, related/read-more blocks, newsletter and subscription boxes, author boxes,
 * bylines and meta lines, cookie notices and comment blocks, recognised by their class or id
 * (Readability runs with classes kept), within the shared box budget.
 */
export function removeBoxes(root: Element): void {
  const boxes = elementsWhere(root, (el) => {
    const w = words(el);
    return w.split(' ').some((t) => BOX_WORD.test(t)) || BOX_PAIR.test(w);
  });
  removeWithinBudget(root, boxes);
}
