// @vitest-environment node
// Where a name's edge falls (twenty-fifth round, s25-edges): each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { peopleNames } from './read-facts';

describe('a nationality written as a noun before a personal name', () => {
  it('is no part of the name, inside a sentence ("Swede", from compromise\'s demonyms)', () => {
    const text = 'Top seed Carl Brand could meet Tom Ruddy in the second round if he beats Swede Nils Ekberg on Tuesday. Ekberg lost in Paris last week.';
    expect(peopleNames(text)).toContain('Nils Ekberg');
    expect(peopleNames(text)).not.toContain('Swede Nils Ekberg');
  });
});
