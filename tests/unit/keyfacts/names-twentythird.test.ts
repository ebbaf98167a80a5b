// @vitest-environment node
// The twenty-third round's names rules (s23-names): each on an invented text.
import { describe, expect, it } from 'vitest';
import { factPasses } from '@/utils/keyfacts';
import { isGivenName } from '@/utils/keyfacts/gazetteer';

/** The people the passes take (before the confidence filter). */
const names = (text: string) => [...factPasses(text).c.people.keys()];

describe('given names the English lists lack', () => {
  it('are known when two of the first-name lists agree ("Maciej", "Waleed", "Kostas")', () => {
    for (const w of ['Maciej', 'Waleed', 'Kostas']) expect(isGivenName(w), w).toBe(true);
  });

  it('open a personal name with no other cue ("Maciej Orlowsky")', () => {
    const text = 'The new interface came from Maciej Orlowsky in a small studio near the river. It ships in May.';
    expect(names(text)).toContain('Maciej Orlowsky');
  });

  it('are known written with a capital inside ("LaToya") or as two given names joined by a hyphen ("Jean-Marc")', () => {
    expect(isGivenName('LaToya')).toBe(true);
    expect(isGivenName('Jean-Marc')).toBe(true);
    const text = 'The film was directed by Jean-Marc Vellaine and opens in Lyon next week. Critics were kind.';
    expect(names(text)).toContain('Jean-Marc Vellaine');
  });

  it('are never ordinary words, places or towns ("Santa", "Piers" stay no given names)', () => {
    for (const w of ['Santa', 'Piers', 'Danish']) expect(isGivenName(w), w).toBe(false);
  });
});

describe('a surname that is also a given name', () => {
  it('ends a name whatever its ending ("Arnaud Clement", not a noun in "-ment")', () => {
    const text = 'In the first round the seed will meet Arnaud Clement, while the holder faces a qualifier. Play starts at noon.';
    expect(names(text)).toContain('Arnaud Clement');
  });

  it('but a noun\'s ending still ends no name when it is no given name ("Grace Settlement")', () => {
    const text = 'The land was sold to Grace Settlement in the spring. The deal closed in June.';
    expect(names(text)).not.toContain('Grace Settlement');
  });
});

describe('a possessive after a surname written with a capital inside', () => {
  it('leaves the name a name ("Mick McCandless\'s side")', () => {
    const text = 'The midfielder was chased by two clubs, but Mick McCandless\'s side appear to have won the race. He signs on Monday.';
    expect(names(text)).toContain('Mick McCandless');
  });
});
