// @vitest-environment node
// The twenty-fourth round's precision rules (s24-precision): wrong facts by mechanism, each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { oneChipPerCountry } from '@/utils/keyfacts/coreference';
import { countryOf } from '@/utils/keyfacts/gazetteer';
import { isRoleWord } from '@/utils/keyfacts/people';
import { peopleWithRoles, places } from './read-facts';

const fact = (text: string) => ({ text, sentence: 0 });

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

describe('one chip for a country the article writes two ways', () => {
  it('shows "US", "U.S." and "United States" as one place, by the country\'s name', () => {
    const text = 'Exports to the US rose in May, officials in Lisbon said. Trade with the United States has grown for three years, and the U.S. remains the largest buyer.';
    expect(places(text)).toEqual(['United States', 'Lisbon']);
  });

  it('shows "Burma" and "Myanmar" as one place, the one world-countries names it by', () => {
    const text = 'Aid reached Burma on Monday. The government of Myanmar said more flights would land in Yangon.';
    expect(places(text)).toEqual(['Myanmar', 'Yangon']);
  });

  it('keeps two countries apart, and a country whose spellings are not written twice', () => {
    expect(oneChipPerCountry([fact('New Zealand'), fact('Aotearoa'), fact('Australia'), fact('UK'), fact('Britain')]).map((p) => p.text)).toEqual(['New Zealand', 'Australia', 'UK', 'Britain']);
    expect(oneChipPerCountry([fact('Aotearoa'), fact('Fiji'), fact('New Zealand')])).toEqual([fact('New Zealand'), fact('Fiji')]);
    expect(countryOf('U.S.')).toBe('United States');
    expect(countryOf('Lisbon')).toBe('Lisbon');
  });
});
