// @vitest-environment node
// Organisations named once with no suffix that the article still shows to be bodies (s29-orgs), each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { orgs } from './read-facts';

const story = (...sentences: string[]) =>
  [...sentences, 'The deal is expected to close in the spring, subject to the approval of regulators in both countries.'].join(' ');

describe('a name that ends with a word of a firm\'s or a body\'s form (compromise\'s organisation words)', () => {
  it('is an organisation by its last word', () => {
    const found = orgs(story('The series, its producer said, was shot by Harrowgate Productions in four weeks.', 'Quellmoor Limited charged clients for the tours, the paper alleged.'));
    expect(found).toContain('Harrowgate Productions');
    expect(found).toContain('Quellmoor Limited');
  });

  it('leaves a work named after a person and such a word alone', () => {
    const text = story('The band used three notes from flautist James Norrow\'s Choir in their track, and Mr Norrow sued them.', 'Mr Norrow said his copyright had been infringed.');
    expect(orgs(text)).not.toContain('James Norrow\'s Choir');
  });
});

describe('a post held at the name right before it', () => {
  it('makes the name closed after "an analyst with", "chief investment officer of", "a spokesman for" the employer', () => {
    const found = orgs(story(
      '"Buyers are nervous," said Dana Whitlow, an analyst with Quorvex Research.',
      'Tomas Reed, chief investment officer of Brindle Dunmore Managers, told reporters the market would recover.',
      'No vehicles would be recalled, said a spokesman for Velmoran.',
    ));
    expect(found).toContain('Quorvex Research');
    expect(found).toContain('Brindle Dunmore Managers');
    expect(found).toContain('Velmoran');
  });

  it('does not take the first words of a name written with commas and "and"', () => {
    const text = story('A spokesman for Korvane Immigration, Customs and Enforcement, Dean Boyd, said the group was not motivated by money.');
    expect(orgs(text)).not.toContain('Korvane Immigration');
  });

  it('asks for the name to be closed: a noun after it makes it a word of a description', () => {
    const text = story('The chairman of Quillon Dey TV network Brio said the show would return next year.');
    expect(orgs(text)).not.toContain('Quillon Dey TV');
  });
});

describe('an appositive owned by a place whose head is a kind of body', () => {
  it('makes the name before it an organisation', () => {
    const found = orgs(story('Velmora, Norway\'s second-biggest lender, is already looking for buyers.', 'Quorvex, parent company of Brindle, said it would appeal.'));
    expect(found).toContain('Velmora');
    expect(found).toContain('Quorvex');
  });

  it('is no appositive when it opens a new clause', () => {
    const text = story('When the probe arrived at Korvath, Ana Lund\'s team was flying blind for a week.', 'Ms Lund said the landing had been harder than planned.');
    expect(orgs(text)).not.toContain('Korvath');
  });

  it('is not read after the end of a name a number cuts', () => {
    const text = story('According to Vento Rosso 24 Ore, Italy\'s business newspaper, the government will cut the tax.');
    expect(orgs(text)).not.toContain('Ore');
  });
});

describe('a trade\'s noun right before a name', () => {
  it('names the brewer, the importer, the processor or the trade body after it', () => {
    const found = orgs(story(
      'Australian brewer Quorvex has bought a large stake in a winemaker.',
      'First customers include fruit importer Velmora Fresh and seafood processor Nordhavik.',
      'The firm referred the issue to trade body Brindlecourt, of which it is a member.',
    ));
    expect(found).toContain('Quorvex');
    expect(found).toContain('Velmora Fresh');
    expect(found).toContain('Nordhavik');
    expect(found).toContain('Brindlecourt');
  });
});

describe('a kind of body named by a possessive or "the" before the name', () => {
  it('makes the name closed after "whose company,", "the band,", "X\'s management company," a body', () => {
    const found = orgs(story(
      '"It was the best way to launch my brand," said Ana Ruiz, whose company, Velmora Works, now makes lamps.',
      'Police arrested two musicians from the band, Quillon Dey, and one of the club\'s owners.',
      'Shots were fired at the door of the rapper\'s management company, Brindlecourt.',
    ));
    expect(found).toContain('Velmora Works');
    expect(found).toContain('Quillon Dey');
    expect(found).toContain('Brindlecourt');
  });

  it('leaves a person out: a name followed by "who"', () => {
    const text = story('The chiefs are said to take money from the mine\'s operator, Korvane Lutho Pash, who owns the land.');
    expect(orgs(text)).not.toContain('Korvane Lutho Pash');
  });
});

describe('competitors, rivals or sponsors listed as examples', () => {
  it('makes the names listed after "sponsors include" or "competitors including" bodies', () => {
    const found = orgs(story('Other corporate sponsors include Velmora Sonsk, QKV and Brindle Dunmore. "Our mission is to educate," the group said.'));
    expect(found).toContain('Velmora Sonsk');
    expect(found).toContain('Brindle Dunmore');
    expect(orgs(story('The airline now has competitors including Air Velmora and Air Quillon.'))).toContain('Air Velmora');
  });
});

describe('a relative clause of what a body does', () => {
  it('makes the name before ", which represents" or ", which was bought" a body', () => {
    const found = orgs(story(
      'Industry groups were divided. Quorvex, which represents small providers, backed the bill.',
      'Her first albums came out through Brindle Dunmore, which was bought out by a fund last year.',
    ));
    expect(found).toContain('Quorvex');
    expect(found).toContain('Brindle Dunmore');
  });
});
