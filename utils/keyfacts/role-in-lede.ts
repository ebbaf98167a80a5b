/**
 * The role a news lede gives a person it does not name yet: "Violent games need warnings, the trade secretary has
 * said." or "A Norwegian student who ran a music site has been fined." and the next sentence opens with the name
 * ("Patricia Hewitt is expected to …", "Frank Bruvik was ordered …"). The lede's subject is that person: a reader
 * learns the role there and the name in the sentence after it.
 */

import type { Collector } from './collector';
import { ANY_PERSON, endsInPlural, isRoleHead, surname } from './people';
import { HONORIFICS } from './lexicon';
import { lower } from './phrases';

/** ", the trade and industry secretary has said.", ", a witness has told jurors", ", the shadow chancellor said as …": the lede's last clause. */
const ROLE_SAID_AT_END = /,\s+(?:the|an?)\s+([^,.;:"“”()]{1,60}?)\s+(?:has\s+|have\s+)?(?:said|says|told|warned|claimed|announced|insisted|admitted|revealed|confirmed|urged|argued)\b[^,]*$/;
/** "A Norwegian student who …", "The creator of Buffy is to …", "The top civil servant at the centre of …": the lede's opening subject. */
const ROLE_OPENING = /^["“‘]?(?:The|An?)\s+([^,.;:"“”()]{1,60}?)\s+(?:who|whose|has|have|had|is|was|will|would|says|said|of|at|for|from|in)\b/;
/** The most words of the role read in a lede: past them the subject is a clause, not a role ("The man the court heard …"). */
const LEDE_ROLE_WORDS_MAX = 6;

/** The role the lede's subject holds, or "" when its subject is no singular noun of a person ("A man", "The government"). */
export function ledeRole(lede: string): string {
  const m = ROLE_SAID_AT_END.exec(lede.trim()) ?? ROLE_OPENING.exec(lede.trim());
  return m ? singleRole(m[1]!) : '';
}

/** The words read as one person's role: a singular noun of a person heads them, at most `LEDE_ROLE_WORDS_MAX` of them. */
function singleRole(phrase: string): string {
  const words = phrase.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (!words.length || words.length > LEDE_ROLE_WORDS_MAX || !isRoleHead(head) || endsInPlural(head) || ANY_PERSON.test(lower(head))) return '';
  return phrase;
}

/**
 * "The rural affairs minister said …", "The Liberal Democrat leader predicted …": a sentence opened by a definite role
 * and a verb of saying or being, the role of the person the sentence before names as its subject.
 */
const ROLE_OPENS_NEXT = /^["“‘]?The\s+([^,.;:"“”()]{1,60}?)\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|insisted|argued|warned|claimed|predicted|outlined|denied|admitted|urged|is|was)\b/;
/** "…, Alun Michael has said.", "… Mr Blair warned.": the name the sentence closes on is its subject, the speaker. */
const SUBJECT_SAID_AT_END = /^\s+(?:has\s+|have\s+)?(?:said|says|told\s+\S+|warned|claimed|insisted|argued|pledged|predicted|announced|added)\s*[.!?"”]*$/;

/**
 * The person the second sentence opens with, if the passes gave no role, takes the role of the lede's subject. Only a
 * role: the name was taken by its own cues.
 */
export function rolesFromLede(c: Collector): void {
  const next = c.sents[1]?.text.replace(/^["“‘\s]+/, '');
  if (!next || !c.sents[0]) return;
  // ("Sir Alan Budd said": the name may open after a form of address; of two names read there, the whole one, not "Sir Alan")
  const untitled = HONORIFICS.has(lower(next.split(' ')[0]!).replace(/\.$/, '')) ? next.slice(next.indexOf(' ') + 1) : next;
  const opens = (name: string, s: string) => s.startsWith(name) && !/^[\p{L}\p{N}'’-]/u.test(s.slice(name.length));
  const openers = [...c.people.values()].filter((p) => opens(p.name, next) || opens(p.name, untitled));
  const opener = openers.sort((a, b) => b.name.length - a.name.length)[0];
  if (opener && !opener.role) opener.role = ledeRole(c.sents[0].text);
}

/**
 * The person a sentence names as its subject (the only person it names, opening it or closing it as the speaker: "Alun
 * Michael has said.") takes, if the passes gave none, the role the next sentence opens with ("The rural affairs
 * minister said …"): a reader learns the name there and the role right after it.
 */
export function rolesOfSubjectBefore(c: Collector): void {
  const people = [...c.people.values()];
  for (let i = 0; i + 1 < c.sents.length; i++) {
    const m = ROLE_OPENS_NEXT.exec(c.sents[i + 1]!.text);
    const role = m ? singleRole(m[1]!) : '';
    if (!role) continue;
    const text = c.sents[i]!.text.replace(/^["“‘\s]+/, '');
    const all = people.filter((p) => text.includes(p.name) || text.includes(` ${surname(p.name)}`));
    // ("Michael" of "Alun Michael": a word of a whole name the passes have not merged yet is that person)
    const named = all.filter((p) => !all.some((q) => q !== p && q.name.split(' ').includes(p.name)));
    if (named.length !== 1 || named[0]!.role) continue;
    const p = named[0]!;
    const opens = HONORIFICS.has(lower(text.split(' ')[0]!).replace(/\.$/, '')) ? text.slice(text.indexOf(' ') + 1) : text;
    const last = text.lastIndexOf(surname(p.name));
    if (opens.startsWith(p.name) || (last >= 0 && SUBJECT_SAID_AT_END.test(text.slice(last + surname(p.name).length)))) p.role = role;
  }
}
