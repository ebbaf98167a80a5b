import { removeWithinBudget, short } from './text';
import { elementsWhere } from '../walk';

// A box left with only its label: the list, player or widget it titled ("Most Popular", "おすすめ記事",
// "Verwandte Artikel") was left out by Readability or an earlier rule. Recognised by structure, so in any language.

/** A label is a few words; a line this short without a sentence's end names a box, it says nothing itself. */
const MAX_LABEL = 30;

/** A box whose whole content is one short line in an element of its own: no heading (those are `orphanHeadings`'), link or media. */
function onlyLabel(box: Element): boolean {
  const t = short(box, MAX_LABEL);
  return !!t && !/[.!?…。！？:：]["“”’»)」]*$/.test(t) && !box.querySelector('h1,h2,h3,h4,h5,h6,a[href],img,video,iframe,svg') && [...box.children].some((child) => short(child, MAX_LABEL) === t);
}

/** Removes boxes (div, section, aside) that hold nothing but a short label, within the shared box budget (a page of such lines keeps them). */
export function removeOrphanLabels(root: Element): void {
  removeWithinBudget(root, elementsWhere(root, (el) => /^(div|section|aside)$/.test(el.localName) && onlyLabel(el)));
}
