// @vitest-environment node
// Organisations the study sets missed, by mechanism (s34-orgs); each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { orgsFound } from './read-facts';

const story = (...sentences: string[]) =>
  [...sentences, 'The minister is expected to answer questions from members of the public in the spring.'].join(' ');

describe('a name before the head of a person’s place in a band or a body (pass-orgs-by-context.ts memberOf)', () => {
  it('reads the band or the body a named person leads or plays in', () => {
    const found = orgsFound(
      story('Former Tin Lantern singer Tom Reeve will also take part.', 'The show was opened by Quarrytone frontman Ade Bello.', 'Kelso Rowing chief Mary Dunn said the season was over.'),
    );
    expect(found).toEqual(expect.arrayContaining(['Tin Lantern', 'Quarrytone', 'Kelso Rowing']));
  });

  it('reads no work, style, nationality or cut name so', () => {
    const found = orgsFound(
      story(
        'The film’s Harbour Nights star Tom Reeve won the prize.',
        'Fans cheered when R&B singer Ade Bello sang first.',
        'The guests included French singer Mary Dunn.',
        'Crowds cheered, and then No Regret singer Lu Hale arrived.',
      ),
    );
    for (const name of ['Harbour Nights', 'R&B', 'French', 'Regret']) expect(found).not.toContain(name);
  });
});
