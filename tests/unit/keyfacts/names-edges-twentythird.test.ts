// @vitest-environment node
// Where a name's edge falls when a nationality opens a body's name (twenty-third round, s23-edges): each
// rule on an invented text.
import { describe, expect, it } from 'vitest';
import { candidateNames, orgs, peopleNames } from './read-facts';

describe('a nationality before a body whose name opens with a given name', () => {
  it('stays part of the name when the words after it end as an organisation', () => {
    const text = 'A grant from the Danish Warren Fund paid for the study, which ran for three years in the north.';
    expect(candidateNames(text)).toContain('Danish Warren Fund');
    expect(orgs(text)).toContain('Danish Warren Fund');
    expect(orgs(text)).not.toContain('Warren Fund');
  });

  it('stays part of the name when the words after it are a known organisation, never read as a person', () => {
    const text = 'Donations from the fair will go to the Norwegian Red Cross, the organisers said on Friday.';
    expect(candidateNames(text)).toContain('Norwegian Red Cross');
    expect(peopleNames(text)).not.toContain('Red Cross');
    expect(orgs(text)).not.toContain('Red Cross');
  });

  it('with a known organisation of two words or more after it, names that body', () => {
    const text = 'Donations from the fair will go to the Norwegian Red Cross, the organisers said on Friday.';
    expect(orgs(text)).toContain('Norwegian Red Cross');
  });

  it('is still cut before a person it describes', () => {
    const text = 'Danish Karen Holm won the final in three sets. Holm said she was tired after the long season.';
    expect(peopleNames(text)).toContain('Karen Holm');
  });
});
