// @vitest-environment node
// Twenty-sixth round (s26-recall), on invented sentences: a stage name or a surname the lexicon cannot read
// ("Zelko", "Tavish Quarrel") listed in a sentence with people named in full, and with nothing of another kind, is a
// person (people-in-lists.ts); not a given name sharing the surname after "and", a band's plural or a list beside a
// place or an organisation, nor a team sheet's roll of names.
import { describe, expect, it } from 'vitest';
import { peopleFound } from './read-facts';

describe('a name listed with people', () => {
  it('takes stage names and names the lexicon lacks', () => {
    const text =
      'The label\'s artists include Zelko, Mary Okafor, Brandine and Sir Peter Hale. ' +
      'The festival also booked Tavish Quarrel and Daniel Morrow for Saturday.';
    const found = peopleFound(text);
    expect(found).toContain('Zelko');
    expect(found).toContain('Brandine');
    expect(found).toContain('Tavish Quarrel');
  });

  it('leaves a shared surname, a band, a place and a team sheet', () => {
    const text =
      'Police questioned Joe and Hunter Okafor on Monday. ' +
      'Fans saw Mary Okafor, Zelko and Velvet Sisters at the show. ' +
      'She toured Brandine, Mary Okafor and Paris last year.\n\n' +
      'Kessel, Mary Okafor, Dravik (Holt 73), Ferrin.';
    const found = peopleFound(text);
    expect(found).not.toContain('Joe');
    expect(found).not.toContain('Zelko');
    expect(found).not.toContain('Brandine');
    expect(found).not.toContain('Dravik');
  });
});
