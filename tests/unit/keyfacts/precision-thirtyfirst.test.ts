// @vitest-environment node
// Wrong facts of the thirty-first round's study sets by mechanism (s31-precision): each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { isSportsReport } from '@/utils/keyfacts/cues';
import { candidateNames, dates, nums, peopleFound } from './read-facts';

describe('a weekday that opens a name or is written in the plural is no date', () => {
  it('drops a weekday before a capitalised word: a paper, a song', () => {
    expect(dates('Nearly half of those asked in the Morning Post and Sunday Herald poll agreed.')).toEqual([]);
    expect(dates('The book, by Saturday Courier columnist Ann Pole, is out.')).toEqual([]);
  });

  it('keeps a weekday after a word of time, a capitalised word after it or not', () => {
    expect(dates('On Tuesday Brontal confirmed the talks, and early Wednesday Mr Hale left.')).toEqual(['Tuesday', 'Wednesday']);
    expect(dates('The firm said on Friday that sales fell.')).toEqual(['Friday']);
  });

  it('drops a weekday in the plural, with or without its part of the day', () => {
    expect(dates('He played the club on Fridays and sang there on Saturday nights.')).toEqual([]);
  });
});

describe('a weekday told as the day opens no name after it', () => {
  it('cuts the weekday after "On" and a weekday in the possessive off an organisation', () => {
    const text = 'Shares in the carmaker rose. On Tuesday Brontal Motors confirmed the talks. Its chief will miss Thursday\'s Grand Council meeting.';
    const found = candidateNames(text);
    expect(found).toEqual(expect.arrayContaining(['Brontal Motors', 'Grand Council']));
    expect(found).not.toContain('Tuesday Brontal Motors');
  });

  it('keeps a weekday that opens a paper\'s name', () => {
    expect(candidateNames('Most readers of the Sunday Herald agreed.')).toContain('Sunday Herald');
  });
});

describe('an elided "d\'" and the Italian "dal", "dei" go on a personal name', () => {
  it('keeps "d\'Orvane" and "dal Ferro" in the name', () => {
    const people = peopleFound('Among the guests was the former minister Lucien Marot d\'Orvane and his wife. The coach named Paolo dal Ferro at centre, and dal Ferro scored twice.');
    expect(people).toEqual(expect.arrayContaining(["Lucien Marot d'Orvane", 'Paolo dal Ferro']));
    expect(people).not.toContain('Lucien Marot');
  });
});

describe('a time in a time zone is no year', () => {
  it('drops four digits before GMT or UTC, keeps a year', () => {
    expect(dates('The pound traded at $1.21 at 1900 GMT, and the line opened at 0600 UTC.')).toEqual([]);
    expect(dates('The mill was built in 1900 by the family.')).toEqual(['1900']);
  });
});

describe('a span of months named as a period is one date', () => {
  it('reads "the May to July period" and "the April-to-June quarter" whole', () => {
    expect(dates('Output fell in the May to July period and rose in the April-to-June quarter.')).toEqual(['May to July period', 'April-to-June quarter']);
  });
});

describe('a count out of a whole is one share', () => {
  it('reads a worded count out of any whole, and digits out of digits', () => {
    expect(nums('Seven out of 25 tenants and three out of 10 shops had left.')).toEqual(['Seven out of 25', 'three out of 10']);
    expect(nums('The critic gave it 9 out of 10.')).toEqual(['9 out of 10']);
  });

  it('leaves a count larger than its whole apart', () => {
    expect(nums('They had 12 out of 10 wagons.')).not.toContain('12 out of 10');
  });
});

describe('"between" makes a spread of two values after a verb of change too', () => {
  it('reads "a rise of between 20% and 30%" as one spread, "rose from 2% to 4%" as two values', () => {
    expect(nums('Traders expect a rise of between 20% and 30% next year.')).toEqual(['20% and 30%']);
    expect(nums('Its share rose from 2% to 4%.')).toEqual(['2%', '4%']);
  });
});

describe('a number joined to an age is an age too', () => {
  it('drops "16" of "16 and 17-year-olds" and "25" of "25 to 34-year-olds", keeps a count beside them', () => {
    expect(nums('The wage rises for 16 and 17-year-olds, and 25 to 34-year-olds gain 40 pence.')).toEqual(['40 pence']);
  });
});

describe('bytes and a clock rate written in lower case are units', () => {
  it('keeps "a 60 gigabyte disk", "128mb" and "2.2ghz" with their units', () => {
    expect(nums('The laptop has a 60 gigabyte disk, 128mb of memory and a 2.2ghz processor.')).toEqual(['60 gigabyte', '128mb', '2.2ghz']);
  });
});

describe('"matches" in the plural counts as a sports report’s word', () => {
  it('reads a report of two matches in three days with football as sport', () => {
    expect(isSportsReport('The squad played two matches in three days, and the boss said football asks too much.')).toBe(true);
    expect(isSportsReport('The survey matches last year’s figures, the firm said.')).toBe(false);
  });
});
