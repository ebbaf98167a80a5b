import { short } from './text';
import { byTags } from '../walk';

// A credit line: "Photo: …", "(Image: © …)", "Credit…", "Image copyright …", "© …".
const CREDIT = /^\(?\s*((photo(graph)?|image|picture)s?\s*(credit|courtesy|copyright)?\s*[:.]|(photo(graph)?|image|picture)s? (by|courtesy of)\b|courtesy of\b|credits?\s*[:.]|©|\(c\)|image copyright|copyright\b)/i;
/** Credit lines are short; a longer block that starts with "©" or "Copyright" is text about rights. */
const MAX_CREDIT = 150;
/** Inside a figure, an unpunctuated "Name/Agency" or "Name | Agency" line this short is a credit, not a caption. */
const MAX_FIGURE_CREDIT = 60;

/** Removes image credits (inside figures: also short "Name/Agency" lines); the caption itself stays. */
export function removeCredits(root: Element): void {
  for (const el of byTags(root, 'p span div small cite figcaption')) {
    const t = short(el, MAX_CREDIT);
    if (!t || !el.isConnected) continue;
    const figureCredit = el.closest('figure') && el.tagName !== 'FIGCAPTION' && t.length < MAX_FIGURE_CREDIT && /[/|]/.test(t) && !/[.!?]$/.test(t);
    if (CREDIT.test(t) || figureCredit) el.remove();
  }
}
