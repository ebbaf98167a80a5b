// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { peopleFound } from './read-facts';
import { keyFactsWithFeatures } from '../../../utils/keyfacts/index';
import { isNationalityNoun } from '../../../utils/keyfacts/gazetteer';

// People the passes missed on fresh stories (issue #16, s32-people). Every sentence is invented.

const rolesFound = (text: string) => keyFactsWithFeatures('', text).facts.people.map(({ name, role }) => ({ name, role }));

describe('a nationality written as one noun the demonyms lack, glued before a name', () => {
  it('is no part of the name but its descriptor', () => {
    expect(peopleFound('Later that evening, Briton Carla Mendez won the final in straight sets.')).toEqual(['Carla Mendez']);
    expect(peopleFound('He held off a late challenge from Welshman Gareth Baxter over the last lap.')).toEqual(['Gareth Baxter']);
  });

  it('comes from WordNet’s inhabitants, none a given name nor an English word', () => {
    expect(['Briton', 'Welshman', 'Dubliner'].every(isNationalityNoun)).toBe(true);
    // "Scot" and "Dane" are given names, "Pole" a word: a name may open with them
    expect(['Scot', 'Dane', 'Pole', 'Norman'].some(isNationalityNoun)).toBe(false);
  });
});

describe('the given names a noun of kinship lists', () => {
  it('reads each of them, not only the first', () => {
    const text = 'Her late husband Tomas Ferrant is survived by three children Wilma, Orsolya and Benedek, and by his sister.';
    expect(peopleFound(text)).toEqual(expect.arrayContaining(['Wilma', 'Orsolya', 'Benedek']));
    expect(peopleFound('The farm is now run by his two sons, Jarek and Zoltan, who live nearby.')).toEqual(expect.arrayContaining(['Jarek', 'Zoltan']));
  });

  it('reads a word no list knows after a noun of kinship', () => {
    expect(peopleFound('She wrote to her younger sister Quilla every week.')).toEqual(['Quilla']);
  });

  it('not a place, nor a word the article writes in lower case', () => {
    expect(peopleFound('His daughters, Paris and Hope, were there; we live in hope.')).toEqual([]);
  });
});

describe('a name with its country after "of"', () => {
  it('is a person, in a sports report or not', () => {
    const report = 'The athletics season opens in Leeds on Sunday. Tavia Kemboro of Ethiopia will defend the title she won at the championships last year.';
    expect(rolesFound(report).map((p) => p.name)).toContain('Tavia Kemboro');
    expect(rolesFound('The plan was drawn up by Ovarin Delltek of South Africa, the talks heard.').map((p) => p.name)).toContain('Ovarin Delltek');
  });

  it('not where "of" opens a longer name or no country follows', () => {
    expect(rolesFound('The plan was drawn up by Ovarin Delltek of Ethiopia Telecom on Monday.')).toEqual([]);
    expect(rolesFound('The plan was drawn up by Ovarin Delltek of Westbrook on Monday.')).toEqual([]);
  });
});

describe('a plural role before names listed', () => {
  it('is the role of each name, not only the first', () => {
    expect(rolesFound('The prize went to comedy stars Orla Quennell and Peter Mortlake last night.')).toEqual([
      { name: 'Orla Quennell', role: 'comedy stars' },
      { name: 'Peter Mortlake', role: 'comedy stars' },
    ]);
  });

  it('is no cue of its own: a name no other cue of the names pass takes gets no role from it', () => {
    const found = rolesFound('The prize went to comedy stars Orla Quennell and Vortal Grexby last night.');
    expect(found.find((p) => p.name === 'Vortal Grexby')?.role ?? '').toBe('');
  });

  it('not a role in the singular, which is the first name’s alone', () => {
    const found = rolesFound('The prize went to comedy star Orla Quennell and Peter Mortlake last night.');
    expect(found.find((p) => p.name === 'Peter Mortlake')?.role ?? '').toBe('');
  });
});

describe('a body’s kind before a name inside an apposition that closes before "said"', () => {
  it('names the body, whose comma closes the apposition, not a speaker', () => {
    const text = 'Tomas Ferrant, a tax partner at accountancy firm Dorlan Vessey, said the deal was crucial.';
    expect(peopleFound(text)).toEqual(['Tomas Ferrant']);
  });

  it('a name that speaks after a body’s kind with no apposition open is still a person', () => {
    expect(peopleFound('Leading the Acme group Dorlan Vessey, said the report, was a hard task.')).toContain('Dorlan Vessey');
  });
});
