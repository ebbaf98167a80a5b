// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyFactsWithFeatures } from '../../../utils/keyfacts/index';
import { isPersonNoun } from '../../../utils/keyfacts/gazetteer';
import { roleBefore } from '../../../utils/keyfacts/people';

// Roles the passes missed on fresh stories (issue #16, s36-people). Every sentence is invented.

const facts = (text: string) => keyFactsWithFeatures('', text).facts;
const roleOf = (text: string, name: string) => facts(text).people.find((p) => p.name === name)?.role;

describe('WordNet nouns whose every sense is a person are role heads, however rare SemCor finds them', () => {
  it('"presenter", "footballer", "medallist", "impresario", "hurdler" head the role before a name', () => {
    expect(roleOf('The gala was opened by breakfast radio presenter Marla Quennell on Friday evening.', 'Marla Quennell')).toBe('breakfast radio presenter');
    expect(roleOf('Former Welsh footballer Tobias Renwick will lead the new academy, the club said.', 'Tobias Renwick')).toBe('Former Welsh footballer');
    expect(roleOf('The prize went to Olympic bronze medallist Ines Okafor at the ceremony.', 'Ines Okafor')).toBe('Olympic bronze medallist');
    expect(roleOf('The revival was backed by veteran theatre impresario Caspar Villiers last spring.', 'Caspar Villiers')).toBe('veteran theatre impresario');
  });

  it('not a trade a firm plies, an adjective, a verb or a word WordNet writes capitalised: "bookmaker", "ancient", "have", "Hegelian"', () => {
    for (const w of ['bookmaker', 'winemaker', 'housebuilder', 'auditor', 'ancient', 'married', 'accused', 'have', 'hegelian', 'arapaho']) expect(isPersonNoun(w)).toBe(false);
    for (const w of ['presenter', 'footballer', 'medallist', 'hurdler', 'impresario', 'frontbencher']) expect(isPersonNoun(w)).toBe(true);
  });

  it('a one-word firm after "winemaker" is read as no stage name', () => {
    expect(facts('Shares in winemaker Vintara rose 5% on Monday, after winemaker Vintara said sales grew.').people).toEqual([]);
  });
});

describe('a title joined by "of (the)" before a role is neither the role nor a body of its own', () => {
  it('"Songs of the Pines host": the role is "host", no "Pines"', () => {
    expect(roleBefore('Critics included Songs of the Pines host ')).toBe('host');
    const f = facts('Critics included Songs of the Pines host Marla Quennell and music editor Colin Drabble, the paper said.');
    expect(f.people.find((p) => p.name === 'Marla Quennell')?.role).toBe('host');
    expect(f.organizations.map((o) => o.name)).not.toContain('Pines');
  });

  it('"Bank of Elbonia governor": the cut name is dropped; an unbroken one stays in the role', () => {
    expect(roleBefore('rates, said Bank of Elbonia deputy governor ')).toBe('deputy governor');
    expect(roleBefore('said Elbonia deputy governor ')).toBe('Elbonia deputy governor');
  });
});

describe('the role the next sentence opens with is the role of the person the sentence before names as its subject', () => {
  it('"…, Ottilie Marsh has said. The fisheries minister said …"', () => {
    const text = 'The ban on trawling in the bay is enforceable, Ottilie Marsh has said. The fisheries minister said it would become obvious if boats flouted it.';
    expect(roleOf(text, 'Ottilie Marsh')).toBe('fisheries minister');
  });

  it('a person opening the sentence, written once in full and once by surname', () => {
    const text = 'Ottilie Marsh has pulled out of the indoor meeting in Ghent with a calf strain. The double world champion said she would rest. Marsh is 31.';
    expect(roleOf(text, 'Ottilie Marsh')).toBe('double world champion');
  });

  it('none where the sentence before names two people, or its person is no subject', () => {
    expect(roleOf('Ottilie Marsh met Cyril Dane on Monday. The fisheries minister said the talks went well.', 'Ottilie Marsh')).toBe('');
    expect(roleOf('The gala was hosted by Ottilie Marsh. The fisheries minister said it raised £2m.', 'Ottilie Marsh')).toBe('');
  });
});
