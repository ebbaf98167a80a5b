// @vitest-environment node
// Dates, twenty-third round (a part of a year's count is no number: nums): each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { dates, nums } from './read-facts';

describe('dates: a season the story places in its own year', () => {
  it('reads "the summer" after a preposition of time as a date', () => {
    expect(dates('The ferry board expects the new boats to sail by the summer, its chair said.')).toEqual(['summer']);
    expect(dates('Fares will rise in the autumn but stay below the cap.')).toEqual(['autumn']);
    expect(dates('The harbour master wrote to him twice in the springtime.')).toEqual(['springtime']);
  });

  it('not when the season describes a noun, nor a season with no preposition before it', () => {
    expect(dates('The grant was promised in the spring spending round.')).toEqual([]);
    expect(dates('Queues should ease by the summer holiday season.')).toEqual([]);
    expect(dates('The summer was the wettest on record for the ferry.')).toEqual([]);
    expect(dates('He lost his job after the fall in ferry fares.')).toEqual([]);
  });

  it('leaves a season of a year whole', () => {
    expect(dates('She wrote to the board in the spring of 1986 about the fares.')).toEqual(['spring of 1986']);
  });
});

describe('dates: a time inside a period the story names', () => {
  it('reads "earlier in the week" and "later in the year" as dates', () => {
    expect(dates('The ferry board met earlier in the week to set the fares.')).toEqual(['earlier in the week']);
    expect(dates('The operator will trial the new boats later in the year.')).toEqual(['later in the year']);
  });

  it('the first or last months of the year told from the story are a date, not a number', () => {
    expect(dates('The deficit grew during the first 10 months of this year.')).toEqual(['first 10 months of this year']);
    expect(nums('The deficit grew during the first 10 months of this year.')).toEqual([]);
    expect(dates('Fares will average 5% in the last three months of the year.')).toEqual(['last three months of the year']);
  });

  it('a span of days written with "to" is one date', () => {
    expect(dates('The ferry show runs from 6 to 9 January in Oslo.')).toEqual(['6 to 9 January']);
    expect(nums('The ferry show runs from 6 to 9 January in Oslo.')).toEqual([]);
  });
});

describe('dates: times, eras and fiscal years as other presses write them', () => {
  it('reads a time with a dot, a year of an era, a fiscal year by two digits, tens in words', () => {
    expect(dates('The ferry left Oslo at 10.42 am on the dot.')).toEqual(['10.42 am']);
    expect(dates('The oldest finds at the ferry landing date from around 500 BC.')).toEqual(['500 BC']);
    expect(dates('The ferry operator expects growth of 3% in FY26.')).toEqual(['FY26']);
    expect(dates('Seventy years ago, the ferry sank off the island.')).toEqual(['Seventy years ago']);
  });
});

describe('dates: a day or a year told from a time the story has told', () => {
  it('reads "the next day", "the following year" and "the day before" as dates', () => {
    expect(dates('The skipper was arrested the next day.')).toEqual(['the next day']);
    expect(dates('The following year, an audit found the ferry unsafe.')).toEqual(['The following year']);
  });
});
