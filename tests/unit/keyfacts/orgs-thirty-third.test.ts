// @vitest-environment node
// Organisations the study sets missed, by mechanism (s33-orgs); each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { isNumberedChannel } from '@/utils/keyfacts/organizations';
import { orgsFound } from './read-facts';

const story = (...sentences: string[]) =>
  [...sentences, 'The minister is expected to answer questions from members of the public in the spring.'].join(' ');

describe('a broadcaster’s numbered channel (organizations.ts isNumberedChannel)', () => {
  it('reads a known broadcaster’s acronym with a number word or a glued digit as a body', () => {
    const found = orgsFound(story('The quiz moved from CBS Two to MTV3 in May, and NBC Four’s late show lost a third of its viewers.'));
    expect(found).toEqual(expect.arrayContaining(['CBS Two', 'MTV3', 'NBC Four']));
  });

  it('reads no model, format, title or rank as a channel', () => {
    expect(isNumberedChannel(['PS2'])).toBe(false); // letters no lexicon knows as a body
    expect(isNumberedChannel(['MP3'])).toBe(false);
    expect(isNumberedChannel(['Xbox', 'One'])).toBe(false); // a product known by a word, not an acronym
    expect(isNumberedChannel(['Fantastic', 'Four'])).toBe(false);
    expect(isNumberedChannel(['CBS', 'Five'])).toBe(false); // past four
    expect(isNumberedChannel(['MTV7'])).toBe(false);
    expect(isNumberedChannel(['CBS', 'Two’s'])).toBe(true);
  });
});

describe('a product’s name written only with its model’s number (products.ts, s33-precision’s rule, which this branch’s twin gave way to)', () => {
  it('is no organisation where the article never writes the maker alone', () => {
    expect(orgsFound(story('Shops sold out of the Xbox 4 on Friday, and the Xbox 4 will reach Europe in May.'))).not.toContain('Xbox');
  });
});
