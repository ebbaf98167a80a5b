// @vitest-environment node
// Organisations the fresh judges of the thirty-first round missed, by mechanism (s32-orgs); each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { capPhrases } from '@/utils/keyfacts/phrases';
import { orgsFound } from './read-facts';

const phrases = (s: string): string[] => capPhrases(s, 0).map((p) => p.text);
const story = (...sentences: string[]) =>
  [...sentences, 'The minister is expected to answer questions from members of the public in the spring.'].join(' ');

describe('a name of capitalised common words over "of" or "on"', () => {
  it('is one name inside a sentence', () => {
    expect(phrases('Groups such as Friends of the River and Voices on Water wrote to him.')).toEqual(['Groups', 'Friends of the River', 'Voices on Water']);
  });

  it('is no name at the start of a sentence, before a place, a person, a date or a body, or after a role', () => {
    expect(phrases('Friends of the River came.')).toEqual(['Friends', 'River']);
    expect(phrases('He saw Gardens of Lisbon and Trust on Monday.')).toEqual(['He', 'Gardens', 'Lisbon', 'Trust', 'Monday']);
    expect(phrases('She met Members of the Orkney Island Council.')).toEqual(['She', 'Members', 'Orkney Island Council']);
    expect(phrases('They wrote to Friends of Maria Lopez.')).toEqual(['They', 'Friends', 'Maria Lopez']);
    expect(phrases('They met the Secretary of Defence.')).toEqual(['They', 'Secretary', 'Defence']);
  });

  it('makes a listed body whole, not its fragments', () => {
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
