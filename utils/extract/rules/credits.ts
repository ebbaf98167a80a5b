import { short } from './text';
import { byTags } from '../walk';

// A credit line: "Photo: …", "(Image: © …)", "Credit…", "Image copyright …", "© …".
const CREDIT = /^\(?\s*((photo(graph)?|image|picture)s?\s*(credit|courtesy|copyright)?\s*[:.]|(photo(graph)?|image|picture)s? (by|courtesy of)\b|courtesy of\b|credits?\s*[:.]|©|\(c\)|image copyright|copyright\b)/i;
/** Credit lines are short; a longer block that starts with "©" or "Copyright" is text about rights. */
const MAX_CREDIT = 150;
/** Inside a figure, an unpunctuated "Name/Agency" or "Name | Agency" line this short is a credit, not a caption. */
const MAX_FIGURE_CREDIT = 60;

/** "Jane Doe | Bloomberg | Getty Images", "Foto: …" aside: names and agencies joined by spaced bars or slashes, each capitalised, no sentence. */
const AGENCY_LINE = /^\p{Lu}[^|/.!?]{0,30}( [|/] \p{Lu}[^|/.!?]{0,30})+$/u;
/**
 * In a figure, "Foto: Michael Rauhe", "(Bild: Hersteller)", "Fuente: EFE", "图片：新华社" in any language: one word, a colon,
 * a name of a few words starting with a capital (or in a script without case), no sentence.
 */
const LABELLED_NAME = /^\(?\p{L}{2,15}\s?[:：]\s*(?=[\p{Lu}\p{Lo}])[^.!?。:：]{1,50}\)?$/u;
/** Class names that say an element of a figure is its credit: "hero-img__credits", "source", "photographer". */
const CREDIT_CLASS = /credit|copyright|source|photographer/i;

/** Removes image credits (inside figures: also short "Name/Agency" lines; anywhere: "Name | Agency | Agency"); the caption itself stays. */
export function removeCredits(root: Element): void {
  for (const el of byTags(root, 'p span div small cite figcaption')) {
    const t = short(el, MAX_CREDIT);
    if (!t || !el.isConnected) continue;
    // In a figure: a "Label: Name" line, or (not the caption itself) a short unpunctuated "Name/Agency" line or one its class calls a credit.
    const figureCredit = el.closest('figure') && (LABELLED_NAME.test(t) || (el.tagName !== 'FIGCAPTION' && t.length < MAX_FIGURE_CREDIT && !/[.!?]$/.test(t) && (/[/|]/.test(t) || CREDIT_CLASS.test(el.className))));
    if (CREDIT.test(t) || figureCredit || (t.length < MAX_FIGURE_CREDIT && AGENCY_LINE.test(t))) el.remove();
  }
}
