// @vitest-environment node
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

describe('a side the sports report writes playing or winning', () => {
  it('reads the side a player scored or signed for, and a side before the score it won by, as clubs', () => {
    const text =
      'Tom Hale scored for Kestrels twice before the break as the visitors were beaten in the cup. ' +
      'Ospreyton won 3-1 in the other tie of the round, and the league said both sides would meet again in spring.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Kestrels', 'Ospreyton']));
  });

  it('reads neither outside a sports report', () => {
    expect(orgs('The fund signed for Kestrels Lane, a plot by the river, the council said on Monday.')).not.toContain('Kestrels Lane');
  });
});

describe('a list of names with a brand that opens in a small letter', () => {
  it('keeps the list whole across the brand, so each name stays one body', () => {
    const text = 'Shoppers now buy from Globex Corp, Initech Inc, eZonk and Vandelay, the survey of 4,000 households found.';
    expect(orgs(text)).toContain('Vandelay');
  });
});
