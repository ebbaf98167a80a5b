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

/** Removes image credits (inside figures: also short "Name/Agency" lines; anywhere: "Name | Agency | Agency"); the caption itself stays. */
export function removeCredits(root: Element): void {
  for (const el of byTags(root, 'p span div small cite figcaption')) {
    const t = short(el, MAX_CREDIT);
    if (!t || !el.isConnected) continue;
    const figureCredit = el.closest('figure') && el.tagName !== 'FIGCAPTION' && t.length < MAX_FIGURE_CREDIT && /[/|]/.test(t) && !/[.!?]$/.test(t);
    if (CREDIT.test(t) || figureCredit || (t.length < MAX_FIGURE_CREDIT && AGENCY_LINE.test(t))) el.remove();
  }
}
