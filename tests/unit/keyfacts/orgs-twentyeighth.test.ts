// @vitest-environment node
// Organisations of the twenty-eighth round (s28-orgs), each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { isAdjective } from '@/utils/keyfacts/cues';
import { candidateNames, orgs } from './read-facts';

describe('a name that ends like an adjective', () => {
  it('is a nationality or an adjective by a people\'s ending, or by another only when the word lists know the word or it ends a longer name', () => {
    expect(isAdjective('Italian')).toBe(true);
    expect(isAdjective('Islamic')).toBe(true);
    expect(isAdjective('Indian-American')).toBe(true);
    expect(isAdjective('South Korean')).toBe(true);
    expect(isAdjective('Andean')).toBe(true);
    expect(isAdjective('Conservative')).toBe(true);
    expect(isAdjective('Halvoric')).toBe(false);
    expect(isAdjective('Brenfish')).toBe(false);
    expect(isAdjective('Q-Electric')).toBe(false);
  });

  it('is read as a firm where the article lists it among firms', () => {
    const text = [
      'The start-up faces competition from firms such as Google, Halvoric, Brenfish and Apple, all of which sell search tools.',
      'Its founder said the market was growing fast and that prices would fall next year.',
    ].join(' ');
    const found = orgs(text);
    expect(found).toContain('Halvoric');
    expect(found).toContain('Brenfish');
  });

  it('leaves a nationality or a people listed with firms out', () => {
    const text = [
      'The survey asked shoppers about firms such as Google, Amazon and Apple, and how South Korean and Indian-American buyers chose.',
      'Its authors said the gap was growing fast and that prices would fall next year.',
    ].join(' ');
    const found = orgs(text);
    expect(found).not.toContain('South Korean');
    expect(found).not.toContain('Indian-American');
  });
});

describe('a role\'s tenure or a negation opening the sentence before a body', () => {
  it('cuts "Former" and "Ex-" off the body named after them', () => {
    expect(candidateNames('Former Quorvex chief executive Dana Whitlow, 57, has written two reports on the industry.')).toContain('Quorvex');
    expect(candidateNames('Ex-Velmont chairman Tomas Reed told the paper the plan would fail.')).toContain('Velmont');
    const text = [
      'Former Quorvex chief executive Dana Whitlow, 57, has written two reports on the industry.',
      'Ms Whitlow said the sector needed more money for training, and that the review would report in May.',
    ].join(' ');
    expect(orgs(text)).toContain('Quorvex');
    expect(orgs(text)).not.toContain('Former Quorvex');
  });

  it('cuts "Neither" off the name it opens', () => {
    expect(candidateNames('Neither Quorvex nor Brindle offers the service yet.')).toContain('Quorvex');
  });

  it('keeps "Former" inside a name the sentence does not open with it', () => {
    expect(candidateNames('The Former Residents Association met on Monday to discuss the plan.')).toContain('Former Residents Association');
  });
});

describe('members in capitals after a body', () => {
  it('are no part of its name ("Labour MPs", "Lib Dem MEPs")', () => {
    expect(candidateNames('The bill passed despite a rebellion by 34 Brightwell Party MPs on Tuesday.')).toContain('Brightwell Party');
    expect(candidateNames('The government faces opposition from Tory and Lib Dem MPs as it prepares for the vote.')).toContain('Lib Dem');
  });

  it('leaves a member noun standing alone, and a person\'s post-nominal, to the other rules', () => {
    expect(candidateNames('MPs voted on Tuesday.')).toContain('MPs');
    expect(candidateNames('The report was written by Ana Lindqvist MP last year.')).toContain('Ana Lindqvist');
  });
});
