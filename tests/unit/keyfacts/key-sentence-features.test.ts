// @vitest-environment node
// Each key-sentence feature fires on invented sentences that have its signal, and not on ones that lack it.
import { describe, expect, it } from 'vitest';
import { FEATURES, sentenceFeatures, type Feature } from '@/utils/keyfacts/key-sentence-features';

const paras = (...texts: string[]) => texts.map((text, para) => ({ text, para, facts: 0 }));
/** One feature of every sentence of an article (null for a sentence never picked). */
const feature = (f: Feature, sentences: ReturnType<typeof paras>, title = 'Harbour ferry strike') =>
  sentenceFeatures(title, sentences).rows.map((r) => (r ? r[FEATURES.indexOf(f)] : null));

const LEAD = 'The Eastvale ferry union called a two-day strike on Tuesday after pay talks with the port broke down.';

describe('key-sentence features', () => {
  it('lead and second: the story’s first two sentences, counted past a heading', () => {
    const s = paras('Strike news', LEAD, 'About 4,000 passengers a day use the ferry between the island and the port.', 'Talks will resume next week at the port office in the town.');
    expect(feature('lead', s)).toEqual([null, 1, 0, 0]); // the heading is a label, never picked
    expect(feature('second', s)).toEqual([null, 0, 1, 0]);
  });

  it('words: the log of the length, capped where a sentence becomes a list', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ') + '.';
    expect(feature('words', paras(LEAD, 'Ferries stopped at noon on the second day.', long))).toEqual([Math.log(18), Math.log(8), Math.log(45)]);
  });

  it('numberUnit: a figure with its unit or counted noun, not a bare year or day', () => {
    const s = paras(LEAD, 'About 4,000 passengers a day use the ferry between the island and the port.', 'The fare rose 6.6 per cent in the spring after the harbour board met.', 'The port opened in 1931 and the first ferry sailed on May 12 to the island.', 'Tickets cost €12 for the crossing to the island and back in the summer.');
    expect(feature('numberUnit', s)).toEqual([0, 1, 1, 0, 1]);
  });

  it('paraIndex and inParagraph: how far down the paragraphs, and the place in its own paragraph (capped at 3)', () => {
    const s = [LEAD, 'Ferries stopped at noon.', 'The port shut its gates.', 'Buses ran instead.', 'Cars queued.', 'Talks resume next week at the port office.'].map((text, i) => ({ text, para: i === 5 ? 1 : 0, facts: 0 }));
    expect(feature('inParagraph', s)).toEqual([0, 1, 2, 3, 3, 0]);
    expect(feature('paraIndex', s)).toEqual([0, 0, 0, 0, 0, Math.log(2)]);
  });

  it('runTogether: most sentences in paragraphs of five or more, as when a feed ran the paragraphs together', () => {
    const runOn = [LEAD, 'Ferries stopped at noon.', 'The port shut its gates.', 'Buses ran instead.', 'Cars queued.', 'Talks resume next week.'].map((text) => ({ text, para: 0, facts: 0 }));
    expect(feature('runTogether', runOn)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(feature('runTogether_inParagraph', runOn)).toEqual([0, 1, 2, 3, 3, 3]);
    const written = paras(LEAD, 'Ferries stopped at noon on the second day.', 'Talks will resume next week at the port office in the town.');
    expect(feature('runTogether', written)).toEqual([0, 0, 0]);
  });

  it('future: what comes next in the writer\'s words, not inside a quotation', () => {
    const s = paras(LEAD, 'Talks will resume next week at the port office in the town.', 'The port is expected to reopen on Friday after the repairs.', '"We will not sail," the union leader said on the quay.', 'Ferries stopped at noon on the second day of the strike.');
    expect(feature('future', s)).toEqual([0, 1, 1, 0, 0]);
  });

  it('opensThe: a sentence opening with an article', () => {
    const s = paras(LEAD, 'A second union joined the strike on the island on Wednesday.', 'Its members stopped work at noon on the second day.', 'Then the port shut its gates to all traffic for the day.');
    expect(feature('opensThe', s)).toEqual([1, 1, 0, 0]);
  });

  it('noStop: no stop at the end, a bracket or a quote alone not counting as one', () => {
    const s = paras(LEAD, 'Passengers queued at the port gates for the last ferry of the day (Eastvale)', 'Ferries stopped at noon on the second day of the strike (the first since 1998).', 'The union called the offer "an insult to every worker on the island"', 'The union called the offer "an insult to every worker on the island."');
    expect(feature('noStop', s)).toEqual([0, 1, 0, 1, 0]);
  });

  it('novelty: the share of its content words no earlier sentence used', () => {
    const s = paras(
      LEAD,
      'The strike by the ferry union began on Tuesday after the pay talks broke down.',
      'Fishing boats will carry medicine and post across the sound until Thursday.',
    );
    const [lead, restated, fresh] = feature('novelty', s) as number[];
    expect(lead).toBe(1);
    expect(restated).toBeLessThan(0.3); // "began" is its one new word
    expect(fresh).toBe(1);
  });

  it('an interaction is the product of its two signals', () => {
    const s = paras(LEAD, 'About 4,000 passengers a day use the ferry between the island and the port.', 'Talks will resume next week at the port office in the town.');
    const product = feature('depth', s).map((d, i) => d! * feature('paraFirst', s)[i]!);
    expect(feature('depth_paraFirst', s)).toEqual(product);
    expect(product).toEqual([0, 0.5, 1]);
  });

  it('depth: how far through the article a sentence is', () => {
    expect(feature('depth', paras(LEAD, 'About 4,000 passengers a day use the ferry between the island and the port.', 'Talks will resume next week at the port office in the town.'))).toEqual([0, 0.5, 1]);
  });
});
