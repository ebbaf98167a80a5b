// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractKeyFacts } from '@/utils/keyfacts';

const dir = path.resolve(__dirname, '../../../../shared/keyfacts');
const inputs = path.join(dir, 'dev-inputs.json');

describe.skipIf(!existsSync(inputs))('seed article of ../shared/keyfacts (skipped: the gold set is not present)', () => {
  const seed = () => {
    const all = JSON.parse(readFileSync(inputs, 'utf8')) as Record<string, { title: string; text: string }>;
    return extractKeyFacts(all.seed!.title, all.seed!.text);
  };

  it('finds exactly the two people, with their roles', () => {
    const people = seed().people;
    expect(people.map((p) => p.name)).toEqual(['Yang Jie', 'Shaza Fatima Khawaja']);
    expect(people[0]!.role.toLowerCase()).toContain('chairman');
    expect(people[1]!.role.toLowerCase()).toContain('minister');
  });

  it('pairs the three acronyms with their expansions', () => {
    const pairs = seed().organizations.filter((o) => o.acronym).map((o) => [o.acronym, o.name]);
    expect(pairs).toEqual([
      ['CMCC', 'China Mobile Communications Corporation'],
      ['MoITT', 'Ministry of Information Technology and Telecommunication'],
      ['CPEC', 'China-Pakistan Economic Corridor'],
    ]);
  });

  it('finds Pakistan and China among the places and 5G among the numbers', () => {
    const f = seed();
    expect(f.places.map((p) => p.text)).toEqual(expect.arrayContaining(['Pakistan', 'China']));
    expect(f.numbers.map((n) => n.text)).toContain('5G');
  });
});
