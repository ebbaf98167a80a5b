// @vitest-environment node
// Twenty-sixth round (s26-recall), on invented sentences: the seat an elected member holds ("MP for X", "the AM for X")
// and a name before "ward" or "constituency" are places (places.ts placeByContext,
// PLACE_NOUN_AFTER), also where no gazetteer holds the town; not a seat named by two places, which no rule reads whole.
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe('a seat after an elected member\'s title', () => {
  it('takes the constituency', () => {
    const text =
      'Mr Hale, MP for Brackenfield, said the plan was unfair. Ms Okafor, the AM for Glynderw, agreed on Monday. ' +
      'Tom Reed, the MP for Orrowmoor, did not.';
    const found = placesFound(text);
    expect(found).toContain('Brackenfield');
    expect(found).toContain('Glynderw');
    expect(found).toContain('Orrowmoor');
  });

  it('leaves a seat named by two places, and a title for something else', () => {
    const text = 'She was MP for Brackenfield and Orrow until 2001. The Minister for Brackenfield Affairs resigned.';
    const found = placesFound(text);
    expect(found).not.toContain('Brackenfield');
  });
});

describe('a name before "ward" or "constituency"', () => {
  it('takes the ward and the constituency', () => {
    const text = 'Leaflets were posted to homes in the Millbeck ward. Voters in the Orrowdale constituency went to the polls.';
    const found = placesFound(text);
    expect(found).toContain('Millbeck');
    expect(found).toContain('Orrowdale');
  });
});
