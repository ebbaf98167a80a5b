// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractKeyFacts } from '../../../utils/keyfacts';
import { onePerPerson } from '../../../utils/keyfacts/coreference';

// The panel as a reader sees it (issue #16, s20-panel): one chip per person. Every sentence is invented.

const people = (text: string) => extractKeyFacts('Report', text).people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name));

describe('one chip per person', () => {
  it('merges a double surname said alone into the full name', () => {
    expect(people('The musical was written by Andrew Lloyd Webber. Lloyd Webber said it was his favourite.')).toEqual(['Andrew Lloyd Webber']);
    expect(people('The novelist Teresa Nielsen Hayden spoke. Nielsen Hayden said she would return.')).toEqual(['Teresa Nielsen Hayden (novelist)']);
  });

  it('merges an initial or a shortened given name before the same surname', () => {
    expect(people('Zac Pearce rode the winner. Trainer Mark Hollis said Z Pearce had ridden well.')).toContain('Zac Pearce');
    expect(people('Zac Pearce rode the winner. Trainer Mark Hollis said Z Pearce had ridden well.')).not.toContain('Z Pearce');
    expect(people('Joshua Apte, a professor at Rice University, led the study. Josh Apte said the results were clear.')).toEqual([
      'Joshua Apte (professor at Rice University)',
    ]);
  });

  it('merges a name said without its middle names into the full name', () => {
    expect(people('The fund is run by Thomas Edward Hale. Thomas Hale said returns were strong.')).toEqual(['Thomas Edward Hale']);
    expect(people('Judge Martha Ellen Brisco ruled on Monday. Martha Brisco said the law was clear.')).toEqual(['Martha Ellen Brisco (Judge)']);
  });

  it('keeps the shorter name when the longer one has a descriptor, not a given name, glued before it', () => {
    const p = (name: string, role = '') => ({ name, role, sentence: 0 });
    expect(onePerPerson([p('Opener Hamid Qasimi'), p('Hamid Qasimi', 'batsman')]).map((x) => x.name)).toEqual(['Hamid Qasimi']);
    expect(onePerPerson([p('Lloyd Webber', 'composer'), p('Andrew Lloyd Webber')])).toEqual([p('Andrew Lloyd Webber', 'composer')]);
  });

  it('keeps two people who share a surname', () => {
    expect(people('Maria Lopez and Ana Lopez won. Ana Lopez said it was close.')).toEqual(['Maria Lopez', 'Ana Lopez']);
    expect(people('Jo Hart and Joan Hart both spoke. Joan Hart said it was fine.').sort()).toEqual(['Jo Hart', 'Joan Hart']);
  });
});
