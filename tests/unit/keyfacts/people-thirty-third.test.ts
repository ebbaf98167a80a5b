// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyFactsWithFeatures } from '../../../utils/keyfacts/index';
import { roleInApposition, roleOpeningSentence } from '../../../utils/keyfacts/people';
import { roleDescribedAfter } from '../../../utils/keyfacts/described-after';

// Roles the passes missed on fresh stories (issue #16, s33-people). Every sentence is invented.

const roleOf = (text: string, name: string) => keyFactsWithFeatures('', text).facts.people.find((p) => p.name === name)?.role;

describe('a role in apposition before a name, after a noun of a person and a comma', () => {
  it('is the role of the name that follows', () => {
    expect(roleOf('The mill closed in May. Her nephew, Tomas Quillan, said the loss was hard. Quillan is 40.', 'Tomas Quillan')).toBe('nephew');
    expect(roleOf('The river rose overnight. A local fisherman, Oswin Tarrant, told the council it had never been so high.', 'Oswin Tarrant')).toBe('local fisherman');
  });

  it('leaves out a count of one ("Another villager")', () => {
    expect(roleInApposition('Another villager, ')).toBe('villager');
  });

  it('not inside an opening adverbial, nor after a plural or a noun any person is', () => {
    expect(roleInApposition('After beating the champion, ')).toBe('');
    expect(roleInApposition('Speaking to his lawyer, ')).toBe('');
    expect(roleInApposition('Speaking to reporters, ')).toBe('');
    expect(roleInApposition('The court has sentenced one person, ')).toBe('');
  });

  it('is only a role: it takes no name another cue did not take', () => {
    expect(keyFactsWithFeatures('', 'The fund sold the farm to a local grower, Brackley Orchards, in May.').facts.people).toEqual([]);
  });
});

describe('a noun of a person opening the sentence before a name', () => {
  it('is the role, in lower case', () => {
    expect(roleOf('Comedian Harvey Brindle will host a new quiz show on Channel 4. Brindle said he was delighted.', 'Harvey Brindle')).toBe('comedian');
  });

  it('is each listed name’s when it is a plural', () => {
    const text = 'Judges Tomas Quillan and Harvey Brindle will return for the new series. Quillan said so.';
    expect(roleOf(text, 'Tomas Quillan')).toBe('judges');
    expect(roleOf(text, 'Harvey Brindle')).toBe('judges');
  });

  it('not a form of address, a nationality or a party’s member', () => {
    expect(['Sir ', 'American ', 'Conservative ', 'Comedian Harvey '].map(roleOpeningSentence)).toEqual(['', '', '', '']);
  });
});

describe('a relative named by the given name alone', () => {
  it('has the noun of kinship as role', () => {
    expect(roleOf('The band played in Leeds. His wife Marisol joined them on stage.', 'Marisol')).toBe('wife');
    expect(roleOf('She leaves two daughters, Marisol and Tomasina.', 'Tomasina')).toBe('daughters');
  });
});

describe('an apposition after a name whose head is a noun of a person', () => {
  it('is the role, up to the head and its first complement', () => {
    const text = 'The site was praised. Doran Ketteridge, a Leeds-based podcaster, liked it. Ketteridge said so.';
    expect(roleOf(text, 'Doran Ketteridge')).toBe('Leeds-based podcaster');
    expect(roleDescribedAfter(', a soil specialist at the Marsh Valley Research Farm of Ohio, said')).toBe('soil specialist at the Marsh Valley Research Farm');
    expect(roleDescribedAfter(', a mother and two cousins were there')).toBe('mother');
  });

  it('not a clause, a verb, another’s noun, nor others listed beside the name', () => {
    expect(roleDescribedAfter(', while defending champion Ana Diaz faces Jo Lee')).toBe('');
    expect(roleDescribedAfter(', told journalists on Monday')).toBe('');
    expect(roleDescribedAfter(', its former banker, to return the fees')).toBe('');
    expect(roleDescribedAfter(', the executives, on-air talent and shareholders')).toBe('');
  });
});
