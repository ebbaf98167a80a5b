// @vitest-environment node
// Organisations the study sets missed or cut, by mechanism (s36-orgs); each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { orgsFound, placesFound } from './read-facts';

const story = (...sentences: string[]) =>
  [...sentences, 'The minister is expected to answer questions from members of the public in the spring.'].join(' ');

describe('an ordinary word opening a sentence before ordinary capitalised words opens the name (candidates.ts restNamesNothingAlone)', () => {
  it('keeps the word when what is left names nothing on its own', () => {
    const found = orgsFound(
      story(
        'The rules on open moorland and on rural housing were changed in the summer.',
        'Moorland Trust chairman Hugh Pellow said the rules were too loose.',
        'Rural Housing Association chief executive Jo Brannagh said homes were scarce.',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['Moorland Trust', 'Rural Housing Association']));
    expect(found).not.toContain('Trust');
    expect(found).not.toContain('Housing Association');
  });

  it('still cuts the word before a place', () => {
    const text = story('Several neighbouring towns sent reports in overnight.', 'Neighbouring Zambia has reported 300 cases since March.');
    expect(placesFound(text)).toContain('Zambia');
    expect(orgsFound(text)).not.toContain('Neighbouring Zambia');
  });
});
