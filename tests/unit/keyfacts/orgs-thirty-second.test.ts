// @vitest-environment node
// Organisations the fresh judges of the thirty-first round missed, by mechanism (s32-orgs); each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { orgsFound } from './read-facts';

const story = (...sentences: string[]) =>
  [...sentences, 'The minister is expected to answer questions from members of the public in the spring.'].join(' ');

describe('a listed body of capitalised common words over "of"', () => {
  it('is whole, not its fragments (org-whole-names.ts)', () => {
    const found = orgsFound(story('Campaign groups including Friends of the Future, the Rural Action Movement, and Oxfam said the plan was wrong.'));
    expect(found).toContain('Friends of the Future');
    expect(found).not.toContain('Friends');
    expect(found).not.toContain('Future');
  });
});

describe('a plural noun of a trade right before one name', () => {
  it('makes a name that is no person, place or common word a group', () => {
    const found = orgsFound(story('The fund was sold at brokers Tovana on Friday.', 'The sale led to bankers JL Morgan and a lawyer quitting.'));
    expect(found).toEqual(expect.arrayContaining(['Tovana', 'JL Morgan']));
  });

  it('does not make a common word, a place or a list one', () => {
    const found = orgsFound(story('Read it in our newsletters Data on Friday.', 'He met the farmers Brazil sent.', 'She thanked the voters Lena, Tom and Ali.'));
    expect(found).not.toContain('Data');
    expect(found).not.toContain('Brazil');
    expect(found).not.toContain('Lena');
  });
});
