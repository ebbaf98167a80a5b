// @vitest-environment node
// Thirty-first round (s31-places), on invented sentences: a place the extractor knows is no company ("the Caribbean").
import { describe, expect, it } from 'vitest';
import { orgsFound, placesFound } from './read-facts';

describe('a place the extractor knows is no company', () => {
  it('reads the Caribbean as a place, not a company the lists name', () => {
    const text = 'Remittances to Latin America and the Caribbean rose by a tenth last year, the bank said.';
    expect(placesFound(text)).toContain('Caribbean');
    expect(orgsFound(text)).not.toContain('Caribbean');
  });
});

