// @vitest-environment node
// Twenty-fourth round (s24-orgs' patch, applied by the lead), on invented texts: an undecided name that owns a person the
// article names ("Velora Racing's Tomas Ferrante") is the team or firm they belong to (pass-orgs-by-context.ts ownsPerson).
import { describe, expect, it } from 'vitest';
import { orgs, peopleNames } from './read-facts';

describe('a name that owns a person the article names', () => {
  it('reads the owner of a named rider as the team', () => {
    const text =
      'The stage was decided on the final climb. Behind the leaders, Velora Racing’s Tomas Ferrante attacked four kilometres from the top. ' +
      'Tomas Ferrante finished third and moved up to fifth overall.';
    expect(orgs(text)).toContain('Velora Racing');
  });

  it('does not read a country or a person who owns a named person as a body', () => {
    const text =
      'The race was won in a sprint. Norway’s Lars Eide was second. Anna Berg’s Lars Eide, as fans call him, ' +
      'said Anna Berg had coached him since he was twelve.';
    const found = orgs(text);
    expect(found).not.toContain('Norway');
    expect(found).not.toContain('Anna Berg');
    expect(peopleNames(text)).toContain('Lars Eide');
  });
});
