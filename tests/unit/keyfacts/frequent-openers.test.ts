// @vitest-environment node
// A frequent English word that some personal name holds ("Wages", "Banks"), opening its sentence before a market's
// move, is the word, not a company (twentieth round, s20-openers): each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { isCommonWord, isFrequentNamePart } from '@/utils/keyfacts/gazetteer';
import { orgs } from './read-facts';

describe('a frequent word that a personal name holds, opening its sentence', () => {
  it('is in the shipped list of frequent name parts, and not in the common words', () => {
    for (const w of ['Nickel', 'Wheat', 'Sales']) {
      expect(isFrequentNamePart(w)).toBe(true);
      expect(isCommonWord(w)).toBe(false);
    }
    // given names, places and names compromise knows only as names are evidence of a name of their own
    for (const w of ['Elizabeth', 'Houston', 'Johnson']) expect(isFrequentNamePart(w)).toBe(false);
  });

  it('is no company before a move when the article never writes it capitalised inside a sentence', () => {
    const text = [
      'Nickel fell 3.2 percent on the metals exchange as demand from battery makers cooled.',
      'Wheat gained 1.5 percent after dry weather hit the southern plains, traders said.',
      'Sales dropped 4 percent in the quarter, the trade body said on Thursday.',
      'Shares of Korvath Mining rose 2 percent.',
    ].join(' ');
    expect(orgs(text, 'Metals slide')).toEqual(['Korvath Mining']);
  });

  it('is a company where the article also writes it capitalised inside a sentence', () => {
    const text = [
      'Investors piled into shares of Sugar after the drinks maker raised its forecast on Monday.',
      'Sugar rose 6 percent in early trading, its best day in a year.',
    ].join(' ');
    expect(orgs(text, 'Drinks maker rallies')).toContain('Sugar');
  });

  it('stays a side in a sports report, where such words name the teams', () => {
    const text = [
      'Eagles beat Giants 24-10 on Sunday as the quarterback threw for three touchdowns in the second half.',
      'Giants coach Ray Dunmore said his team lost the game in the first quarter.',
      'The league leaders play again next week.',
    ].join(' ');
    expect(orgs(text, 'Week 12 round-up')).toContain('Eagles');
  });

  it('is no company when it is the plural of a frequent word, which the frequency list lacks', () => {
    const text = [
      'Premiums climbed 7 percent for drivers under 25 this year, an insurance survey found.',
      'Tariffs rose 2.4 percent in October from a year earlier, the statistics agency said on Friday.',
    ].join(' ');
    expect(orgs(text, 'Costs climb')).toEqual([]);
  });
});

