// @vitest-environment node
// One-word names of capitals and digits (thirtieth round, s30-orgs2): a body only by the article's own words
// (digit-names.ts), a possessive that keeps the word a name (phrases.ts), digits inside a listed name (name-lists.ts);
// each on an invented text.
import { describe, expect, it } from 'vitest';
import { isCap } from '@/utils/keyfacts/phrases';
import { candidateNames, orgs, orgsFound } from './read-facts';

describe('a name of capitals and digits read as a body by the article’s words', () => {
  it('is a group of states when the article writes its summit, presidency, ministers, meeting or nations', () => {
    expect(orgs('K7 finance ministers have backed a plan to write off the debts of the poorest nations.')).toContain('K7');
    expect(orgs('The deal will be signed at the K8 summit in Norland in July, the minister said.')).toContain('K8');
    expect(orgs('Norland takes over the presidency of the K8 next year and wants debt on its agenda.')).toContain('K8');
    expect(orgs('Officials said the K6 nations would meet again in the spring to agree the terms.')).toContain('K6');
  });

  it('is a service a spy or an agent works for', () => {
    expect(orgs('A former officer who spied for MJ7 for a decade has been on hunger strike for a month.')).toContain('MJ7');
  });

  it('stays undecided with no such words: a country of a group, a product, a format', () => {
    const text = 'Norland is the only K7 country whose economy shrank last year, the report said. The Z5 players sold out in a day, and the R9 format is free.';
    expect(orgsFound(text)).not.toEqual(expect.arrayContaining(['K7']));
    expect(orgsFound(text)).not.toContain('Z5');
    expect(orgsFound(text)).not.toContain('R9');
  });
});

describe('a capital and digits written with a possessive or in a list', () => {
  it('is a capitalised word with its possessive ("K9’s latest album")', () => {
    expect(isCap('K9’s')).toBe(true);
    expect(isCap("Z4's")).toBe(true);
    expect(candidateNames('The chart moved little on Sunday. K9’s latest album, Glass Rooms, stayed at number one.')).toContain('K9');
  });

  it('stands in a list of known companies with its digits, and is read as one of them', () => {
    expect(orgs('Vodafone and Z4 are due to launch their networks in May, the regulator said.')).toContain('Z4');
  });
});
