// @vitest-environment node
// Thirty-first round (s31-places), on invented sentences: a region named by two compass words after "the" ("the North
// East"); a place the extractor knows is no company ("the Caribbean"); the kind of town right before a name that closes
// there ("the Ostrian capital, Velmar.").
import { describe, expect, it } from 'vitest';
import { orgsFound, placesFound } from './read-facts';

describe('a region named by two compass words', () => {
  it('takes the region after "the", written apart or hyphenated', () => {
    const found = placesFound('The minister said 4,000 jobs would move to the North East. Factories in the South-West were closing, a union official said.');
    expect(found).toContain('North East');
    expect(found).toContain('South-West');
  });

  it('leaves the words without "the": a name they open', () => {
    expect(placesFound('A South West spokesman said fares would rise in March.')).not.toContain('South West');
  });
});

describe('a place the extractor knows is no company', () => {
  it('reads the Caribbean as a place, not a company the lists name', () => {
    const text = 'Remittances to Latin America and the Caribbean rose by a tenth last year, the bank said.';
    expect(placesFound(text)).toContain('Caribbean');
    expect(orgsFound(text)).not.toContain('Caribbean');
  });
});

describe('the kind of town right before its name', () => {
  it('takes a name after "capital" or "port city" that closes there', () => {
    const found = placesFound('Crowds gathered in the Ostrian capital, Velmar. The plan was modelled on a square in the Dolish capital Pernau, where traders meet. A ship sailed from the port city Vask.');
    expect(found).toEqual(expect.arrayContaining(['Velmar', 'Pernau', 'Vask']));
  });

  it('leaves a name that goes on into its clause: the sentence\'s subject', () => {
    expect(placesFound('Violence flared in the capital, Dorran Vesk said on Monday.')).not.toContain('Dorran Vesk');
  });
});
