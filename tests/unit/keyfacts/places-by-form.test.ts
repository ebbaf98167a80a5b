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

  it('takes strips, reefs, harbours and beaches of the coast for places', () => {
    expect(isPlaceByForm(['Tarvel', 'Strip'], ' was shelled.')).toBe(true);
    expect(isPlaceByForm(['Great', 'Ostrel', 'Reef'], '.')).toBe(true);
    expect(isPlaceByForm(['Quenby', 'Harbour'], '.')).toBe(true);
    expect(isPlaceByForm(['Kelmore', 'Beach'], ' in January.')).toBe(true);
    // a count of beaches is no place
    expect(isPlaceByForm(['Two', 'Beach'], '.')).toBe(false);
  });

  it('lists a strip or a reef no gazetteer holds with no cue before it', () => {
    expect(places('Aid convoys waited at the border of the Tarvel Strip on Monday. Officials said the crossing would reopen.')).toEqual(['Tarvel Strip']);
    expect(places('Divers surveyed the Great Ostrel Reef last year, the agency said. The survey found bleaching.')).toEqual(['Great Ostrel Reef']);
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
