// @vitest-environment node
// Twenty-ninth round (s29-clubs), on invented texts: a cup draw's fixture lines ("Ardmore v Brackwell or Tolsey") are
// rows, but in a sports report their sides are read (list-rows.ts isFixtureLine, collector.ts): a draw often names a
// side there only. A headline of the same shape outside a sports report stays a row, read for no names.
import { describe, expect, it } from 'vitest';
import { isFixtureLine, isListRow } from '@/utils/keyfacts/list-rows';
import { candidateNames, orgsFound, placesFound } from './read-facts';

const draw =
  'The fifth-round draw was made on Monday. Holders Keld Vale face a trip to the league leaders, and the striker who ' +
  'scored twice in the last round is fit. Hallam Rovers will replay their tie after a goalless draw.\n\n' +
  'Ardmore v Brackwell or Tolsey Wanderers\n\nKeld Vale v Hallam Rovers\n\nDunmore v Pellick\n\nTies to be played on 19 February.';

describe("a cup draw's fixture lines", () => {
  it('tells a fixture line from a headline and keeps both rows', () => {
    expect(isFixtureLine('Ardmore v Brackwell or Tolsey Wanderers')).toBe(true);
    expect(isFixtureLine('Keld Vale vs. Hallam Rovers')).toBe(true);
    expect(isFixtureLine('Man Shot at Dallas Gas Station Dies at Hospital')).toBe(false);
    expect(isFixtureLine('The pick of the ties is Ardmore v Brackwell.')).toBe(false);
    expect(isListRow('Ardmore v Brackwell or Tolsey Wanderers')).toBe(true);
  });

  it('reads the sides named only in the fixture lines of a sports report', () => {
    const bodies = orgsFound(draw);
    expect(bodies).toContain('Ardmore');
    expect(bodies).toContain('Brackwell');
    expect(bodies).toContain('Dunmore');
    expect(bodies).toContain('Pellick');
    expect(placesFound(draw)).not.toContain('Ardmore');
  });

  it('reads no names from a headline of that shape outside a sports report', () => {
    const text = 'Ardmore v Brackwell Ruling Splits the Court\n\nThe judges gave their opinions on Monday. Lawyers were pleased.';
    expect(candidateNames(text)).not.toContain('Ardmore');
    expect(candidateNames(text)).not.toContain('Brackwell');
    expect(candidateNames(text.replace('The judges gave their opinions', 'The striker scored twice in the match'))).toContain('Ardmore');
  });
});
