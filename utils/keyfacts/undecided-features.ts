/**
 * What the article says about a name the passes left undecided, beyond the confidence features every name gets
 * (confidence.ts): the second chance (a model per kind, fitted by scripts/train-facts-confidence.ts) reads these to
 * tell a person, an organisation and a place apart where no rule held. Shapes, neighbours and mentions only, read
 * with the lexicons the passes already load: no word of any article, no new typed list.
 */

import { occurrences, sentenceAt, type ArticleView } from './article-view';
import { POSSESSIVE_AFTER } from './chars';
import { isBrandWord, isCommonWord, isGivenName, isKnownCompany } from './gazetteer';
import { HONORIFICS, NOT_NAME_TAIL } from './lexicon';
import { isRoleWord } from './people';
import { lower, stripPossessive, tokenize } from './phrases';

/** The names of the columns, in the order of the vector undecidedContext returns. */
export const UNDECIDED_CONTEXT_FEATURES = [
  'possessive',
  'titleBefore',
  'whoAfter',
  'whichAfter',
  'appositionAfter',
  'theBefore',
  'sideBefore',
  'ofBefore',
  'verbAfter',
  'personPronounNext',
  'thingPronounNext',
  'sentenceStart',
  'listSentence',
  'scoreSentence',
  'parenthesisAfter',
  'capitalBefore',
  'numberBefore',
  'capitalOrNumberAfter',
  'initials',
  'innerCapital',
  'twoWords',
  'givenInside',
  'companyWordInside',
  'lastAloneMid',
  'firstAloneMid',
  'lastCommon',
  'firstCommon',
  'notNameTail',
] as const;

/** The word just before a mention, to be read as a title ("coach", "Dr.", "Senator"). */
const WORD_BEFORE = /(\S+)\s+$/;
/** ", who": a person's relative clause. */
const WHO_AFTER = /^,?\s+who\b/;
/** ", which": a thing's or a body's. */
const WHICH_AFTER = /^,?\s+which\b/;
/** ", a …" / ", the …": an apposition describes what the name is. */
const APPOSITION_AFTER = /^,\s+(?:a|an|the)\s/;
/** "the X": organisations and places take the article, people seldom do. */
const THE_BEFORE = /\bthe\s+$/i;
/** "for X", "against X", "over X", "v X": a side, an employer, an opponent. */
const SIDE_BEFORE = /\b(?:for|against|over|vs?\.?|versus|with)\s+$/i;
/** "of X": part of, head of, the city of. */
const OF_BEFORE = /\bof\s+$/;
/** A verb's auxiliary or a past tense after the mention: the name acts (the subject of a clause). */
const VERB_AFTER = /^\s+(?:has|had|have|is|was|were|are|will|would|could|can|did|does|[a-z]{3,}ed)\b/;
const PERSON_PRONOUN_OPENS = /^["“‘]?(?:He|She|His|Her)\b/;
const THING_PRONOUN_OPENS = /^["“‘]?(?:It|Its|They|Their)\b/;
/** This many commas in a sentence make it a list (a line-up, a results round-up, names in a row). */
const LIST_COMMAS = 3;
/** "3-1", "2–0", "in the 54th minute", "54'": a sports report's result or timing. */
const SCORE_OR_MINUTE = /\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![-–]\d)|\b\d{1,3}(?:st|nd|rd|th)?[- ]minute\b|\b\d{1,3}['’](?!s)/;
const PARENTHESIS_AFTER = /^\s*\(/;
/**
 * A capitalised word inside the sentence, or one joined by "and"/"of"/"for" to one, just before: the mention is the
 * tail of a longer name (a sentence's first word is capitalised anyway: "Yesterday Acme said" holds none).
 */
const CAPITAL_BEFORE = /\s[A-Z][\w'’.&-]*\s+(?:(?:and|of|for|de)\s+)?$/;
/** "505 Howard St.", "at 12 Acme Road": a number just before is an address's. */
const NUMBER_BEFORE = /\d\s+$/;
/** A capitalised word or a number just after: the mention is the head of a longer name or a model ("Falcon 9"). */
const CAPITAL_OR_NUMBER_AFTER = /^\s+(?:[A-Z]|\d)/;
const INITIAL = /^[A-Z]\.$|^(?:[A-Z]\.){2,3}$/;
/** A capital inside a word ("McAllister", "DeShawn", "PayPal"). */
const INNER_CAPITAL = /^[A-Z][a-z]+[A-Z]/;

const log1p = Math.log1p;

/** The context columns of one undecided name (UNDECIDED_CONTEXT_FEATURES), shares over its mentions. */
export function undecidedContext(v: ArticleView, name: string): number[] {
  const { c } = v;
  const words = tokenize(name).map((t) => t.w);
  const first = words[0] ?? name;
  const last = stripPossessive(words[words.length - 1] ?? name);
  const counts = new Array<number>(18).fill(0);
  let mentions = 0;
  for (const o of occurrences(v.text, name)) {
    const i = sentenceAt(v.starts, o);
    const s = c.sents[i]!.text;
    const local = o - v.starts[i]!;
    const before = s.slice(0, local);
    const after = s.slice(local + name.length);
    const titleWord = WORD_BEFORE.exec(before)?.[1] ?? '';
    const next = c.sents[i + 1]?.text ?? '';
    mentions++;
    [
      POSSESSIVE_AFTER.test(after),
      titleWord !== '' && (isRoleWord(titleWord) || HONORIFICS.has(lower(titleWord.replace(/\.$/, '')))),
      WHO_AFTER.test(after),
      WHICH_AFTER.test(after),
      APPOSITION_AFTER.test(after),
      THE_BEFORE.test(before),
      SIDE_BEFORE.test(before),
      OF_BEFORE.test(before),
      VERB_AFTER.test(after),
      PERSON_PRONOUN_OPENS.test(next),
      THING_PRONOUN_OPENS.test(next),
      !/\S/.test(before.replace(/["“‘(]/g, '')),
      (s.match(/,/g)?.length ?? 0) >= LIST_COMMAS,
      SCORE_OR_MINUTE.test(s),
      PARENTHESIS_AFTER.test(after),
      local > 0 && CAPITAL_BEFORE.test(before),
      NUMBER_BEFORE.test(before),
      CAPITAL_OR_NUMBER_AFTER.test(after),
    ].forEach((hit, k) => hit && counts[k]!++);
  }
  const many = words.length > 1;
  return [
    ...counts.map((n) => (mentions ? n / mentions : 0)),
    words.some((w) => INITIAL.test(w)) ? 1 : 0,
    words.some((w) => INNER_CAPITAL.test(w)) ? 1 : 0,
    words.length === 2 ? 1 : 0,
    words.slice(1).some((w) => isGivenName(w)) ? 1 : 0,
    words.some((w) => isKnownCompany(w) || isBrandWord(w)) ? 1 : 0,
    many ? log1p(c.aloneMid.get(last) ?? 0) : 0,
    many ? log1p(c.aloneMid.get(stripPossessive(first)) ?? 0) : 0,
    isCommonWord(last) ? 1 : 0,
    isCommonWord(first) ? 1 : 0,
    many && NOT_NAME_TAIL.has(lower(last).replace(/\.$/, '').replace(/^st$/, 'street')) ? 1 : 0,
  ];
}
