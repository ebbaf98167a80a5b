/**
 * One-word names of capitals and one or two digits ("G8", "MI6", "O2") name a body a third of the time, and a model, a
 * format or a road the rest ("PS2", "MP3", "A82"): the shape is no evidence, so such a name is a body only by the
 * article's own words at one of its mentions — what a group of states holds ("the G8 summit", "the presidency of the
 * G8", "G20 finance ministers", "the G7 nations"), or a service's ("spying for MI6", "an MI6 agent").
 */

import type { Collector } from './collector';

/** Capitals, then one or two digits, the whole word. */
const DIGIT_NAME = /^\p{Lu}{1,4}\d{1,2}$/u;

/** Right after the name ("the G8 summit", "G20 finance ministers", "G7 nations", "an MI6 agent"); plural nations only ("the only G7 country" is a kind of country). */
const BODY_AFTER = String.raw`(?:['’]s\s)?(?:summits?|presidency|meetings?|(?:[a-z]+\s)?ministers|nations|countries|member states|agents?)\b`;
/** Right before it ("the presidency of the G8", "at the helm of the G8", "a meeting of the G7", "spied for MI6"). */
const BODY_BEFORE = String.raw`\b(?:(?:presidency|helm|meeting|summit) of|(?:spy|spied|spies|spying|worked|works|working) for)\s(?:the\s)?`;

/** A one-word name of capitals and digits that the article writes as a body's at least once. */
export function isBodyByDigitName(c: Collector, name: string): boolean {
  if (!DIGIT_NAME.test(name)) return false;
  const evidence = new RegExp(`\\b${name}\\s${BODY_AFTER}|${BODY_BEFORE}${name}\\b`);
  return c.sents.some((s) => evidence.test(s.text));
}
