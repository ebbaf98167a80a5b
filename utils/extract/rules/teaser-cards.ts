import { IMAGE_FILE } from './site';
import { removeWithinBudget, text } from './text';
import { elementsWhere } from '../walk';

/** A card's text is a kicker and a headline, or a short summary; longer is article text. */
const MAX_CARD_TEXT = 200;
/** A row of this many cards or more is a rail of other stories ("Most read", "More in World"). */
const MIN_CARDS = 3;

const hasPicture = (el: Element) => ['img', 'picture'].some((name) => el.getElementsByTagName(name)[0]);

/** A teaser card: a picture linking to another page, and a short text (kicker, headline). */
function isCard(el: Element): boolean {
  if (text(el).length > MAX_CARD_TEXT) return false;
  return [...el.getElementsByTagName('a')].some((a) => a.hasAttribute('href') && !IMAGE_FILE.test(a.getAttribute('href')!) && hasPicture(a));
}

/** Three or more cards side by side, and nothing else but empty elements (checked child by child, stopping at the first that is neither). */
function isRail(el: Element): boolean {
  if (el.childElementCount < MIN_CARDS) return false;
  let cards = 0;
  for (const child of el.children) {
    if (hasPicture(child)) {
      if (!isCard(child)) return false;
      cards++;
    } else if (text(child)) return false;
  }
  return cards >= MIN_CARDS;
}

/**
 * Removes rails of teaser cards that Readability kept because their headlines read as short
 * paragraphs ("Most read", "More in World"), within the shared box budget.
 */
export function removeTeaserCards(root: Element): void {
  removeWithinBudget(root, elementsWhere(root, isRail));
}
