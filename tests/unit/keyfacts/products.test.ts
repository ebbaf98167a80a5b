// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractKeyFacts, factPasses } from '../../../utils/keyfacts';
import { listedBesideThing, organisationIsThing, personIsThing, withoutThings, writtenAsTitle } from '../../../utils/keyfacts/products';

// Products, works, craft and events are no people or organisations (issue #16, s21-products). Every sentence is invented.

const facts = (text: string) => extractKeyFacts('Report', text);
const who = (text: string) => facts(text).people.map((p) => p.name);
const none = new Set<string>();

describe('a product, a work or a craft is no person', () => {
  it('leaves out a name the article writes before the kind of thing it is', () => {
    const text =
      'The simulation ran for months on the Hazel Wren supercomputer in Munich, said lead author Tomas Berg. The Hazel Wren supercomputer has 16,000 cores, Berg said.';
    expect(who(text)).toEqual(['Tomas Berg']);
    expect(personIsThing('Ruby Crest', 'We are using our Ruby Crest lander, which is a big one.', none)).toBe(true);
    expect(personIsThing('Ruby Crest', 'NASA is building a mission called Ruby Crest.', none)).toBe(true);
    expect(personIsThing('Tarn Wei', "Taipei's Tarn Wei index gained 0.9 percent.", none)).toBe(true);
  });

  it('leaves out a title the article writes only in quotes', () => {
    const text = 'The studio said “Daisy Tremont” and “Harbor Lights” would stream in May. Studio head Paul Ferris said both films did well.';
    expect(who(text)).toContain('Paul Ferris');
    expect(who(text)).not.toContain('Daisy Tremont');
    expect(writtenAsTitle('Daisy Tremont', 'She starred in “Daisy Tremont,” a comedy.')).toBe(true);
    expect(writtenAsTitle('Daisy Tremont', 'Daisy Tremont said: “I loved it.”')).toBe(false);
  });

  it('leaves out a name that opens with its maker, or that "the" comes before and no given name opens', () => {
    expect(personIsThing('Orvex Pulse', 'Orvex Pulse costs $199.', new Set(['Orvex']))).toBe(true);
    // the maker is any organisation the passes found, also one the merges left out of the list shown
    const { c } = factPasses('Shares of Kaltor rose 4 percent on Monday. Kaltor Pilot, a driving aid, will ship in May, Kaltor said.');
    expect(withoutThings(c, [{ name: 'Kaltor Pilot', role: '', sentence: 1 }], []).people).toEqual([]);
    expect(personIsThing('Vantor Quill', 'The Vantor Quill is lighter than before.', none)).toBe(true);
    expect(personIsThing('Vantor Quill', 'Critics liked the Vantor Quill.', none)).toBe(true);
  });

  it("leaves out a name with a model's code or a sequel's number after it, outside sports reports", () => {
    expect(personIsThing('Kestrel Nova', 'The Kestrel Nova X700 router costs $90.', none)).toBe(true);
    const games = 'The launch titles include Lantern Row, Broken Tide 3, Iron Valley 2 and Skyreach.';
    expect(personIsThing('Broken Tide', games, none)).toBe(true);
    expect(personIsThing('Broken Tide', games, none, true)).toBe(false);
    expect(personIsThing('Omar Haddad', 'Scores: Omar Haddad 88, Lee 12. Omar Haddad batted well.', none)).toBe(false);
  });

  it('leaves out an item of a comma list beside a thing, not a person listed beside people', () => {
    const games = 'The launch titles include Lantern Row, Broken Tide 3, Iron Valley 2 and Skyreach.';
    expect(listedBesideThing('Lantern Row', games, new Set(['Broken Tide']))).toBe(true);
    expect(listedBesideThing('Lantern Row', games, new Set())).toBe(false);
    expect(listedBesideThing('Maria Lund', 'Guests were Maria Lund, Broken Tide 3 and Ola Berg.', new Set(['Broken Tide']))).toBe(false);
  });

  it('leaves out a named storm', () => {
    const text =
      'Storm Edda brought gusts of 90 mph to the coast on Saturday, the Met Office said. Storm Edda cut power to 40,000 homes, said Ian Reid of the utility.';
    expect(who(text)).toEqual(['Ian Reid']);
  });

  it('keeps a person named after "the" before a noun, beside a work of theirs, or with a particle', () => {
    expect(personIsThing('Wen Haolin', 'Critics of the Wen Haolin era spoke out.', none)).toBe(false);
    expect(personIsThing('Marta Olsen', 'It read like a Marta Olsen novel.', none)).toBe(false);
    expect(personIsThing('Peyton Hale', 'It was the Peyton Hale season.', none)).toBe(false);
    expect(personIsThing('Nadim bin Faisal', 'Oil minister Nadim bin Faisal spoke.', new Set(['Nadim']))).toBe(false);
    expect(personIsThing('Louis Prima', 'He ran the Louis Prima Foundation.', none)).toBe(false);
  });
});

describe('a work or an event is no organisation', () => {
  it('leaves out a title in quotes and a work named after its kind', () => {
    expect(organisationIsThing('Cold Harbour Blues', 'The band played “Silver Arrow” and “Cold Harbour Blues” at the show.')).toBe(true);
    expect(organisationIsThing('Quiet Office Party', 'She spoke at the screening of her new movie Quiet Office Party.')).toBe(true);
  });

  it('leaves out an event by its last word', () => {
    expect(organisationIsThing('Global Ocean Action Summit', 'Leaders met at the Global Ocean Action Summit.')).toBe(true);
    expect(organisationIsThing('Northland Finals', 'She won the Northland Finals.')).toBe(true);
  });

  it('keeps an organisation written plainly', () => {
    expect(organisationIsThing('Premier Soccer League', 'The Premier Soccer League fined the club.')).toBe(false);
    expect(organisationIsThing('Halden Records', 'Halden Records signed the band.')).toBe(false);
  });
});
