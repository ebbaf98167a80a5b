/**
 * What the words right after a name say it is: a person, where the article goes on with what only people take (a
 * relative clause with "who", an apposition whose head is a noun of a person). Read by personByCue for a name of
 * several words that no other cue took ("Kang Shao Pin, who owns the mine", "Paul Expert, a physicist at …").
 */

import { isRoleHead } from './people';
import { stripPossessive } from './phrases';

/** ", who owns the mine": a relative clause only a person (or a group of people) takes. */
const WHO_AFTER = /^,\s+who\b/;
/** "Tibo Maes of Soudal Quick-Step, who had held the jersey": after "of" the clause may be the noun's before the name. */
const OF_BEFORE = /\bof\s+$/;

/** ", a physicist at", ", one of his graduate students", ", the country's richest man": an apposition, up to its head. */
const APPOSITION = /^,\s+(?:a|an|the|one of(?: the| his| her| their)?)\s+([^,;:.()"“”]{1,60})/;
/** Where the head of the apposition's noun phrase ends: a preposition, a relative or a connector. */
const HEAD_END = /\s(?:of|at|for|in|on|with|from|to|who|whom|whose|which|that|and|or|since|until|after|before|when|while)\b.*$/;

/** The head noun of an apposition after a name, in lower case, or "" ("a physicist at King's College" → "physicist"). */
function appositionHead(after: string): string {
  const m = APPOSITION.exec(after);
  if (!m) return '';
  const words = m[1]!.replace(HEAD_END, '').trim().split(/\s+/);
  return words.length <= 5 ? stripPossessive(words[words.length - 1]!) : '';
}

/**
 * A name that the words after it describe as a person: a relative clause with "who" (not after
 * "of"), or an apposition whose head, in lower case, is a noun of a person or a role
 * ("a physicist", "the bystander who", "one of his graduate students", "the future wife of").
 */
export function describedAsPerson(before: string, after: string): boolean {
  if (WHO_AFTER.test(after)) return !OF_BEFORE.test(before);
  const head = appositionHead(after);
  return /^[a-z][a-z-]*$/.test(head) && isRoleHead(head);
}
