// @vitest-environment node
// Organisations the study sets missed or cut, by mechanism (s35-orgs); each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { capPhrases, tokenize } from '../../../utils/keyfacts/phrases';
import { orgsFound } from './read-facts';

const story = (...sentences: string[]) =>
  [...sentences, 'The minister is expected to answer questions from members of the public in the spring.'].join(' ');

describe('a name glued by a hyphen to what it backs, owns or funds (phrases.ts tokenize, pass-orgs-by-context.ts bodyBehind)', () => {
  it('cuts the suffix off the name as it cuts "-based"', () => {
    const words = tokenize('The Quarrell-backed plan and a Wexcom-owned station met the Bellamy-funded study.').map((t) => t.w);
    expect(words).toEqual(expect.arrayContaining(['Quarrell', 'Wexcom', 'Bellamy']));
    expect(words.some((w) => /-(?:backed|owned|funded)$/.test(w))).toBe(false);
  });

  it('reads the body behind the thing, and never the glued word', () => {
    const found = orgsFound(story('Most of the money came through a Trevanic-funded scheme for rural schools.', 'A Dallowmere-backed format was shown to retailers on Monday.'));
    expect(found).toEqual(expect.arrayContaining(['Trevanic', 'Dallowmere']));
    expect(found.some((n) => /-(?:backed|funded)/.test(n))).toBe(false);
  });

  it('reads no place, nationality, party, word or count so', () => {
    const found = orgsFound(
      story(
        'The Glasgow-funded scheme ended in May.',
        'Rebels fought in Soviet-controlled areas for years.',
        'State-owned firms lost money last year.',
        'The Republican-controlled committee voted against it.',
        'Twenty Varnley-owned stations were fined.',
      ),
    );
    for (const name of ['Glasgow', 'Soviet', 'State', 'Republican', 'Twenty Varnley']) expect(found).not.toContain(name);
  });
});

describe('an owner the lexicons know, written before what it owns (phrases.ts capPhrases ownerNamedAlone)', () => {
  const runs = (s: string) => capPhrases(s, 0).map((p) => p.text);

  it('ends the capitalised run at a known company’s, place’s or broadcaster’s arm’s possessive', () => {
    expect(runs('The show ran on Microsoft’s Harbour Studios network.')).not.toContain('Microsoft’s Harbour Studios');
    expect(runs('She presented BBC One’s Tin Lantern Academy series.')).toEqual(expect.arrayContaining(['BBC One’s', 'Tin Lantern Academy']));
    expect(runs('He studied at Glasgow’s Quarrel Institute.')).toEqual(expect.arrayContaining(['Glasgow’s', 'Quarrel Institute']));
  });

  it('keeps a common noun’s possessive inside a body’s name', () => {
    expect(runs('The Carpenters’ Guild and the Children’s Hospital Trust wrote to him.')).toEqual(expect.arrayContaining(['The Carpenters’ Guild', 'Children’s Hospital Trust']));
  });
});
