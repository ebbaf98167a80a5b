// @vitest-environment node
// The thirty-third round's precision rules (s33-precision), each on an invented text.
import { describe, expect, it } from 'vitest';
import { organisationIsThing } from '@/utils/keyfacts/products';
import { onlyAsOutletWebsite } from '@/utils/keyfacts/not-organisation';
import { facts, orgs } from './read-facts';

const quotes = (text: string) => facts(text).quotes.map((q) => q.text);

describe('a straight quote mark whose opening was lost', () => {
  const text = [
    'Mayor Ana Lindqvist said the bridge would reopen in spring.',
    'The ferry operators want it shut because they sell more tickets in winter." When she was in Harwick last week, the harbour master told the mayor that her plan was " a risk to every boat on the estuary".',
    'Road hauliers say the closure costs them money. Tomas Brenner, of the hauliers\' group, said: "This is a bill that our drivers pay every single day." But the mayor insisted the repairs had to be done before the summer.',
  ].join('\n\n');

  it('is read as the close it stands as, so the quotes after it keep their own words', () => {
    const found = quotes(text);
    expect(found.some((q) => q.startsWith('When she was in Harwick'))).toBe(false);
    expect(found.some((q) => q.startsWith('But the mayor insisted'))).toBe(false);
    expect(found).toContain('This is a bill that our drivers pay every single day.');
  });

  it('still opens a quote after a space or at a paragraph\'s start', () => {
    const found = quotes('"We will not close the bridge twice," Ana Lindqvist, the mayor, said on Tuesday.');
    expect(found).toContain('We will not close the bridge twice');
  });
});

describe('an organisation written only with a version\'s number after it', () => {
  it('is a product in its versions, not a body', () => {
    const text = 'Details of the Vantor Deck 4 leaked on Monday. Analysts expect the Vantor Deck 4 to cost more than its rival.';
    expect(organisationIsThing('Vantor Deck', text)).toBe(true);
  });

  it('stays a body where one mention has no number, the number is a year, a score or an amount, or in a sports report', () => {
    expect(organisationIsThing('Kestrel Works', 'Kestrel Works 2 was delayed. Kestrel Works said it would recover.')).toBe(false);
    expect(organisationIsThing('Harwick Council', 'Under the Harwick Council 2019 plan, the roads were mended.')).toBe(false);
    expect(organisationIsThing('Tarnfield Group', 'Shares of Tarnfield Group 12% higher lifted the index.')).toBe(false);
    expect(organisationIsThing('Hollin Rovers', 'Calder Town beat Hollin Rovers 30 - 12 on Saturday.', true)).toBe(false);
    expect(organisationIsThing('Hollin Rovers', 'Calder Town beat Hollin Rovers 30-12 on Saturday.')).toBe(false);
  });
});

describe('a news outlet named only as its website', () => {
  const sentences = (text: string) => text.split(/(?<=\.) /);

  it('is where the story is published, not a body of the story', () => {
    const text = 'One engineer told the Harwick Daily News website that the bridge was unsafe. Some Harwick Daily News website readers wrote in.';
    expect(onlyAsOutletWebsite('Harwick Daily News', sentences(text))).toBe(true);
    expect(orgs(text)).not.toContain('Harwick Daily News');
  });

  it('stays where one mention is the outlet at work, or the name is no outlet', () => {
    expect(onlyAsOutletWebsite('Harwick Daily News', sentences('The Harwick Daily News website said so. Harwick Daily News reported the leak first.'))).toBe(false);
    expect(onlyAsOutletWebsite('Tarn Statistics Office', sentences('Figures on the Tarn Statistics Office website show a rise.'))).toBe(false);
  });
});
