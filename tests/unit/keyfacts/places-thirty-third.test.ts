// @vitest-environment node
// Thirty-third round (s33-places), on invented sentences: a venue by how it is written, its last word ("the Halvergate
// Stadium", "the Corrin Theatre") or a venue's noun in lower case after it ("the Ostrava stadium"), where the story happens.
import { describe, expect, it } from 'vitest';
import { isVenueByForm } from '@/utils/keyfacts/places';
import { placesFound } from './read-facts';

describe('a venue by its last word', () => {
  it('takes a stadium, a theatre, an auditorium, a hotel and a boulevard the data does not hold', () => {
    const text =
      'Fans queued outside the Halvergate Stadium before the final. The gala moved from the Corrin Theatre to the Pellow Auditorium, and guests stayed at the Marbrook Hotel on Tassel Boulevard.';
    expect(placesFound(text)).toEqual(expect.arrayContaining(['Halvergate Stadium', 'Corrin Theatre', 'Pellow Auditorium', 'Marbrook Hotel', 'Tassel Boulevard']));
  });

  it('takes a prison, an airport and a racecourse', () => {
    const text = 'He was held at Dunmere Prison before his flight from Kestle Airport. The meeting at Trebarra Racecourse was abandoned.';
    expect(placesFound(text)).toEqual(expect.arrayContaining(['Dunmere Prison', 'Kestle Airport', 'Trebarra Racecourse']));
  });

  it('leaves a venue written before a role to the body that employs the person', () => {
    const text = 'The show also won Corrin Theatre artistic director Mara Lenn best director.';
    expect(placesFound(text)).not.toContain('Corrin Theatre');
    expect(isVenueByForm(['Corrin', 'Theatre'], ' artistic director Mara Lenn')).toBe(false);
  });

  it('reads no venue in a body\'s part before "of", nor in a number of them', () => {
    expect(isVenueByForm(['Corrin', 'Theatre'], ' of Dance')).toBe(false);
    expect(isVenueByForm(['Two', 'Hotel'], ' rooms')).toBe(false);
    expect(isVenueByForm(['Corrin', 'Theatre'], ' on Friday')).toBe(true);
  });
});

describe("a venue's noun in lower case after its name", () => {
  it('takes the name before "stadium" or "arena"', () => {
    expect(placesFound('The side lost 2-0 at the Ostrava stadium on Sunday.')).toContain('Ostrava');
    expect(placesFound('Some 8,000 people watched the show at the Vel Morra arena in June.')).toContain('Vel Morra');
  });

  it('reads no venue in a name before other lower-case nouns', () => {
    expect(isVenueByForm(['Ostrava'], ' squad on Sunday')).toBe(false);
    expect(isVenueByForm(['Ostrava'], ' stadium on Sunday')).toBe(true);
  });
});
