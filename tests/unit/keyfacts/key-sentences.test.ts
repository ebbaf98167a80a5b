// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sentenceFeatures, type RankInput } from '@/utils/keyfacts/key-sentence-features';
import { KEY_SENTENCE_WEIGHTS } from '@/utils/keyfacts/key-sentence-weights';
import { rankSentences, scoreOf } from '@/utils/keyfacts/key-sentences';
import { isCreditLine, pageFurniture } from '@/utils/keyfacts/page-furniture';
import { splitSentences } from '@/utils/keyfacts/sentences';

/** The score of the sentence at `at`, with the checked-in weights: a signal is tested on two versions of one sentence. */
const scoreAt = (title: string, sentences: RankInput[], at: number) => scoreOf(sentenceFeatures(title, sentences).rows[at] ?? null, KEY_SENTENCE_WEIGHTS);

const rank = (title: string, paras: string[]) =>
  rankSentences(title, splitSentences(paras.join('\n\n')).map((s) => ({ ...s, facts: 0 })));

describe('page furniture', () => {
  it('knows credit lines from prose that starts with the same words', () => {
    for (const t of ['Photo', 'Credit Mara Lind/Northwire', 'Source: Supplied', '(Reuters)', '(Ola Berg/AFP/Getty Images)', '© Provided by Harbour Post', 'Tomas Ruiz / Getty Images']) {
      expect(isCreditLine(t), t).toBe(true);
    }
    for (const t of ['Credit to the Rovers, they pressed us all game.', 'Images show a crater about 4 km wide.', 'Video can be shot at 60 frames a second.', '(The council says it has no such plans.)']) {
      expect(isCreditLine(t), t).toBe(false);
    }
  });

  it('marks the caption next to a credit, the credit and a byline, and leaves the prose', () => {
    const s = splitSentences(
      [
        'Photo',
        'Ferry workers at the pier in Eastvale on Monday.',
        'Credit Mara Lind/Northwire',
        'By Jon Avery',
        'EASTVALE — The ferry union called a strike on Tuesday after pay talks failed.',
        'Passengers queued at the pier. (Ola Berg/AFP/Getty Images)',
        'The strike will last two days, the union said.',
      ].join('\n\n'),
    );
    const marked = s.filter((_, i) => pageFurniture(s)[i]).map((x) => x.text);
    expect(marked).toEqual([
      'Photo',
      'Ferry workers at the pier in Eastvale on Monday.',
      'Credit Mara Lind/Northwire',
      'By Jon Avery',
      'Passengers queued at the pier.',
      '(Ola Berg/AFP/Getty Images)',
    ]);
  });

  it('marks a caption with its credit in brackets at its end, not a sentence with a bracket of its own', () => {
    const s = splitSentences(
      [
        'A ferry leaves the pier at dawn (Photo: Mara Lind/Northwire)',
        'The skipper waved from the deck(Image: NX)',
        'The ferry union called a strike on Tuesday (the first in 20 years).',
      ].join('\n\n'),
    );
    expect(pageFurniture(s)).toEqual([true, true, false]);
  });
});

describe('key sentences', () => {
  it('start from the story’s lead, not from a caption that reads like one', () => {
    const picked = rank('Ferry union strikes in Eastvale', [
      'Ferry workers strike at the pier in Eastvale on Monday over their pay.',
      'Source: Supplied',
      'The ferry union called a two-day strike in Eastvale on Tuesday after pay talks with the port broke down.',
      'About 4,000 passengers a day use the ferry, which links the island with the mainland port.',
      'Talks will resume next week, the port said, and ferries may run on a reduced timetable.',
      'Many people in the town said they had enjoyed the weather over the long and quiet weekend.',
    ]);
    expect(picked).not.toContain(0);
    expect(picked).toContain(2);
  });

  it('prefer the sentence after the lead to a later one that says as much', () => {
    const paras = [
      'The Dunmore council voted on Monday to close the old river bridge for repairs.',
      'The work will cost $4 million and take most of the summer, officials said.',
      'Traffic will go through Eastvale, adding 20 minutes for drivers.',
      'Residents asked about buses, and the council promised an answer by Friday.',
      'A bakery owner said her shop would lose trade while the bridge is closed.',
      'The council will vote on the contractor next month, after the bids are in.',
      'Repairs to the river bridge will cost $4 million, the council said.',
    ];
    expect(rank('Dunmore to close river bridge for repairs', paras)).toContain(1);
  });

  it('prefer a sentence that opens its paragraph to the same sentence inside a paragraph', () => {
    // The same words, only the paragraph differs: the model's paragraph-opening features decide, nothing else.
    const withLastIn = (para: number) =>
      [
        ['The Dunmore council voted on Monday to close the old river bridge for repairs.', 0],
        ['The work will cost $4 million and take most of the summer, officials said.', 0],
        ['Buses will run every hour to Eastvale while the old bridge is shut.', 1],
        ['Ferries will sail every hour from Dunmore quay while the old bridge is shut.', para],
      ].map(([text, p]) => ({ text: text as string, para: p as number, facts: 0 }));
    expect(scoreAt('Dunmore to close river bridge', withLastIn(2), 3)).toBeGreaterThan(scoreAt('Dunmore to close river bridge', withLastIn(1), 3) + 0.3);
  });

  it('pass over questions and rows of a table', () => {
    const sentences = [
      'The Dunmore council voted on Monday to close the old river bridge for repairs.',
      'So will the river bridge in Dunmore ever open to traffic again after the repairs?',
      'Dunmore river bridge: closes in May, costs $4 million, reopens in 2027 with two new lanes.',
      'The repairs to the river bridge will cost $4 million, the council said.',
      'Buses will carry commuters through Eastvale while the work goes on.',
    ].map((text, para) => ({ text, para, facts: 0, row: para === 2 }));
    expect(scoreAt('Dunmore to close river bridge', sentences, 2)).toBe(-Infinity);
    const statement = sentences.map((s, i) => (i === 1 ? { ...s, text: 'So the river bridge in Dunmore will open to traffic again after the repairs.' } : s));
    expect(scoreAt('Dunmore to close river bridge', sentences, 1)).toBeLessThan(scoreAt('Dunmore to close river bridge', statement, 1) - 1);
  });

  it('prefer a sentence that names someone or holds a figure to a comment that does neither', () => {
    const article = (third: string) =>
      [
        'The Dunmore council voted on Monday to close the old river bridge for repairs.',
        'The work will cost $4 million and take most of the summer, officials said.',
        third,
        'Buses will carry commuters while the work goes on.',
      ].map((text, para) => ({ text, para, facts: 0 }));
    const plain = scoreAt('Dunmore to close river bridge', article('It is a sad day for everyone who has walked across the old bridge.'), 2);
    expect(plain).toBeLessThan(scoreAt('Dunmore to close river bridge', article('It is a sad day for Ana Diaz, who has walked across the old bridge.'), 2));
    expect(plain).toBeLessThan(scoreAt('Dunmore to close river bridge', article('It is a sad day for 300 people who have walked across the old bridge.'), 2));
  });

  it('prefer the news to the writer’s aside that says as much', () => {
    const article = (second: string) =>
      [
        'The Dunmore council voted on Monday to close the old river bridge for repairs.',
        second,
        'A bakery owner said her shop would lose trade while the bridge is closed.',
      ].map((text, para) => ({ text, para, facts: 0 }));
    expect(scoreAt('Dunmore to close river bridge', article('I hear the ferries will run every hour from the quay until the summer.'), 1)).toBeLessThan(
      scoreAt('Dunmore to close river bridge', article('The ferries will run every hour from the quay until the summer, the port said.'), 1),
    );
  });

  it('pass over an aside in brackets and a caption that opens with its picture credit', () => {
    const sentences = [
      'The Dunmore council voted on Monday to close the old river bridge for repairs.',
      '(Corrects the third paragraph to show the bridge opened in 1931, not 1913.)',
      'Ana Whitcombe/Dunmore Herald Cars queue at the old river bridge in Dunmore as the council closes it for repairs.',
      'Buses run by Eastvale Transit will carry commuters while the work goes on.',
      'A bakery owner in Dunmore said her shop would lose trade while the bridge is closed.',
    ].map((text, para) => ({ text, para, facts: 0 }));
    expect(rankSentences('Dunmore to close river bridge', sentences)).toEqual([0, 3, 4]);
  });

  it('prefer the sentence that turns the story to background that scores the same', () => {
    const article = (third: string) =>
      [
        'The Dunmore council voted on Monday to close the old river bridge for repairs.',
        'The work will cost $4 million and take most of the summer, officials said.',
        third,
      ].map((text, para) => ({ text, para, facts: 0 }));
    expect(scoreAt('Dunmore to close river bridge', article('But shops on the east bank of the river say they will lose their commuters.'), 2)).toBeGreaterThan(
      scoreAt('Dunmore to close river bridge', article('So shops on the east bank of the river say they will lose their commuters.'), 2),
    );
  });

  it('prefer the sentence that names a month to the same sentence without it', () => {
    const article = (third: string) =>
      [
        'The Dunmore council voted on Monday to close the old river bridge for repairs.',
        'The work will cost $4 million and take most of the summer, officials said.',
        third,
      ].map((text, para) => ({ text, para, facts: 0 }));
    expect(scoreAt('Dunmore to close river bridge', article('Shops on the Dunmore east bank expect to lose their commuters by August.'), 2)).toBeGreaterThan(
      scoreAt('Dunmore to close river bridge', article('Shops on the Dunmore east bank expect to lose their commuters this year.'), 2),
    );
  });
});

