// Bodies named by their members (bodies-by-members.ts, twenty-second round, s22-orgs): a party before its MPs or
// leader, a club before its players in a sports report; each on an invented text.
import { describe, expect, it } from 'vitest';
import { orgs, peopleNames, places } from './read-facts';

describe('a body the article writes its members after', () => {
  it('reads a party word before its MPs or leader as the party, wherever the article names it', () => {
    const text =
      'Labour backbenchers have threatened to vote against the housing bill. Campaigners said they would stand against Labour at the next election. ' +
      'Veritan leader Ann Morrow called the plan a betrayal of tenants.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Labour', 'Veritan']));
    expect(peopleNames(text)).toContain('Ann Morrow');
  });

  it('reads a club named by its players as the club in a sports report', () => {
    const text =
      'Kestrels fly-half Tom Hale kicked three penalties as the match slipped away in the second half. ' +
      'Hale, who scored all of the side’s points, said the league table would look different by spring. He joined Kestrels from a school side in 2019.';
    expect(orgs(text)).toContain('Kestrels');
  });

  it('leaves countries, nationalities and people as they were', () => {
    const text =
      'England coach Mark Dale said the match had been hard. The Spanish goalkeeper saved twice before the break, and Dale praised the league leaders. ' +
      'Russian leader Pavel Orlov watched from the stands.';
    expect(orgs(text)).not.toContain('England');
    expect(orgs(text)).not.toContain('Spanish');
    expect(orgs(text)).not.toContain('Russian');
    expect(places(text)).toContain('England');
  });

  it('reads a club’s staff only in a sports report', () => {
    expect(orgs('Travellers waited for hours at the depot. A Kestrels coach finally arrived at noon, the driver said.')).not.toContain('Kestrels');
  });
});
