/**
 * The English names of months and weekdays as articles write them. A module of their own, with nothing else, because
 * the popup's key-facts panel reads them (display.ts) and must not carry the background's word lists (lexicon.ts).
 */

export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
