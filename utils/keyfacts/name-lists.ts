/**
 * Lists of names in a sentence ("FC Porto, Inter Milan, Chelsea and Real Madrid", "Marseille, Nice and Lyon"): a name
 * listed with names of one kind is read as that kind by the passes (organisations, places).
 */

import { LETTER, UPPER, reG } from './chars';
import type { Candidate } from './candidates';
import type { Collector } from './collector';

/**
 * A capitalised word, or a brand's word that opens with one small letter before a capital ("eBay", "iRiver"): such a
 * name in a list ("Google, Amazon, eBay and Yahoo") would otherwise cut it in two; or one capital and one or two digits
 * ("T-Mobile and O2", "Enfish, X1 and Apple"; not a model's code or a sequel's number: "PS4", "Shrek 2").
 */
const CAP_WORD = String.raw`(?:[${UPPER}]\d{1,2}(?![\d${LETTER}])|(?:[${UPPER}]|[a-z](?=[${UPPER}]))[${LETTER}.'’-]*)`;
const CAP_NAME = String.raw`${CAP_WORD}(?: (?:& )?${CAP_WORD})*`;
/** "FC Porto, Inter Milan, Chelsea and Real Madrid", "Uber or Lyft or Postmates", "Frost & Sullivan, Acme and Ernst & Young" */
const NAME_LIST = reG`(?:${CAP_NAME})(?:(?:, | and |, and | or |, or )(?:${CAP_NAME}))+`;
/** Two names with "and" or "or", or three and more: "Inside, Acme is …" is no list. */
const isList = (text: string, items: string[]) => items.length >= 3 || /(?:^|,| )(?:and|or) [^,]*$/.test(text);

/** A list the candidate stands in: the other names, and the text after the list. */
export interface ListMates {
  mates: string[];
  after: string;
}

/** The lists a candidate stands in (in practice one). */
export function listMates(c: Collector, u: Candidate): ListMates[] {
  const out: ListMates[] = [];
  const s = c.sents[u.p.sentence]!.text;
  for (const m of s.matchAll(NAME_LIST)) {
    if (m.index > u.p.start || m.index + m[0].length < u.p.end) continue;
    // (a list that ends the sentence: its last name without the sentence's stop, "Leeds, Hull and Cardiff.")
    const closes = /^\s*$/.test(s.slice(m.index + m[0].length));
    const items = (closes ? m[0].replace(/\.$/, '') : m[0]).split(/, and |, or |, | and | or /).map((x) => x.replace(/['’]s$/, ''));
    if (isList(m[0], items) && items.includes(u.name)) out.push({ mates: items.filter((x) => x !== u.name), after: s.slice(m.index + m[0].length) });
  }
  return out;
}
