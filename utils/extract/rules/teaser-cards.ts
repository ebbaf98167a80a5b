import { removeWithinBudget, text } from './text';
import { elementsWhere } from '../walk';

/** A card's text is a kicker and a headline, or a short summary; longer is article text. */
const MAX_CARD_TEXT = 200;
/** A row of this many cards or more is a rail of other stories ("Most read", "More in World"). */
const MIN_CARDS = 3;
/** A link to an image file opens the picture (a gallery of the article), not another story. */
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)([?#]|$)/i;

/** A teaser card: a picture linking to another page, and a short text (kicker, headline). */
function isCard(el: Element): boolean {
  if (text(el).length > MAX_CARD_TEXT) return false;
  return [...el.getElementsByTagName('a')].some((a) => a.hasAttribute('href') && !IMAGE_FILE.test(a.getAttribute('href')!) && a.querySelector('img, picture'));
}

/**
 * Removes rails of teaser cards (three or more, and nothing else, side by side) that Readability
 * kept because their headlines read as short paragraphs, within the shared box budget.
 */
export function removeTeaserCards(root: Element): void {
  const rails = elementsWhere(root, (el) => {
    const items = [...el.children].filter((c) => text(c) || c.querySelector('img, picture'));
    return items.length >= MIN_CARDS && items.every(isCard);
  });
  removeWithinBudget(root, rails);
}
