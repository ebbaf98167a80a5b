// @vitest-environment node
// The twenty-fourth round's precision rules (s24-precision): wrong facts by mechanism, each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { isRoleWord } from '@/utils/keyfacts/people';
import { peopleWithRoles } from './read-facts';

describe('a rank or a position written before a name is its role, not part of the name', () => {
  it.each([
    ['Skipper Marlon Keddie led the side to victory on Saturday. Keddie said the win mattered.', 'Marlon Keddie', 'Skipper'],
    ['Rear Admiral Tobias Wrenfield told reporters the navy was ready. Wrenfield said more ships would sail.', 'Tobias Wrenfield', 'Rear Admiral'],
    ['Major-Gen Oscar Ndlovu said the inquiry would report in June. Ndlovu did not give details.', 'Oscar Ndlovu', 'Major-Gen'],
    ['Brigadier Ffion Carrow said the troops would stay. Carrow spoke at the base.', 'Ffion Carrow', 'Brigadier'],
  ])('%s', (text, name, role) => {
    expect(peopleWithRoles(text)).toContainEqual({ name, role });
  });

  it('reads an abbreviated grade after a dash as a title, but not any hyphenated word', () => {
    expect(isRoleWord('Lt-Col')).toBe(true);
    expect(isRoleWord('Major-Gen.')).toBe(true);
    expect(isRoleWord('Smith-Jones')).toBe(false);
  });

  it('leaves a name alone whose word only looks like a rank inside it ("Marshall")', () => {
    const text = 'Penny Marshall directed the film in 1992. Marshall said the cast had been wonderful.';
    expect(peopleWithRoles(text).map((p) => p.name)).toContain('Penny Marshall');
  });
});
