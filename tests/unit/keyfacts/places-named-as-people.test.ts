// @vitest-environment node
// Twenty-fourth round (s24-placesp), on invented sentences: a place word written after a noun of kinship or a
// lower-case role ("his daughter Adelaide", "the singer Savannah") is a person's name in every mention of the article
// (place-evidence.ts placesNamed); a country, and a town written after "forward" as an adverb, stay places.
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe('a place word written as a person', () => {
  it('drops a town named after a noun of kinship, in every mention', () => {
    const text =
      'The former minister spoke at a charity dinner in Leeds on Friday. He thanked his daughter Adelaide for her ' +
      'support during the campaign. Adelaide, a nurse, said the family was proud of the new hospital wing.';
    const found = placesFound(text);
    expect(found).toContain('Leeds');
    expect(found).not.toContain('Adelaide');
  });

  it('drops a town named after a lower-case role with a determiner or a nationality before it', () => {
    const text =
      'The festival line-up was announced in Glasgow on Monday. The headliners include the singer Savannah and ' +
      'US rapper Tampa, who both toured Europe last year. Tickets go on sale next week.';
    const found = placesFound(text);
    expect(found).toContain('Glasgow');
    expect(found).not.toContain('Savannah');
    expect(found).not.toContain('Tampa');
  });

  it('keeps a country, and a town after an adverb that is also a role word', () => {
    const text =
      'Growth slowed sharply last year, the statistics office said. Looking forward Dallas expects a recovery in ' +
      'the spring, and a country like Peru could follow. Exports to Peru rose by 3% in the last quarter.';
    const found = placesFound(text);
    expect(found).toContain('Dallas');
    expect(found).toContain('Peru');
  });
});
