/**
 * A place word inside the title of a work ("the musical The Woman in White", "beat A Passage to India", "the film
 * Flight of the Phoenix") or of an event ("the Battle of the Somme") names no place of the story. Titles run
 * capitalised words joined by a few lower-case connectors; news writes no capitalised article before a town's name in
 * mid-sentence, and "of the" before a town is a title's ("Flight of the Phoenix"), not the town's own form.
 */

import { LETTER, LOWER, UPPER, re } from './chars';
import { isCountry } from './gazetteer';
import { isRoleWord } from './people';

const CONNECTOR = 'of|to|in|from|the|and|on|at|a|an|for|with';
const TITLE_WORD = String.raw`[${UPPER}][${LETTER}'’-]*`;
/** "… and The Woman in ": a capitalised article inside the sentence opens a title running up to the place. */
const TITLE_OPENED = re`\S\s+(?:The|A|An)\s+${TITLE_WORD}(?:\s+(?:${TITLE_WORD}|${CONNECTOR}))*\s+(?:${CONNECTOR})\s+$`;
/** "the film Flight of the ": a capitalised word after a lower-case one, then "of the" right before the place. */
const OF_THE = re`[${LOWER}0-9,]\s+(${TITLE_WORD})\s+of\s+the\s+$`;

/** Whether the place written after `before` (its sentence up to the place) ends a work's or an event's title. */
export function endsWorkTitle(before: string, place: string): boolean {
  if (TITLE_OPENED.test(before)) return true;
  const head = OF_THE.exec(before)?.[1];
  // "President of the Philippines", "Republic of the Congo": a country's own form, or a role of the place
  return !!head && !isCountry(place) && !isRoleWord(head);
}
