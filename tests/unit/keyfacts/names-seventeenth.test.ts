// @vitest-environment node
// Names and years a reader saw as wrong (seventeenth round): each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { dates, nums, orgs, peopleNames } from './read-facts';

describe('events are no organisations', () => {
  it('reads a plural event after "the" as no team', () => {
    const text = 'Thousands of students joined the Arden Protests in 2019. The Kelso Riots began in August 2011. The Halden Ravens beat the Oslo Tigers.';
    expect(orgs(text)).toEqual(['Halden Ravens', 'Oslo Tigers']);
  });

  it('reads an event named by its staff as no body, but keeps the body', () => {
    const text = 'Officials at the Lagos Marathon said 5,000 runners took part. Officials at the Lagos Port Authority said 12 ships waited.';
    expect(orgs(text)).toEqual(['Lagos Port Authority']);
  });
});

describe('a place before a name', () => {
  it('ends a role at a known place before a name the article writes on its own', () => {
    const text =
      'Speaking to reporters, Chile’s envoy to Britain Tao Weiming warned the government against interference. The ambassador said Chile would respond, and Tao called the sanctions illegal.';
    expect(orgs(text)).toEqual([]);
    expect(peopleNames(text)).toEqual(['Tao Weiming']);
  });
});

describe('a label’s number is no year', () => {
  it('reads no year after "Paragraph", "Section", "Article" or "No."', () => {
    expect(dates('Paragraph 1600: the rite is given by a bishop.')).toEqual([]);
    expect(dates('Under Section 1201 and Article 1914 of the code, lot No. 1984 was sold in 2001.')).toEqual(['2001']);
    expect(nums('Paragraph 1600: the rite is given by a bishop.')).toEqual([]);
  });
});
