// @vitest-environment node
// Numbers and dates, fourteenth round: each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { dates, nums } from './read-facts';

describe('numbers: shares, ratios and bounds', () => {
  it('reads "3 in 10" as one share, never a period', () => {
    expect(nums('About 3 in 10 renters and 1 in 5 owners said so.')).toEqual(['3 in 10', '1 in 5']);
    expect(nums('Prices rose 5 in 10 days.')).toEqual(['5', '10 days']);
  });

  it('reads a ratio "33-to-1" or "9 to 1" whole, and a range "8-to-10 foot"', () => {
    expect(nums('The board voted 9 to 1, a 33-to-1 margin of leverage, for an 8-to-10 foot wall.')).toEqual(['9 to 1', '33-to-1', '8-to-10 foot']);
    expect(nums('Leverage rose from 18 to 1, to over 25 to 1.')).toEqual(['18 to 1', '25 to 1']);
  });

  it('reads a bare range after "between", but no years', () => {
    expect(nums('The riders were between 18 and 25; between 1993 and 2007 prices fell.')).toEqual(['18 and 25']);
  });

  it('keeps a lower bound written as a plus', () => {
    expect(nums('It has 5,000+ clients and seats 14+ riders.')).toEqual(['5,000+ clients', '14+ riders']);
  });

  it('keeps East African shillings closed by "/-"', () => {
    expect(nums('Each lamp cost 4m/- and a stall earns 12,000/- a day.')).toEqual(['4m/-', '12,000/-']);
  });
});

describe('numbers: what they count', () => {
  it('counts nouns with no plural "s"', () => {
    expect(nums('The raid left 12 wounded and 40 personnel; 9 children and 3 aircraft were moved.')).toEqual(['12 wounded', '40 personnel', '9 children', '3 aircraft']);
  });

  it('keeps a people\'s adjective between a number and what it counts, but no model name', () => {
    expect(nums('It polled 40 Peruvian farmers and 12 Pro models.')).toEqual(['40 Peruvian farmers', '12']);
  });

  it('reads a count after "Around" or "Another" at a sentence\'s start, and square feet', () => {
    expect(nums('Around 30 boats searched 9,000 square nautical miles near a 3,500 sq ft hangar.')).toEqual(['30 boats', '9,000 square nautical miles', '3,500 sq ft']);
  });

  it('keeps a record or score before a word of the season, and after "went"', () => {
    expect(nums('After a 9-7 season and a 21-30 record, the Owls went 3-8 on the road.')).toEqual(['9-7', '21-30', '3-8']);
  });
});

describe('numbers: what is no fact', () => {
  it('takes no number from a title or an address before capitalised words', () => {
    expect(nums('She made the 20 Rising Chefs list and lives at 45 Elm; 30 Finnish nurses and 12 Norwegians came.')).toEqual(['30 Finnish nurses', '12']);
    expect(nums('Some 70 U.S. marine personnel and 8 Apex T800s stayed.')).toEqual(['70', '8']);
  });

  it('reads no volume, issue, page or clause of a reference', () => {
    expect(nums('Journal of Soils 212(4): 301–319. doi:10.1000/xyz')).toEqual([]);
    expect(nums('The 501(c)(3) group, cited on page 88, hired 6 lawyers.')).toEqual(['6 lawyers']);
  });

  it('reads no label\'s number and no age of the page', () => {
    expect(nums('The unit 3 reactor and his number 2 were named; updated 40 minutes ago.')).toEqual([]);
  });
});

describe('dates of the fourteenth round', () => {
  it('reads a span counted from the story and a recent period', () => {
    expect(dates('Over the past 20 years and in the next eight weeks, the last few months were hard.')).toEqual(['past 20 years', 'next eight weeks', 'last few months']);
    expect(dates('In recent months the firm grew.')).toEqual(['In recent months']);
  });

  it('keeps a month or a season of a year whole, and a span of two years', () => {
    expect(dates('It began in March of 2011 and the summer of 2019, in the 2024/2025 year and 1980-1991.')).toEqual(['March of 2011', 'summer of 2019', '2024/2025', '1980-1991']);
  });

  it('reads the writer\'s "today" but not a speaker\'s, a name or "still today"', () => {
    expect(dates('The council said today it would vote.')).toEqual(['today']);
    expect(dates('"Today we rest," she said, reading USA Today until today.')).toEqual([]);
    expect(dates('Today we won," he said.')).toEqual([]);
  });

  it('reads a round of a season and no copyright year', () => {
    expect(dates('Copyright 2019 Harbour Press. The Owls lost in Week 3.')).toEqual(['Week 3']);
  });
});
