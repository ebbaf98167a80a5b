// @vitest-environment node
// Twenty-third round (s23-orgs), each on an invented text: a party word written as a noun is the party
// (bodies-by-members.ts PARTY_AS_NOUN); organisations' kind in the plural before a list names every body listed
// (cues.ts ORG_KIND_PLURAL_BEFORE).
import { describe, expect, it } from 'vitest';
import { orgs } from './read-facts';

describe('a party word written as a noun', () => {
  it('reads "Labour" as the party when it is the subject of a verb or an owner', () => {
    const text =
      'Ministers will publish a plan for town centres next week. Labour sees the plan as a key issue before polling day. ' +
      'Critics of the plan attacked Labour’s record on rents and said councils had too little money.';
    expect(orgs(text)).toContain('Labour');
  });

  it('leaves the word a descriptor where it only describes ("a Labour voter")', () => {
    const text = 'A Labour voter in the town said the bus service had got worse. She said the fares had doubled since the spring.';
    expect(orgs(text)).not.toContain('Labour');
  });
});

describe('organisations’ kind in the plural before a list', () => {
  it('reads every name of the list after "operators" as a body', () => {
    const text =
      'The regulator will award six new licences next year. Pay-TV operators Sat Plus and TVS have submitted bids for the licences, the regulator said. ' +
      'A decision is expected in the spring.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Sat Plus', 'TVS']));
  });

  it('reads no single name after a plural kind as a body ("the firms Dana hired")', () => {
    const text = 'The inquiry looked at the three firms Dana hired in 2019. Dana said the contracts were fair and the firms had done good work.';
    expect(orgs(text)).not.toContain('Dana');
  });
});

describe('findings named with their maker (cues.ts FINDINGS_BY_BEFORE)', () => {
  it('reads the maker of a survey or of statistics as a body', () => {
    const text =
      'More shoppers are buying shoes online than ever before. A survey by Parcelwise suggests that one buyer in three now orders shoes on a phone. ' +
      'Shops in the high street are feeling the change, according to statistics gathered by Tillmark.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Parcelwise', 'Tillmark']));
  });

  it('leaves a person or a place the findings come from as they were', () => {
    const text = 'A study by Ruth Okafor found that the river had risen. Reports from Lagos said the roads were flooded.';
    expect(orgs(text)).not.toContain('Ruth Okafor');
    expect(orgs(text)).not.toContain('Lagos');
  });
});
