// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyFactsWithFeatures } from '../../../utils/keyfacts/index';
import { isRoleSurname } from '../../../utils/keyfacts/gazetteer';
import { peopleFound } from './read-facts';

// People the passes left undecided or cut at an edge on fresh stories (issue #16, s29-people). Every sentence is invented.

const found = (text: string) => keyFactsWithFeatures('', text).facts;
const rolesFound = (text: string) => found(text).people.map(({ name, role }) => ({ name, role }));

describe('one word after a role written in lower case', () => {
  it('reads a stage name or a footballer after a noun of a person or a position as that person', () => {
    expect(rolesFound('The show will close with a set from rapper Glimmerjax on Sunday night.')).toEqual([{ name: 'Glimmerjax', role: 'rapper' }]);
    expect(peopleFound('Soul singer Vandrelle won best newcomer at the ceremony in Leeds.')).toContain('Vandrelle');
    expect(peopleFound('Harbourside midfielder Tavinho agreed that the pitch was poor.')).toContain('Tavinho');
  });

  it('leaves a trade plied by a business, a contraction and an adherent no person', () => {
    const text = 'The deal was struck with software developer Quendrix last year. The geek I’ve met said so. It ended radical Marnist rule.';
    expect(peopleFound(text)).toEqual([]);
  });

  it('in a sports report reads only a player’s position so ("Villa host …" is a side’s verb)', () => {
    const report = 'Dunmore beat Kestrel 2-1 on Saturday. Kestrel host Brackwater next week, while Dunmore striker Olivaldo scored twice.';
    const people = peopleFound(report);
    expect(people).toContain('Olivaldo');
    expect(people).not.toContain('Brackwater');
  });
});

describe('words that describe a person glued before a name', () => {
  it('reads a nationality before two words of a name the lists lack as the role', () => {
    expect(rolesFound('Top seed Anna Weller beat Moldovan Ilvira Dastenko 6-3 6-2 in the first round.')).toContainEqual({ name: 'Ilvira Dastenko', role: 'Moldovan' });
    expect(rolesFound('The paper said Australian Brenlow Tarrick told the leader to focus on taxes.')).toEqual([{ name: 'Brenlow Tarrick', role: 'Australian' }]);
  });

  it('never a nationality before two words of which one is an English word, a company’s or a particle', () => {
    expect(peopleFound('Shares in Dutch Golden Tulip rose. Shares in Swiss Nestle Waters fell.')).toEqual([]);
    expect(peopleFound('He left for a club in the Spanish La Liga.')).toEqual([]);
  });

  it('reads the words before a post in capitals as describing the person after it, with the party as the body', () => {
    expect(rolesFound('In Wexmoor, Lib Dem MP Tarvinder Singh Oakes overturned a big majority.')).toEqual([{ name: 'Tarvinder Singh Oakes', role: 'Lib Dem MP' }]);
    const f = found('Then French Green MEP Orlan Vasseur warned that the Commission was wrong.');
    expect(f.people.map((p) => p.name)).toEqual(['Orlan Vasseur']);
    expect(f.organizations.map((o) => o.name)).not.toContain('French Green');
  });
});

describe('a role word that English surname lists hold, after a given name', () => {
  it('is the surname: "King", "Prince"', () => {
    expect(isRoleSurname('King')).toBe(true);
    expect(isRoleSurname('Governor')).toBe(false);
    expect(peopleFound('Other films included the Howard King adaptation of a thriller in 1983.')).toEqual(['Howard King']);
    expect(peopleFound('The death of Martin Luther King saw the march postponed.')).toEqual(['Martin Luther King']);
  });

  it('never after a given name that is a place, where the role is a title ("Jordan King …")', () => {
    expect(peopleFound('The talks ended when Jordan King Abdullah left.')).not.toContain('Jordan King');
  });
});

describe('a stage name listed with people named in full', () => {
  it('counts a person whose surname ends like a plural as a person, not a band ("Robbie Williams")', () => {
    expect(peopleFound('The prize went to Vessa after she beat Corin Abbots, Nelvie and Tamsin Roberts to it.')).toContain('Nelvie');
  });

  it('never a name before a number ("Maroon 5"), nor beside a plural that is no person named by a given name', () => {
    expect(peopleFound('And Corvina, Lorna Pettis, Tarnish 5 and Ludovica had been on the shortlist for best song.')).not.toContain('Tarnish');
    expect(peopleFound('The songs were by Lorna Pettis, Jovanka and the Quarry Highlanders this year.')).not.toContain('Jovanka');
  });
});
