// @vitest-environment node
// Twenty-sixth round (s26-recall), on invented sentences: the seat an elected member holds ("MP for X", "the AM for X")
// and a name before "ward" or "constituency" are places (places.ts placeByContext,
// PLACE_NOUN_AFTER), also where no gazetteer holds the town; not a seat named by two places, which no rule reads whole.
// Twenty-eighth round (s28-places): a name before "by-election" is the seat (places.ts isByElectionSeat).
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
  it('takes the seat named before "by-election", also one no gazetteer holds (s28-places)', () => {
    const text =
      'The party won the Dunmarrow West by-election on Thursday, overturning a majority of 6,000. The new member ' +
      'said voters had wanted a change, and the count ended at 4am.';
    expect(placesFound(text)).toContain('Dunmarrow West');
  });

  it('leaves a party before "by-election" whose MPs the article writes, also later (s28-places)', () => {
    const text =
      'The Vantist by-election campaign opened in the town hall on Monday, and the candidate said it would be a ' +
      'close race. Three Vantist MPs spoke at the launch.';
    expect(placesFound(text)).not.toContain('Vantist');
  });
});
