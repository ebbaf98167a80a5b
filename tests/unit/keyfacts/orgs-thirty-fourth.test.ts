// @vitest-environment node
// Organisations the study sets missed, by mechanism (s34-orgs); each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { orgsFound } from './read-facts';

const story = (...sentences: string[]) =>
  [...sentences, 'The minister is expected to answer questions from members of the public in the spring.'].join(' ');

describe('a name in the singular opening its clause with a plural verb (pass-orgs-by-context.ts collective)', () => {
  it('reads a band or a firm the article gives a plural verb as a body, outside sports reports too', () => {
    const found = orgsFound(story('Tin Lantern were the big winners at the city awards on Sunday.', 'Quarrytone have signed a deal with a label in Leeds.'));
    expect(found).toEqual(expect.arrayContaining(['Tin Lantern', 'Quarrytone']));
  });

  it('reads no common word, person, plural name or interview label so', () => {
    const found = orgsFound(
      story(
        'Police have released a photograph of the van.',
        'Jo Pellow and Amara Quist have a son.',
        'Kurds were among those moved.',
        'Q. People are asking about the plan.',
      ),
    );
    for (const name of ['Police', 'Amara Quist', 'Kurds', 'Q. People', 'People']) expect(found).not.toContain(name);
  });
});

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
