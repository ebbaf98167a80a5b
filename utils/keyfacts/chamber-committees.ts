/**
 * "the Commons home affairs committee", "a Senate armed services committee": a chamber of a legislature, then the
 * committee's remit in lower case, then "committee" is one body, the committee, named whole; the phrase builder, which
 * reads capitals, keeps only the chamber.
 */

import type { Collector } from './collector';
import { LEAD_STOP } from './lexicon';

const CHAMBER_COMMITTEE = /\b(?:Commons|Lords|Senate|House|Assembly|Congress|Parliament)((?: [a-z-]+){1,4}) committee\b/g;

/** The remit is nouns and their modifiers ("science and technology"), never a function word ("the Commons this committee"). */
const isRemit = (words: string[]): boolean => words.every((w, i) => !LEAD_STOP.has(w) || (w === 'and' && i > 0 && i < words.length - 1));

/** Adds every chamber's committee written so in the article's prose. */
export function chamberCommittees(c: Collector): void {
  c.sents.forEach((s, i) => {
    if (!c.prose[i]) return;
    for (const m of s.text.matchAll(CHAMBER_COMMITTEE)) if (isRemit(m[1]!.trim().split(' '))) c.addOrg(m[0], '', i, 'context');
  });
}
