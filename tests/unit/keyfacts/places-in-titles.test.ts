// @vitest-environment node
// Twenty-fourth round (s24-placesp), on invented sentences: a place word that ends the title of a work or an event
// names no place of the story (work-titles.ts, read by place-evidence.ts placesNamed); a town written as a place stays.
import { describe, expect, it } from 'vitest';
import { endsWorkTitle } from '@/utils/keyfacts/work-titles';
import { placesFound } from './read-facts';

describe('a place word at the end of a title', () => {
  it('drops a town that ends a title a capitalised article opens in mid-sentence', () => {
    const text =
      'The theatre awards were handed out in London on Sunday night. The prize for best play went to The Road to ' +
      'Denver, ahead of A Journey to Lisbon and two revivals. The producers said ticket sales had doubled.';
    const found = placesFound(text);
    expect(found).toContain('London');
    expect(found).not.toContain('Denver');
    expect(found).not.toContain('Lisbon');
  });

  it('drops a town after "of the" in a film title, and keeps it where the article writes it as a place', () => {
    const titleOnly = 'The studio said the remake of Return of the Tucson would open next spring in cinemas across Europe.';
    expect(placesFound(titleOnly)).not.toContain('Tucson');
    const alsoPlace = `${titleOnly} The film was shot in Tucson over six weeks last summer.`;
    expect(placesFound(alsoPlace)).toContain('Tucson');
  });

  it('reads the title forms and leaves the place forms', () => {
    expect(endsWorkTitle('The shortlist also named The Woman in ', 'Denver')).toBe(true);
    expect(endsWorkTitle('Critics loved the film Flight of the ', 'Phoenix')).toBe(true);
    // a sentence that opens with "The", a country's own form, a role of the place
    expect(endsWorkTitle('The Mayor of ', 'Denver')).toBe(false);
    expect(endsWorkTitle('She met the President of the ', 'Philippines')).toBe(false);
    expect(endsWorkTitle('talks with the Governor of the ', 'Punjab')).toBe(false);
    expect(endsWorkTitle('The team flew from Chicago to ', 'Denver')).toBe(false);
  });
});
