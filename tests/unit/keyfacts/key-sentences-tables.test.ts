// @vitest-environment node
/**
 * Lines of a table and label lines never become key sentences (invented articles, written as the reader's plain text
 * writes a page: one paragraph per block, a table's row one paragraph with its cells joined by spaces).
 */
import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '@/utils/keyfacts/key-sentence-features';
import { facts } from './read-facts';

const TITLE = 'Orwell coast braces for winter high tides';
const LEAD = 'Spring tides will run higher than usual along the Orwell coast this winter, the port board said on Monday.';
const SECOND = 'Engineers at the board expect the highest water in January, when the moon is closest to the earth.';
/** Sentences a ranker passes over (a quote, a question, the writer speaking): the third pick is left to the table. */
const WEAK = ['"We have never seen water like it," one shop owner said.', 'Will the wall hold this time?', 'We asked the board for its plans but heard nothing back.'];
const keys = (...paragraphs: string[]) => facts(paragraphs.join('\n\n'), TITLE).keySentences.map((k) => k.text);

describe('key sentences from tables and labels', () => {
  it('never picks the header row of a short table, though it repeats the title’s words and ends with a bracket', () => {
    const header = 'Month High tide (m)';
    const picks = keys(LEAD, SECOND, header, 'November 4.1', 'December 4.4', ...WEAK, 'Fishing boats moored in the inner basin, the harbour master said.');
    expect(picks).toHaveLength(3);
    expect(picks).not.toContain(header);
    expect(picks.slice(0, 2)).toEqual([LEAD, SECOND]);
  });

  it('never picks a wider header beside the rows, nor a label line of a few words without a stop', () => {
    const header = 'Month Spring high tide (m) Neap high tide (m) Flood risk on the quay';
    const label = 'Winter high tides on the Orwell coast (m)';
    const picks = keys(LEAD, SECOND, header, 'November 4.1 3.2 low', 'December 4.4 3.5 moderate', WEAK[0]!, label, ...WEAK.slice(1), 'Fishing boats moored in the inner basin, the harbour master said.');
    expect(picks).toHaveLength(4);
    expect(picks).not.toContain(header);
    expect(picks).not.toContain(label);
  });

  it('never picks a line of a short list of dates, though it names a month and the title’s words', () => {
    const dates = ['Saturday, January 10 (Orwell quay high tide)', 'Sunday, February 8 (Orwell quay high tide)'];
    const picks = keys(LEAD, SECOND, WEAK[0]!, ...dates, ...WEAK.slice(1), 'Fishing boats moored in the inner basin, the harbour master said.');
    expect(picks).toHaveLength(3);
    expect(picks.filter((t) => dates.includes(t))).toEqual([]);
  });

  it('keeps as candidates a long sentence that ends with a colon, a stop inside a bracket, and a long line beside prose', () => {
    const s = [
      LEAD,
      'Asked about the gates, the board’s chief engineer gave the council a warning about the high tides:',
      '(The highest tide of the winter is due on January 12.)',
      'Residents near the harbour wall have been told to move their cars before each high tide',
      'Month High tide (m)',
    ].map((text, para) => ({ text, para, facts: 0 }));
    expect(sentenceFeatures(TITLE, s).rows.map((r) => r !== null)).toEqual([true, true, true, true, false]);
  });
});
