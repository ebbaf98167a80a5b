// @vitest-environment node
// Organisations the fresh judges of the twenty-ninth round missed, by mechanism (s30-orgs); each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { candidateNames } from './read-facts';

const story = (...sentences: string[]) =>
  [...sentences, 'The minister is expected to answer questions from members of the public in the spring.'].join(' ');

describe('an adverb of time or sequence opening the sentence', () => {
  it('is no part of the name after it', () => {
    const names = candidateNames(story('Earlier Whig leader Tomas Brellan sent the minister his congratulations.', 'Later Quorvex said the talks had failed.'));
    expect(names).toContain('Whig');
    expect(names).not.toContain('Earlier Whig');
    expect(names).toContain('Quorvex');
    expect(names).not.toContain('Later Quorvex');
  });
});
