// @vitest-environment node
// Thirty-fourth round (s34-places), on invented sentences: a street or a square where the story happens, by its last
// word and a preposition of place before it ("on Tarrant Street", "at 12 Harlow Road"), with its house number.
import { describe, expect, it } from 'vitest';
import { streetAt } from '@/utils/keyfacts/places';
import { placesFound } from './read-facts';

describe('a street after a preposition of place', () => {
  it('takes a street, a road, an avenue and a square the data does not hold', () => {
    const text =
      'The suspect ran off towards Harlow Road after the raid. The old chapel on Tarrant Street has stood empty since 1990, and the bank on Pellow Avenue closed. Crowds gathered in Bevan Square.';
    expect(placesFound(text)).toEqual(expect.arrayContaining(['Harlow Road', 'Tarrant Street', 'Pellow Avenue', 'Bevan Square']));
  });

  it('lists the house number with the street, and reads no role around it', () => {
    expect(placesFound('The minister met the envoy Ana Ruiz at 12 Marlow Street, on her first official visit.')).toContain('12 Marlow Street');
    expect(streetAt(['Marlow', 'Street'], 'the 400 block of ', ' in the town')).toBe('Marlow Street');
  });

  it('takes one that a known place owns, not one a shop owns', () => {
    expect(streetAt(['Bevan', 'Square'], "the crowds in London's ", ' on Friday')).toBe('Bevan Square');
    expect(streetAt(['Bevan', 'Square'], "she shopped at Tesco's ", ' branch')).toBeUndefined();
  });
});

describe('a street written as what it stands for', () => {
  it('reads no place in a street written without a preposition of place', () => {
    expect(placesFound('The claims were denied by Marlow Street on Friday.')).not.toContain('Marlow Street');
    expect(streetAt(['Marlow', 'Street'], 'But ', ' has grown skeptical of the deal')).toBeUndefined();
  });

  it('leaves a street before a role to the body, and a name of another last word alone', () => {
    expect(streetAt(['Marlow', 'Street'], 'the talks at ', ' press secretary Jo Lee')).toBeUndefined();
    expect(streetAt(['Nathan', 'Lane'], 'a joke at ', ' on Friday')).toBeUndefined();
    expect(streetAt(['Marlow', 'Street'], 'the talks at ', "'s offices")).toBeUndefined();
  });
});
