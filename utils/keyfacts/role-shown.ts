/**
 * A role as the panel shows it: a role, not the words a role finder read across. The finders take the words
 * before or after a name up to a stop, and sometimes that run crosses a clause ("impeachment inquiry against
 * President", "whether WeWork's founder and former CEO", "who was education secretary") or is cut inside a
 * name ("director of the Center for Energy Economics at the"). What is left must hold a role's head word or a
 * title; a run without one ("Andrew" of "Andrew Lloyd Webber") or a courtesy title alone ("Mr.") is no role.
 */

import { isCountry } from './gazetteer';
import { COURTESY_TITLES, HONORIFICS } from './lexicon';
import { isRoleHead, ROLE_VERBS } from './people';
import { isPossessive, lower } from './phrases';
import type { PersonFact } from './types';

/**
 * Words that open a clause, a condition or a contrast, or are a verb's auxiliary: a role never runs across one, so
 * the role is what follows the last of them that leaves a role's head word. Written in lower case, but for the
 * first word, which may open its sentence ("But Kabul-based analyst"); "who's" is "who".
 */
const CLAUSE_WORDS = new Set(
  'against|under|after|before|behind|about|including|like|as|but|whether|if|what|who|whom|whose|which|when|while|where|that|than|because|though|although|until|unless|am|is|are|was|were|be|been|had|has|have|include|includes'.split('|'),
);

/**
 * A verb's -ing or -ed form in lower case ("stripping", "re-elected", "accused"): before the capitalised owner of a
 * role ("stripping Sabres center", "accused President") it is the sentence's verb, and the role starts after it. A
 * participle used as a modifier goes too when a capitalised word follows ("acting Attorney General" shows "Attorney
 * General"): still the role, less precisely.
 */
const VERB_FORM = /^[a-z][a-z-]*(?:ing|ed)$/;

/** A connector or a mark a role cannot end with: the name it began was cut ("… at the University of"). */
const DANGLING_END = /(?:\s+(?:of|at|for|in|on|and|or|the|a|an|to|with|from|by|as)|\s*[–—(,;:-])+$/;

/**
 * A word of a role that heads it ("president", "co-CEO", "spokeswoman", "comedian") or a title before a name ("Dr", "Sheikh").
 * Not a possessive: "a doctor's care" names no doctor's role ("Orvo's head" has its head word after it).
 */
const isHeadOrTitle = (w: string): boolean => !isPossessive(w) && (isRoleHead(w) || (HONORIFICS.has(lower(w)) && !COURTESY_TITLES.has(lower(w))));

/** "heads the agency", "leads the cholera team": a clause that is a role as it stands (the role finder keeps it whole). */
const ROLE_CLAUSE = new RegExp(`^(?:${ROLE_VERBS}) `);

/** The role to show, or "" when what was read holds none. */
export function shownRole(role: string): string {
  if (ROLE_CLAUSE.test(role) || isPostAtEnd(role)) return role;
  const words = role.trim().split(/\s+/).filter(Boolean);
  const isClauseWord = (i: number) => CLAUSE_WORDS.has((i === 0 ? words[i]!.toLowerCase() : words[i]!).replace(/['’]s$/, ''));
  let start = 0;
  let best = -1;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && !isClauseWord(i)) continue;
    // the stretch words[start, i) between two clause words: the last one with a head word is the role
    if (words.slice(start, i).some(isHeadOrTitle)) best = start;
    start = i + 1;
  }
  if (best < 0) return '';
  let end = best;
  while (end < words.length && !isClauseWord(end)) end++;
  const head = words.findIndex((w, i) => i >= best && isHeadOrTitle(w));
  for (let i = head - 1; i >= best; i--) {
    if (VERB_FORM.test(words[i]!) && /^\p{Lu}/u.test(words[i + 1]!)) {
      best = i + 1;
      break;
    }
  }
  const shown = words.slice(best, end).join(' ').replace(DANGLING_END, '');
  return shown.split(' ').some(isHeadOrTitle) ? shown : '';
}

/**
 * A post written in capitals after the capitalised words that describe it ("Labour MP", "Green MEP"), as the names
 * pass reads a descriptor before a name: a role as it stands. Not a country ("South Korea's US").
 */
const POST_AT_END = /^(?:\p{Lu}[\p{L}-]* ){1,3}([A-Z]{2,4})$/u;
const isPostAtEnd = (role: string): boolean => {
  const post = POST_AT_END.exec(role)?.[1];
  return !!post && !isCountry(post);
};

/** The people with the roles to show (the passes' roles feed the confidence model, so this runs after it). */
export const withShownRoles = (people: PersonFact[]): PersonFact[] => people.map((p) => (p.role ? { ...p, role: shownRole(p.role) } : p));
