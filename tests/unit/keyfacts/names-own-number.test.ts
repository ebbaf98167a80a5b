// @vitest-environment node
// Names with a number of their own (thirtieth round, s30-orgs2): a word the article writes before the same number at
// every mention keeps the number in its name (numbered-names.ts, phrases.ts, name-lists.ts); a list that names people
// makes no organisation of its unknown names (pass-orgs-by-context.ts); each on an invented text.
import { describe, expect, it } from 'vitest';
import { numberedNames } from '@/utils/keyfacts/numbered-names';
import { candidateNames, orgs, orgsFound } from './read-facts';

describe('a name with its own number', () => {
  it('keeps the number a word carries at every mention, a possessive too', () => {
    const text = 'Norland band Velvet 7 topped the chart on Sunday. Velvet 7’s album Glass Rooms moved up to number three.';
    expect(candidateNames(text)).toEqual(expect.arrayContaining(['Velvet 7']));
    expect(orgs(text)).toContain('Velvet 7');
  });

  it('is no name of a word written alone or before another number, nor of a common, a known or a lower-case word', () => {
    expect(numberedNames('Velvet 7 played first. Velvet closed the night.', false)).toEqual(new Set());
    expect(numberedNames('Quarrow 5 was launched, and Quarrow 6 followed a year later.', false)).toEqual(new Set());
    expect(numberedNames('Article 50 was triggered, and Boeing 737 jets were grounded on March 8.', false)).toEqual(new Set());
    expect(numberedNames('The rapper was born in Queens. Rapper 50 Cent said nothing.', false)).toEqual(new Set());
    expect(numberedNames('Vellor 13 18% was his record, and Vellor 2.5 his average.', false)).toEqual(new Set());
    expect(numberedNames('Velvet 7 played first, the band said.', false)).toEqual(new Set(['Velvet']));
  });

  it('names an index or a label, no company whose shares move nor a source', () => {
    const text = 'In Tokyo the Qorvex 40 dropped 2.1%, its steepest fall in a month. According to Velmar 11, cities must be safe.';
    expect(candidateNames(text)).toEqual(expect.arrayContaining(['Qorvex 40', 'Velmar 11']));
    expect(orgsFound(text)).toEqual([]);
  });

  it('is none in a sports report, where a number after a name is a score or a minute', () => {
    expect(numberedNames('Velvet 7 played first.', true)).toEqual(new Set());
  });
});

describe('a list that names people', () => {
  it('makes no organisation of its unknown names beside a known one', () => {
    const found = orgsFound('The shortlist for best song named Tamsin Greer, Nokia, Quarrow and Olamide Park, the academy said.');
    expect(found).toContain('Nokia');
    expect(found).not.toContain('Quarrow');
    expect(found).not.toContain('Olamide Park');
  });
});
