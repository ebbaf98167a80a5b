// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namesADay, shownDates, shownNumbers } from '../../../utils/keyfacts/display';

// The panel as a reader sees it (issue #16, s20-panel): dates and numbers that mean something on their own. Every sentence is invented.

describe('dates and numbers that mean something on their own', () => {
  const at = (text: string, sentence = 0) => ({ text, sentence });
  it('shows no date told only from the day of writing', () => {
    const sentences = ['Last week the club lost.', 'It won on Tuesday and a week ago.', 'Yesterday the coach quit.', 'Fans marched this season.'];
    expect(shownDates([at('Last week'), at('Tuesday', 1), at('a week ago', 1), at('Yesterday', 2), at('this season', 3)], sentences).map((d) => d.text)).toEqual(['Tuesday']);
    expect(shownDates([at('today'), at('this year')], ['Prices rose today and this year.'])).toEqual([]);
    // a date with a digit wins over any without
    expect(shownDates([at('Tuesday'), at('March 4')], ['On Tuesday, March 4.']).map((d) => d.text)).toEqual(['March 4']);
  });

  it('names a day by a weekday, a month or a holiday written mid-sentence', () => {
    expect(namesADay('early May', 'Sales rose in early May.')).toBe(true);
    expect(namesADay('Labor Day weekend', 'Traffic peaked on Labor Day weekend.')).toBe(true);
    expect(namesADay('Thanksgiving', 'They met at Thanksgiving.')).toBe(true);
    expect(namesADay('Yesterday', '“Yesterday was hard,” she said.')).toBe(false);
    expect(namesADay('the end of the year', 'It closes at the end of the year.')).toBe(false);
  });

  it('shows no ordinal alone nor a standard’s name', () => {
    const shown = shownNumbers(['14th', '3rd', '4K', '5G', '10th outing', '41C', '90W', '$5', '5'].map((t) => at(t))).map((n) => n.text);
    expect(shown).toEqual(['10th outing', '41C', '90W', '$5']);
  });
});
