// Places (twentieth round): each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { joinedPlaceAt } from '@/utils/keyfacts/gazetteer';
import { joinedPlaceOf } from '@/utils/keyfacts/places';
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
