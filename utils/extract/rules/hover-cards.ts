import { text } from './text';
import { byTags } from '../walk';

// A hover card inside running text: a linked name followed by the card the page pops up over it (the name again, a
// photo, links to the person's latest stories), which the page hides by its style sheet and Readability keeps, glued
// into the sentence ("Rep. Ilhan OmarIlhan OmarHillicon Valley: …"). Known by its structure, no words: the element
// right after a link whose first link goes where that link goes (the name may be written longer: "Kristi Lynn Noem").

/** A card links the name again and at least one more page; one repeated link alone may be a footnote's back-link. */
const MIN_CARD_LINKS = 2;

/** Removes the pop-up cards that follow linked names in paragraphs and list items. */
export function removeHoverCards(root: Element): void {
  for (const a of byTags(root, 'a')) {
    const card = a.nextElementSibling;
    const href = a.getAttribute('href');
    // A name's link has text: a picture's link to the next picture, with its caption after it, is no name.
    if (!href || !card || card.localName === 'a' || !text(a) || !a.closest('p,li')) continue;
    const links = card.getElementsByTagName('a');
    if (links.length >= MIN_CARD_LINKS && links[0]!.getAttribute('href') === href) card.remove();
  }
}
