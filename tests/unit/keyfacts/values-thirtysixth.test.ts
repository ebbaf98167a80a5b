// @vitest-environment node
// Numbers and dates, thirty-sixth round: each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { dates, nums } from './read-facts';

describe('numbers: a chart place or a ranking written "number N"', () => {
  it('reads "at number 8" and "the world number 23" with their word', () => {
    expect(nums('Her cover of Blue Harbour entered the chart at number 8, two places behind the band.')).toEqual(['number 8']);
    expect(nums('Despite the loss, the world number 23 said she was pleased.')).toEqual(['world number 23']);
  });

  it('reads "reached number 5" and "slipped to number 31"', () => {
    expect(nums('The single reached number 5 in March and slipped to number 31 a week later.')).toEqual(['number 5', 'number 31']);
  });

  it('leaves a label\'s number ("serial number 4512") out', () => {
    expect(nums('The engine carried serial number 4512.')).toEqual([]);
  });

  it('leaves Downing Street ("Number 10") and "No 10" out', () => {
    expect(nums('Number 10 said the minister would stay.')).toEqual([]);
    expect(nums('A No 10 spokesman said the minister would stay.')).toEqual([]);
  });
});

describe('numbers: a score before its result noun, past the competition\'s name', () => {
  it('reads "the 14-7 Pacific Shield win" and "a 2-0 League Cup third-round victory"', () => {
    expect(nums('The winger starred in the 14-7 Pacific Shield win over Tonga.')).toEqual(['14-7']);
    expect(nums('Rovers reached the last eight with a 2-0 League Cup third-round victory at Eastfield.')).toEqual(['2-0']);
  });

  it('reads a score before "advantage" as before "lead"', () => {
    expect(nums('A late try gave the hosts a commanding 24-3 advantage.')).toEqual(['24-3']);
  });

  it('is no score before a name that names no result ("the 18-24 Harbour Festival season")', () => {
    expect(nums('Voters in the 18-24 Harbour Festival season were polled.')).toEqual([]);
  });
});

describe('dates: the New Year', () => {
  it('reads "the New Year" and "in the new year" as dates', () => {
    expect(dates('The minister will publish the plan in the New Year.')).toEqual(['New Year']);
    expect(dates('Talks will resume early in the new year, officials said.')).toEqual(['new year']);
  });

  it('not "a new year", a possessive, a hyphen or a name', () => {
    expect(dates('Each player starts a new year with a clean record.')).toEqual([]);
    expect(dates('Most New Year\'s resolutions fail.')).toEqual([]);
    expect(dates('She joined the new year-long course.')).toEqual([]);
    expect(dates('He was knighted in the New Year Honours list.')).toEqual([]);
  });
});

describe('dates: "May" alone after "from" or "for"', () => {
  it('reads "from May" and "predicted for May" as the month', () => {
    expect(dates('Ferry tickets will cost less from May, the operator said.')).toEqual(['May']);
    expect(dates('The vote is widely predicted for May.')).toEqual(['May']);
  });

  it('not a person named May ("a letter from May Ellis") nor the modal verb', () => {
    expect(dates('The council read a letter from May Ellis.')).toEqual([]);
    expect(dates('Tickets for the ferry may cost less.')).toEqual([]);
  });
});
