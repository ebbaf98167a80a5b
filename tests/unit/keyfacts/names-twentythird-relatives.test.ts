// @vitest-environment node
// s23-names' two rules the lead applied (each fired on no judge article): a relative named by the given name alone,
// and a first name the lexicon lacks after a nationality or a role, where the article uses the surname alone.
import { describe, expect, it } from 'vitest';
import { factPasses } from '@/utils/keyfacts';

/** The people the passes take (before the confidence filter). */
const names = (text: string) => [...factPasses(text).c.people.keys()];

describe('a relative named by the given name alone', () => {
  it('is a person after a noun of kinship ("his wife Sheila", "their son, Malachi,")', () => {
    const text =
      'The farmer Tom Ridley said the flood took his barn. His wife Sheila said the water rose overnight. Their son, Malachi, moved the cattle. The river fell on Sunday.';
    expect(names(text)).toEqual(expect.arrayContaining(['Sheila', 'Malachi']));
  });

  it('is no person when the word after the noun is a common word ("her brother Studio")', () => {
    const text = 'The singer thanked her brother Studio for the loan. Her mother Earth charity raised funds. The tour ends in May.';
    expect(names(text)).not.toContain('Studio');
    expect(names(text)).not.toContain('Earth');
  });
});

describe('a first name the lexicon lacks after a nationality or a role', () => {
  it('opens the name when the article uses the surname alone ("Russian Vatslav Orkhanov … Orkhanov")', () => {
    const text =
      'Russian Vatslav Orkhanov won the final in straight sets. Orkhanov served well throughout. The crowd cheered the champion.';
    expect(names(text)).toContain('Vatslav Orkhanov');
  });

  it('leaves a body whose words are no names ("American Theatre Wing")', () => {
    const text = 'The prize is given by the American Theatre Wing each June. Wing officials said the list was long.';
    expect(names(text)).not.toContain('Theatre Wing');
  });
});
