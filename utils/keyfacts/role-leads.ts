/**
 * The capitalised words that open a role ("Emirates President", "Kentucky GOP Gov.", "Apple analyst") name the
 * place or organisation the role belongs to, or nothing ("Senate Majority Leader").
 */

import { escapeRegExp, LETTER, UPPER, re } from './chars';
import type { Collector } from './collector';
import { isAdjective, ALL_CAPS_2_6 } from './cues';
import { isCommonWord, isDemonym, isGivenName, isKnownPlace } from './gazetteer';
import { HONORIFICS, LEAD_STOP } from './lexicon';
import { NOT_ORG_ACRONYMS, isOrgByForm } from './organizations';
import { isRoleWord } from './people';
import { ownerLength } from './candidates';
import { companyByName, personByGivenName } from './evidence';
import { isPlaceByForm } from './places';
import { nameWithoutPossessive } from './phrases';

/** A capitalised word and a connector just before: what follows is the end of a longer name. */
const NAME_GOES_ON = re`[${UPPER}][${LETTER}.'’-]*\s(?:of|for|and|de)\s$`;
/** The capitalised words that open a text. */
const CAP_WORDS_START = re`^(?:[${UPPER}][${LETTER}.&'’-]*\s)+`;

/**
 * "NASA's Space Station Program" → "Space Station Program": a known owner is no part of the name (see ownerLength);
 * nor is a possessive at its end ("the Agency's").
 */
export function ownedName(c: Collector, name: string): string {
  const words = nameWithoutPossessive(name).trim().split(' ');
  return words.slice(ownerLength(c, words)).join(' ');
}

/**
 * Capitalised words before a role: a known place is a place, a name of several words an organisation only when
 * it is one already or `employer` ("analyst at Davy Stockbrokers"), one word only when the article also uses it alone.
 */
export function lead(c: Collector, name: string, sentence: number, initial: boolean, employer = false): void {
  name = ownedName(c, name);
  // "Former National Security Council official": a sentence's opener the article writes in lower case is no part of the name
  if (initial && c.lowerWords.has(name.split(' ')[0]!.toLowerCase())) {
    name = name.split(' ').slice(1).join(' ');
    initial = false;
  }
  if (!name) return;
  const ws = name.split(' ');
  if (isOrgByForm(ws.map((w) => ({ w, start: 0, end: 0 })))) return c.addOrg(name, '', sentence, 'lead');
  for (let k = ws.length; k > 0; k--) {
    const head = ws.slice(0, k).join(' ');
    if (isKnownPlace(head)) {
      c.addPlace(head, sentence, 'lead');
      name = ws.slice(k).join(' ');
      break;
    }
  }
  if (!name || isAdjective(name) || NOT_ORG_ACRONYMS.has(name) || LEAD_STOP.has(name.split(' ')[0]!.toLowerCase())) return;
  const single = !name.includes(' ');
  // "Carlineo's attorney", "Okafor's spokesman": the role of someone's, when a person of that surname is known
  if (single && c.personBySurname(name)) return;
  if (!single && !employer && !c.hasOrg(name)) return; // "Senate Majority (Leader)"
  // ("Laurentide chief executive Sophie Gagnon": one word before a role in lower case is the employer when it is no
  // ordinary word or given name; at a sentence's start only when the article writes it alone again: "Junior minister",
  // "High school teacher" are roles, "High School" a longer name)
  const writtenAloneAgain = (): boolean => {
    const alone = new RegExp(String.raw`(?<!\p{L})${escapeRegExp(name)}(?!\p{L}|\s\p{Lu})`, 'u');
    return c.sents.filter((s) => alone.test(s.text)).length > 1;
  };
  const employs = single && employer && !isCommonWord(name) && !isGivenName(name) && !c.lowerWords.has(name.toLowerCase()) && (!initial || writtenAloneAgain());
  if (single && !employs && !ALL_CAPS_2_6.test(name) && !((initial ? c.aloneMid : c.alone).get(name) ?? 0) && !c.hasOrg(name) && !companyByName(name, c.lowerWords)) return;
  c.addOrg(name, '', sentence, 'lead');
}

/** "Q.", "J.": an initial. */
const INITIAL = re`^[${UPPER}]\.$`;
const CAPITAL = re`[${UPPER}]`;
/**
 * "Property Council New Zealand chief executive Jo Lee", "Acme Research analyst Jo Lee": capitalised words right
 * before a role written in lower case are the body the role belongs to (a title in capitals holds its own words:
 * "Senate Majority Leader"); not an owner ("Margaret Thatcher's press secretary"), a nationality ("German Economy
 * minister"), a common word opening the sentence or a word the article writes in lower case ("Former", "Opposition"),
 * an honorific or an initial, a person's name ("Donald Trump advocate"), nor a place by
 * its form ("Morton County") or a body's arm in a place ("UNICEF Malawi representative": the body is named without it).
 * `rest`, the role after the words, is all in lower case ("Jo Lee met LSE chief executive": a clause, not a role).
 */
function bodyBeforeLowerRole(c: Collector, words: string[], rest: string, initial: boolean): boolean {
  if (CAPITAL.test(rest)) return false;
  const first = words[0]!;
  const commonFirst = (initial && isCommonWord(first)) || c.lowerWords.has(first.toLowerCase());
  const titleFirst = HONORIFICS.has(first.toLowerCase().replace(/\.$/, '')) || INITIAL.test(first);
  const owner = words.some((w) => /['’]s?$/.test(w));
  const place = isKnownPlace(words[words.length - 1]!) || isPlaceByForm(words, '');
  // ("Longtime Donald Trump advocate": a person's name, a given name and a surname the article also writes alone, is
  // whose the role is; not "Happy Mondays dancer")
  const name = words.slice(-2);
  const person = name.length === 2 && (c.alone.get(name[1]!) ?? 0) > 0 && personByGivenName(name.map((w) => ({ w, start: 0, end: 0 })), c.lowerWords) && !companyByName(name.join(' '), c.lowerWords);
  return !commonFirst && !titleFirst && !owner && !isDemonym(first) && !place && !person;
}

/** "Apple analyst Ming-Chi Kuo": the capitalised words that open a role are an organisation or a place. */
export function leadOfRole(c: Collector, role: string, sentence: number, before: string): void {
  const m = CAP_WORDS_START.exec(role + ' ');
  if (!m) return;
  // "Genentech Inc. Chairman", "Acme CEO": a role written in capitals ends the lead at its first role word
  const words = m[0].trim().split(' ');
  const roleAt = words.findIndex((w) => isRoleWord(w));
  if (roleAt === 0 || (roleAt < 0 && m[0].trim() === role)) return;
  const leadText = (roleAt > 0 ? words.slice(0, roleAt) : words).join(' ');
  const at = before.lastIndexOf(role.split(' ')[0]!);
  // "Bank of Korea governor": the words end a longer name, which the names pass reads whole
  if (at >= 0 && NAME_GOES_ON.test(before.slice(0, at))) return;
  const initial = at >= 0 && /^[\s"“‘]*$/.test(before.slice(0, at));
  lead(c, leadText, sentence, initial, roleAt < 0 && bodyBeforeLowerRole(c, words, role.slice(m[0].length), initial));
}
