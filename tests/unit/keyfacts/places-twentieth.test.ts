// @vitest-environment node
// Places (twentieth round): each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { joinedPlaceAt } from '@/utils/keyfacts/gazetteer';
import { joinedPlaceOf, mayNamePlace } from '@/utils/keyfacts/places';
import { tokenize } from '@/utils/keyfacts/phrases';
import { places } from './read-facts';

describe('known places whose name a lower-case word joins', () => {
  it('finds the whole name where it is written, and not a longer word', () => {
    const s = 'Buses from Dar es Salaam were late.';
    expect(joinedPlaceAt(s, s.indexOf('Dar'))).toBe('Dar es Salaam');
    expect(joinedPlaceAt('Buses from Dar es Salaamite towns.', 11)).toBeUndefined();
    expect(joinedPlaceAt(s, s.indexOf('Buses'))).toBeUndefined();
  });

  it('reads the name from a phrase past its opener, and not where a longer name goes on after it', () => {
    const s = 'In Bosnia and Herzegovina the vote was close.';
    expect(joinedPlaceOf(s, tokenize(s).slice(0, 2))).toEqual({ name: 'Bosnia and Herzegovina', end: s.indexOf(' the') });
    const t = 'The Republic of Singapore Air Force flew two jets.';
    expect(joinedPlaceOf(t, tokenize(t).slice(0, 2))).toBeUndefined();
  });

  it('lists the whole place, not its parts', () => {
    expect(places('Traders drove the maize from Dar es Salaam to the border on Monday.')).toEqual(['Dar es Salaam']);
    expect(places('Aid workers said the fever had spread across the Democratic Republic of Congo by March.')).toEqual(['Democratic Republic of Congo']);
    expect(places('Officials in the District of Columbia said the new rule would hold.')).toEqual(['District of Columbia']);
  });
});

describe('names that the weak "in X" offers and that no place bears', () => {
  it('tells a place\'s name from a field, a label, a code or a language by its words', () => {
    expect(mayNamePlace(['Renwick'])).toBe(true);
    expect(mayNamePlace(['Green', 'Bay'])).toBe(true);
    expect(mayNamePlace(['Modern', 'Languages'])).toBe(false);
    expect(mayNamePlace(['FY27'])).toBe(false);
    expect(mayNamePlace(['French'])).toBe(false);
  });

  it('lists none of them after "in"', () => {
    expect(places('She took a degree in Modern Languages and then moved to teaching.')).toEqual([]);
    expect(places('Growth is expected to slow in FY27, the bank said.')).toEqual([]);
    expect(places('The drug failed in Stage 2 of the trial last year.')).toEqual([]);
    expect(places('Renters in Renwick face higher bills this winter.')).toEqual(['Renwick']);
  });

  it('lists none of them with places either', () => {
    expect(places('She taught in Renwick, Modern Languages and Ancient Philosophy for years.')).not.toContain('Modern Languages');
  });
});
