// @vitest-environment node
// Numbers and dates, sixteenth round: each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { dates, facts, nums } from './read-facts';

describe('numbers: a spread is one fact', () => {
  it('joins a spread whose unit or currency is written on both ends', () => {
    expect(nums('Cleaners earn $41,000 to $48,000 a year, and brokers between £90k and £120k.')).toEqual(['$41,000 to $48,000 a year', '£90k and £120k']);
    expect(nums('Fees run 15 percent to 20 percent; boxes cost €210 - €230 each.')).toEqual(['15 percent to 20 percent', '€210 - €230']);
    expect(nums('Plots vary from $8,000 to $19,000.')).toEqual(['$8,000 to $19,000']);
  });

  it('keeps a change, a comparison and a list as two values', () => {
    expect(nums('Rents grew from 25 percent to 30 percent of income.')).toEqual(['25 percent', '30 percent']);
    expect(nums('The share fell Rs4.10 to Rs98.20.')).toEqual(['Rs4.10', 'Rs98.20']);
    expect(nums('Voters backed it by 52% to 41%, and paid $5 and $9.')).toEqual(['52%', '41%', '$5', '$9']);
  });

  it('joins a bare spread written low to high, but no vote, and no ages', () => {
    expect(nums('The club lost 30 to 40 members; staff rose from 12 to 90.')).toEqual(['30 to 40 members', '12 to 90']);
    expect(nums('The council voted 8 to 3.')).toEqual(['8', '3']);
    expect(nums('Riders aged 16 to 19 and those aged between 20 and 24 ride free.')).toEqual([]);
  });

  it('joins a spread written with a spaced dash', () => {
    expect(nums('The chips run at 2.8 – 3.2 GHz.')).toEqual(['2.8 – 3.2 GHz']);
  });
});

describe('numbers: the size of a ranked group', () => {
  it('drops the number after "top", but not a share of the top', () => {
    expect(nums("Four of the country's top 10 insurers and the top 5 players earn more than the top 20% of households.")).toEqual(['20%']);
  });
});

describe('dates: a month, quarter or part of a year told from the story', () => {
  it('reads the month or part with its relative year as one date', () => {
    expect(dates('Sales slowed in March last year and in the fourth quarter of last year.')).toEqual(['March last year', 'the fourth quarter of last year']);
    expect(dates('The plant opens by the end of next year; it shut this past winter.')).toEqual(['the end of next year', 'this past winter']);
    expect(dates('Loans rose in the past nine months of 2021.')).toEqual(['past nine months of 2021']);
  });

  it('reads a holiday of a year and a quarter as dates', () => {
    expect(dates('By Easter 2031 the line opens; Q2 was weak and Q4 2030 strong.')).toEqual(['Easter 2031', 'Q2', 'Q4 2030']);
  });
});

describe('dates: a year that is part of a name, a code, an address or a count', () => {
  it('drops a year after a capitalised word of a name', () => {
    expect(dates('Fans of Star Voyage 2077 met at Comicon 2019 under the Housing Act 2008.')).toEqual([]);
    expect(dates('But 2019 was better, and Walmart’s 2018 plan began in spring 2018.')).toEqual(['2019', '2018', 'spring 2018']);
  });

  it('drops a year written into a model number, a code or a street address, or before a counted noun', () => {
    expect(dates('The Vega 1800X chip flew past asteroid 2004 MN4 to 1999 Elm Street.')).toEqual([]);
    expect(dates('The court released about 1500 pages in 2021.')).toEqual(['2021']);
    expect(nums('The court released about 1500 pages in 2021.')).toEqual(['1500 pages']);
  });
});

describe('dates: a speaker’s tonight and tomorrow, the verb "last", a span made an adjective', () => {
  it('reads "tonight" and "tomorrow" in the writer’s words only', () => {
    expect(dates('"We lost tonight and we play tomorrow," he said. The vote is tomorrow.')).toEqual(['tomorrow']);
  });

  it('reads no date in "could last weeks" or "this decades-long"', () => {
    expect(dates('The strike could last weeks. This decades-long feud ended last week.')).toEqual(['last week']);
  });
});

describe('quotes: one quote split around its attribution', () => {
  const quotes = (text: string) => facts(text).quotes.map(({ text, speaker }) => ({ text, speaker }));

  it('keeps the rest of a split quote with its first half', () => {
    expect(quotes('Ana Diaz runs the dam. "The dam will hold for now," Diaz said on Monday, "but not for long after the rains."')).toEqual([
      { text: 'The dam will hold for now … but not for long after the rains.', speaker: 'Diaz' },
    ]);
  });

  it('keeps two quotes when the first ends a sentence, the rest opens in capitals, or the writer turns to a hearer', () => {
    expect(quotes('Ana Diaz runs the dam. "The dam will hold for now," Diaz said. "But not for long after the rains."')).toHaveLength(2);
    expect(quotes('Ana Diaz runs the dam. "The dam will hold for now," Diaz said, "The rains will not last long."')).toHaveLength(2);
    expect(quotes('Ana Diaz runs the dam. "We all miss the old mill so much," Diaz said, telling Ruiz, "since it closed, you kept it alive."')).toHaveLength(2);
  });
});
