// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { peopleFound } from './read-facts';
import { keyFactsWithFeatures } from '../../../utils/keyfacts/index';

// People and roles the passes missed on fresh stories (issue #16, s31-people). Every sentence is invented.

const rolesFound = (text: string) => keyFactsWithFeatures('', text).facts.people.map(({ name, role }) => ({ name, role }));
const orgsFound = (text: string) => keyFactsWithFeatures('', text).facts.organizations.map(({ name }) => name);

describe('a name of several words the words after it describe as a person', () => {
  it('reads a relative clause with "who" after it', () => {
    expect(peopleFound('The land now belongs to Tavrek Olumbe, who bought it in 2001.')).toEqual(['Tavrek Olumbe']);
  });

  it('reads an apposition whose head is a noun of a person', () => {
    expect(peopleFound('Gravik Osterhold, a fierce critic of the scheme, called the ruling unfair.')).toEqual(['Gravik Osterhold']);
    expect(peopleFound('The case was filed by Orvane Telluk, one of his former students, last year.')).toEqual(['Orvane Telluk']);
  });

  it('not after "of", where the clause may be the noun’s before it, nor an apposition that names a thing', () => {
    const text = 'The yellow jersey was lost by Tibor Maask of Velden Quarry, who had held it for nine days.';
    expect(rolesFound(text).map((p) => p.name)).toEqual(['Tibor Maask']);
    expect(rolesFound('Vellum Harrow, a thriller set in a prison, won the prize.')).toEqual([]);
  });
});

describe('a country’s possessive before a name in a sports report', () => {
  it('is the country’s competitor', () => {
    const report = "Defending champion Ana Rowe rallied to beat Sweden's Qazmir Tovelund 3-6 7-6 (8-6) 7-5 in the second round of the tournament.";
    expect(rolesFound(report).map((p) => p.name)).toContain('Qazmir Tovelund');
  });

  it('only in a sports report', () => {
    expect(rolesFound("Shares in Japan's Orvik Tessal rose sharply on Monday.")).toEqual([]);
  });
});

describe('WordNet’s nouns of persons as the head of a role before a name', () => {
  it('reads the role and the name after it', () => {
    expect(rolesFound('Veteran referee Dorian Platt sent off two players.')).toEqual([{ name: 'Dorian Platt', role: 'Veteran referee' }]);
    expect(rolesFound('Hollywood star Lena Varga arrived late.')).toEqual([{ name: 'Lena Varga', role: 'Hollywood star' }]);
  });

  it('not a word that names a body too ("manufacturer") nor an adjective ("fellow")', () => {
    expect(peopleFound('The car will be built by contract manufacturer Halvard Brenner in Austria.')).not.toContain('Halvard Brenner');
    expect(rolesFound('Arsenal face fellow Londoners Dorian Platt next.').map((p) => p.role)).not.toContain('fellow');
  });
});

describe('a person’s name before a role written in lower case', () => {
  it('is whose the role is, no organisation', () => {
    const text = 'Longtime Dana Kirby critic Jo Lee has withdrawn. Kirby thanked her on Friday.';
    expect(orgsFound(text)).not.toContain('Longtime Dana Kirby');
    expect(orgsFound(text)).not.toContain('Dana Kirby');
  });
});
