// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleView } from '@/utils/keyfacts/article-view';
import { Collector } from '@/utils/keyfacts/collector';
import { secondChanceKind, UNDECIDED_FEATURES, type ConfidenceModel, type KindModel } from '@/utils/keyfacts/confidence';
import { UNDECIDED_CONTEXT_FEATURES, undecidedContext } from '@/utils/keyfacts/undecided-features';
import { precisionThreshold } from '../../../scripts/facts-confidence-lib';

/** The context columns of a name in an invented text, by name. */
function context(text: string, name: string): Record<(typeof UNDECIDED_CONTEXT_FEATURES)[number], number> {
  const x = undecidedContext(articleView(new Collector(text), ''), name);
  expect(x).toHaveLength(UNDECIDED_CONTEXT_FEATURES.length);
  return Object.fromEntries(UNDECIDED_CONTEXT_FEATURES.map((f, i) => [f, x[i]!])) as Record<(typeof UNDECIDED_CONTEXT_FEATURES)[number], number>;
}

describe("the second chance's context features", () => {
  it('reads a person from a title before, a possessive, a "who" clause and a pronoun opening the next sentence', () => {
    const text = [
      'The club said coach Torvald Brisk would stay until June.',
      "Torvald Brisk's side lost again on Saturday.",
      'Torvald Brisk, who joined in March, has not spoken since.',
      'He is expected to meet the board next week.',
    ].join('\n\n');
    const x = context(text, 'Torvald Brisk');
    expect(x.titleBefore).toBeCloseTo(1 / 3);
    expect(x.possessive).toBeCloseTo(1 / 3);
    expect(x.whoAfter).toBeCloseTo(1 / 3);
    expect(x.personPronounNext).toBeCloseTo(1 / 3);
    expect(x.sentenceStart).toBeCloseTo(2 / 3);
    // ("Torvald Brisk would stay": the subject of a verb)
    expect(x.verbAfter).toBeCloseTo(1 / 3);
    expect(x.twoWords).toBe(1);
  });

  it('reads a body from "the" before, a "which" clause, an apposition and "It" opening the next sentence', () => {
    const text = [
      'Shares of the Pellmore Group fell on Tuesday.',
      'The deal was backed by the Pellmore Group, which owns four mills.',
      'It said the sale would close in May.',
      'Analysts at Pellmore Group, a lender, were not surprised.',
    ].join('\n\n');
    const x = context(text, 'Pellmore Group');
    expect(x.theBefore).toBeCloseTo(2 / 3);
    expect(x.whichAfter).toBeCloseTo(1 / 3);
    expect(x.thingPronounNext).toBeCloseTo(1 / 3);
    expect(x.appositionAfter).toBeCloseTo(1 / 3);
    expect(x.whoAfter).toBe(0);
  });

  it('reads a side from a score, a list and "against", and a subject from the verb after it', () => {
    const text = [
      'Harrowgate Rovers beat Ostley, Brimfield, Coldmere, Tillby and Daxby in a week.',
      'The 3-1 win against Harrowgate Rovers came in May.',
      'Harrowgate Rovers have won twice since.',
    ].join('\n\n');
    const x = context(text, 'Harrowgate Rovers');
    expect(x.listSentence).toBeCloseTo(1 / 3);
    expect(x.scoreSentence).toBeCloseTo(1 / 3);
    expect(x.sideBefore).toBeCloseTo(1 / 3);
    expect(x.verbAfter).toBeCloseTo(1 / 3);
    expect(context('He scored in the 54th minute for Daxby United on Sunday.', 'Daxby United').scoreSentence).toBe(1);
  });

  it('reads a fragment of a longer name, an address, an acronym in brackets and "of" before', () => {
    expect(context('The Eastern and Coastal Grid Services said power was back.', 'Coastal Grid Services').capitalBefore).toBe(1);
    expect(context('The Coastal Grid Services 2030 plan was published.', 'Coastal Grid Services').capitalOrNumberAfter).toBe(1);
    expect(context('Police were called to 41 Marlow Lane on Friday.', 'Marlow Lane').numberBefore).toBe(1);
    expect(context('The Tarn Valley Authority (TVA) said so.', 'Tarn Valley Authority').parenthesisAfter).toBe(1);
    expect(context('She is the head of Brindle Labs now.', 'Brindle Labs').ofBefore).toBe(1);
    const plain = context('Yesterday Brindle Labs said so.', 'Brindle Labs');
    expect([plain.capitalBefore, plain.capitalOrNumberAfter, plain.numberBefore, plain.ofBefore]).toEqual([0, 0, 0, 0]);
  });

  it("reads the name's shape and its words: initials, an inner capital, a given name inside, a word-like tail, the last word alone later", () => {
    const text = ['J. Peter DeMarco met Tova Ekstrom and Ekstrom said yes.', 'Later Ekstrom left, and Ekstrom came back.', 'Police closed Ferrow Street for a day.'].join('\n\n');
    expect(context(text, 'J. Peter DeMarco').initials).toBe(1);
    expect(context(text, 'J. Peter DeMarco').innerCapital).toBe(1);
    expect(context(text, 'J. Peter DeMarco').givenInside).toBe(1);
    expect(context(text, 'Tova Ekstrom').lastAloneMid).toBeGreaterThan(0);
    expect(context(text, 'Ferrow Street').notNameTail).toBe(1);
    expect(context(text, 'Tova Ekstrom').notNameTail).toBe(0);
  });
});

describe("the second chance's decision and threshold", () => {
  const kind = (w: Partial<Record<(typeof UNDECIDED_FEATURES)[number], number>>, threshold: number): KindModel => ({
    bias: 0,
    weights: UNDECIDED_FEATURES.map((f) => w[f] ?? 0),
    threshold,
  });
  const x = (w: Partial<Record<(typeof UNDECIDED_FEATURES)[number], number>>) => UNDECIDED_FEATURES.map((f) => w[f] ?? 0);
  const model = {
    second: { people: kind({ whoAfter: 4 }, 0.9), orgs: kind({ whichAfter: 4 }, 0.9), places: kind({ whichAfter: 2, numberBefore: 4 }, 0.8) },
  } as unknown as ConfidenceModel;

  it('gives the kind whose model is surest among those over their threshold, or none', () => {
    expect(secondChanceKind(model, x({ whoAfter: 1 }))).toBe('people');
    // orgs p 0.98 and places p 0.88 both clear theirs: the surer wins
    expect(secondChanceKind(model, x({ whichAfter: 1 }))).toBe('orgs');
    expect(secondChanceKind(model, x({ numberBefore: 1 }))).toBe('places');
    expect(secondChanceKind(model, x({}))).toBeUndefined();
  });

  it('sets the threshold where the names over it are right often enough, over enough of them', () => {
    const scored = [
      ...Array.from({ length: 9 }, () => ({ p: 0.9, y: 1 as const })),
      { p: 0.85, y: 0 as const },
      ...Array.from({ length: 5 }, () => ({ p: 0.5, y: 0 as const })),
    ];
    // 9 of 10 right over 0.85; adding the five at 0.5 falls to 9 of 15
    expect(precisionThreshold(scored, 0.9, 10)).toBe(0.51);
    // 2 of 2 is too few to tell a precision: none
    expect(precisionThreshold([{ p: 0.95, y: 1 }, { p: 0.92, y: 1 }], 0.9, 10)).toBe(1);
  });
});
