// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isRoleHead, isRoleWord } from '../../../utils/keyfacts/people';
import { shownRole } from '../../../utils/keyfacts/role-shown';
import { orgs, peopleWithRoles } from './read-facts';

// Roles written right before a name whose head no role list of ours held (issue #16, s28-people). Every sentence is invented.

describe('the head of a role before a name', () => {
  it('reads a noun of a person in lower case as the role (compromise: "comedian", "pioneer")', () => {
    expect(peopleWithRoles('The first call was made by veteran comedian Hollis Wendt in 1985. Wendt said it was a joke.')).toEqual([
      { name: 'Hollis Wendt', role: 'veteran comedian' },
    ]);
    expect(peopleWithRoles('The firm was founded by telephone pioneer Augustin Pellew. Pellew died in 1922.')).toEqual([
      { name: 'Augustin Pellew', role: 'telephone pioneer' },
    ]);
  });

  it('reads a hyphenated role whose last part heads roles ("vice-chairman", "team-mate")', () => {
    expect(isRoleWord('vice-chairman')).toBe(true);
    expect(isRoleWord('co-chairwoman')).toBe(true);
    expect(peopleWithRoles('Harbourside vice-chairman Odran Pike said the club may list its shares. Pike spoke on Monday.')).toEqual([
      { name: 'Odran Pike', role: 'Harbourside vice-chairman' },
    ]);
    expect(isRoleHead('team-mate')).toBe(true);
  });

  it('reads a plural role before names listed as the role of each, and before one name as no person', () => {
    expect(peopleWithRoles('The deal does not include former Quillon chief executives Bram Tollis and Jory Vance. Tollis denies wrongdoing.')[0]).toEqual({
      name: 'Bram Tollis',
      role: 'former Quillon chief executives',
    });
    expect(orgs('US rappers Velvet Hounds have won their battle over a sample. The Velvet Hounds said they were pleased.')).toContain('Velvet Hounds');
  });

  it('never reads a capitalised word or a number as such a noun: "Baker" is a surname', () => {
    expect(isRoleHead('Comedian')).toBe(false);
    expect(isRoleHead('comedian')).toBe(true);
    expect(isRoleHead('160-person')).toBe(false);
    expect(isRoleHead('rivalry')).toBe(false);
  });
});

describe('a post in capitals ending a role', () => {
  it('shows the post after the words that describe it', () => {
    expect(shownRole('Labour MP')).toBe('Labour MP');
    expect(shownRole('Green MEP')).toBe('Green MEP');
    expect(peopleWithRoles('Labour MP Wendell Ashgrove said the poster was insensitive. Mr Ashgrove urged people to vote.')).toEqual([
      { name: 'Wendell Ashgrove', role: 'Labour MP' },
    ]);
  });

  it('shows no country nor capitals alone as a role', () => {
    expect(shownRole('BBC')).toBe('');
    expect(shownRole('the US')).toBe('');
    expect(shownRole('South Korea US')).toBe('');
  });
});

describe('a name after a role written in lower case', () => {
  it('takes a given name and a last word a list reads as a place or a role, as after a title', () => {
    const found = (text: string) => peopleWithRoles(text).map((p) => p.name);
    expect(found('Quillon spokesman Tobin Lake told reporters the firm would appeal. Mr Lake declined to say more.')).toContain('Tobin Lake');
    expect(found('The winner was Harbourside team-mate Denise Park, who finished two seconds clear.')).toContain('Denise Park');
  });

  it('takes no body whose last word is an ordinary word or a body\'s', () => {
    expect(peopleWithRoles('The deal was signed by developer Ivan Software last week. It will ship in May.').map((p) => p.name)).not.toContain('Ivan Software');
    expect(peopleWithRoles('The striker joined captain Dundee United on loan in March.').map((p) => p.name)).not.toContain('Dundee United');
  });
});
