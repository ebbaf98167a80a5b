/**
 * The role a news lede gives a person it does not name yet: "Violent games need warnings, the trade secretary has
 * said." or "A Norwegian student who ran a music site has been fined." and the next sentence opens with the name
 * ("Patricia Hewitt is expected to …", "Frank Bruvik was ordered …"). The lede's subject is that person: a reader
 * learns the role there and the name in the sentence after it.
 */

import type { Collector } from './collector';
import { ANY_PERSON, endsInPlural, isRoleHead } from './people';
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
  const words = m?.[1]!.split(/\s+/) ?? [];
  const head = words[words.length - 1] ?? '';
  if (!words.length || words.length > LEDE_ROLE_WORDS_MAX || !isRoleHead(head) || endsInPlural(head) || ANY_PERSON.test(lower(head))) return '';
  return m![1]!;
}

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
