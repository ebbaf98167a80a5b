// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isPlaceByForm } from '@/utils/keyfacts/places';
import { places } from './read-facts';

describe('places by the last word of their name', () => {
  it('takes basins, plateaus, plains, deltas and regions for places', () => {
    expect(isPlaceByForm(['Varrow', 'Basin'], ' holds coal.')).toBe(true);
    expect(isPlaceByForm(['Ostmark', 'Autonomous', 'Region'], '.')).toBe(true);
    expect(isPlaceByForm(['Kelvane', 'Plateau'], '.')).toBe(true);
    // a court's district, a count of things: no place
    expect(isPlaceByForm(['Western', 'Region'], ' of Kelvane')).toBe(false);
  });

  it('lists such a place in an article', () => {
    expect(places('Miners in the Varrow River Basin cut output this year.')).toEqual(['Varrow River Basin']);
  });
});

describe('words that are no places', () => {
  it('does not take an abbreviated month listed after "in" for a place', () => {
    expect(places('The mayor spoke in Sacramento, Monday, Oct. 17, 2022.')).toEqual(['Sacramento']);
  });
});
