// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyFactsWithFeatures } from '../../../utils/keyfacts/index';
import { pluralOverList } from '../../../utils/keyfacts/people-by-cue';

// People and roles the passes missed on fresh stories (issue #16, s35-people). Every sentence is invented.

const people = (text: string) => keyFactsWithFeatures('', text).facts.people;
const roleOf = (text: string, name: string) => people(text).find((p) => p.name === name)?.role;

describe('the members a plural noun of persons lists after "include", "are" or a dash hold it as their role', () => {
  it('after "include": each listed name, without the count or "other"', () => {
    const text = 'The album was made in Leeds. Other contributors include Harriet Colburn, Dominic Ashworth and Priya Malvern. Colburn sang.';
    expect(roleOf(text, 'Harriet Colburn')).toBe('contributors');
    expect(roleOf(text, 'Priya Malvern')).toBe('contributors');
  });

  it('after a dash, and after "are"', () => {
    const dash = 'The inquiry lost four other surveyors - Harriet Colburn, Dominic Ashworth and Priya Malvern - on Monday. Colburn left.';
    expect(roleOf(dash, 'Dominic Ashworth')).toBe('surveyors');
    expect(roleOf('The film\'s nominated producers are Harriet Colburn and Dominic Ashworth. Colburn said so.', 'Dominic Ashworth')).toMatch(/producers$/);
  });

  it('none where the plural is no noun of persons, or a comma stands before "including"', () => {
    expect(pluralOverList('The results include ')).toBe('');
    expect(roleOf('The flood hit several villagers, including Harriet Colburn and Dominic Ashworth. Colburn said so.', 'Harriet Colburn')).toBe('');
  });
});

describe('names listed under a plural noun of persons are people, stage names too', () => {
  it('one-word and two-word stage names under "the artists -", with the plural as their role', () => {
    const text = 'The label dropped the case. But the artists - Zarvo, Kettle Brown and Mirabel Dusk - will keep touring. Zarvo said so.';
    const names = people(text).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Zarvo', 'Kettle Brown']));
    expect(roleOf(text, 'Zarvo')).toBe('artists');
  });

  it('after "include" and right after the plural ("backing singers A and B")', () => {
    expect(people('The record sold well. Guest contributors include Zarvo, Mirabel Dusk and Harriet Colburn.').map((p) => p.name)).toContain('Zarvo');
    expect(roleOf('The tour brought back former backing singers Zarvo and Quillan. Zarvo said it was fun.', 'Quillan')).toBe('singers');
  });

  it('not a film beside titles opened by their article, nor a word before a role noun, nor fictional characters', () => {
    const films = people('Leading contenders The Long Harbour, Glass Orchard and Quillan all lost ground at the box office.').map((p) => p.name);
    expect(films).not.toContain('Quillan');
    const award = people('Stars including Harriet Colburn, Dominic Ashworth and Zarvo nominee Priya Malvern attended.').map((p) => p.name);
    expect(award).not.toContain('Zarvo');
    const games = people('The console has titles featuring well-known characters such as Zarvo and Quillan.').map((p) => p.name);
    expect(games).not.toContain('Zarvo');
  });
});

describe('a place in a tournament\'s draw before a name is a role ("top seed")', () => {
  it('read with its rank only, not the verb before it', () => {
    expect(roleOf('Priya Malvern beat top seed Harriet Colburn 6-2 6-3 in Perth. Colburn said so.', 'Harriet Colburn')).toBe('top seed');
    expect(roleOf('Dominic Ashworth overcame eighth seed Quillan Moss in Dubai. Moss said so.', 'Quillan Moss')).toBe('eighth seed');
  });
});
