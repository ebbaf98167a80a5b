/**
 * What the words right after a name say it is: a person, where the article goes on with what only people take (a
 * relative clause with "who", an apposition whose head is a noun of a person). Read by personByCue for a name of
 * several words that no other cue took ("Kang Shao Pin, who owns the mine", "Paul Expert, a physicist at …").
 */

import { ANY_PERSON, endsInPlural, isRoleHead, ROLE_AFTER_WORDS_MAX } from './people';
import { LEAD_STOP, REPORTING_VERBS } from './lexicon';
import { lower, stripPossessive } from './phrases';

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

/** ", a five-time winner of", ", assistant clerk of the archives", ", Sculthorpe's team-mate,": an apposition, its article optional. */
const APPOSITION_ANY = /^,\s+(?:(?:a|an|the|one of(?: the| his| her| their)?)\s+)?([^,;:.()"“”]{1,60})/;
/** A word that opens a complement or a clause after a role's head: the role keeps the first, up to the second. */
const COMPLEMENT_OPENS = /^(?:of|at|for|in|on|with|from|to|who|whom|whose|which|that|as|since|until|after|before|when|while)$/;
const REPORTING_VERB = new RegExp(`^(?:${REPORTING_VERBS})$`);
/** The most words of the noun phrase up to its head: longer runs are clauses, not a description. */
const HEAD_WORDS_MAX = 5;

/**
 * The role an apposition after a name gives, whose head is a noun of a person in lower case ("a California-based
 * podcaster", "the US Open winner", "senior research fellow at the IPPR"): the phrase up to its head and what the
 * head's preposition adds (roleAfter reads role words only: "spokesman", "director"). Not a clause ("whose father was
 * a farmer"), nor a noun any person is. Returns "" when none.
 */
export function roleDescribedAfter(after: string): string {
  const m = APPOSITION_ANY.exec(after);
  if (!m) return '';
  const np = m[1]!.replace(HEAD_END, '').trim().split(/\s+/);
  const head = stripPossessive(np[np.length - 1]!);
  if (np.length > HEAD_WORDS_MAX || !/^[a-z][a-z-]*$/.test(head) || !isRoleHead(head) || ANY_PERSON.test(head)) return '';
  // ("while defending champion …", "whose father was …", "its former banker": a clause or another's noun; "told journalists": a verb)
  if (LEAD_STOP.has(lower(np[0]!)) || np.some((w) => REPORTING_VERB.test(w))) return '';
  // ("Rupert Murdoch, the executives, on-air talent and shareholders": a plural after "the" lists others beside him)
  if (/^,\s+the\s/.test(m[0]) && endsInPlural(head)) return '';
  // the phrase up to its head and the head's first complement ("specialist at the Information Technology University",
  // "winner for such films"), read whole, not in the window read for its head
  const words = after.slice(m.index + m[0].length - m[1]!.length).split(/[,;:.()"“”]/)[0]!.trim().split(/\s+/);
  // ("mother and two cousins", "pastor and father of one of the victims": "and" right after the head ends the role)
  const first = words.findIndex((w, i) => i >= np.length && (COMPLEMENT_OPENS.test(w) || /^(?:and|or)$/.test(w)));
  const second = words.findIndex((w, i) => i > first && COMPLEMENT_OPENS.test(w));
  const end = first < 0 ? words.length : /^(?:and|or)$/.test(words[first]!) ? first : second < 0 ? words.length : second;
  return words.slice(0, Math.min(end, ROLE_AFTER_WORDS_MAX)).join(' ');
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
