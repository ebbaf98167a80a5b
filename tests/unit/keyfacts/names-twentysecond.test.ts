// @vitest-environment node
// The twenty-second round's names rules (s22-names): each on an invented text.
import { describe, expect, it } from 'vitest';
import { factPasses, keyFactsWithFeatures } from '@/utils/keyfacts';

/** The people the passes take (before the confidence filter), with their roles. */
const people = (text: string) => [...factPasses(text).c.people.values()].map(({ name, role }) => ({ name, role }));
const names = (text: string) => people(text).map((p) => p.name);

describe('words that describe a person glued before the name', () => {
  it('leave a party and a post in capitals out of the name, as its role ("Labour MP Dorian Keswick")', () => {
    const text = 'The plan was opposed by Labour MP Dorian Keswick, who wants the regiment kept. The vote is on Monday.';
    expect(people(text)).toContainEqual({ name: 'Dorian Keswick', role: 'Labour MP' });
    expect(names(text)).not.toContain('Labour MP Dorian Keswick');
  });

  it('leave a nationality and a post out ("Dutch MEP Marta Halloway")', () => {
    const text = 'The rules were drafted by Dutch MEP Marta Halloway after two years of talks. They take effect in June.';
    expect(names(text)).toContain('Marta Halloway');
  });

  it('leave a position in capitals out of a team sheet\'s name ("CB Ines Vantreck")', () => {
    const text = 'The club also released CB Ines Vantreck on Tuesday after a poor season. The roster now stands at 52.';
    expect(names(text)).toContain('Ines Vantreck');
  });

  it('leave a word the article writes in lower case out, even one that is also a given name ("Lock Colin Arden")', () => {
    const text = 'The lock was injured in the first half. The side will be without Lock Colin Arden for two games. The coach named no replacement.';
    expect(names(text)).toContain('Colin Arden');
    expect(names(text)).not.toContain('Lock Colin Arden');
  });

  it('keep a given name before a name ("Dorian Colin Keswick" is one person)', () => {
    const text = 'The award went to Dorian Colin Keswick, a painter. Keswick said he was surprised by the news.';
    expect(names(text)).not.toContain('Colin Keswick');
  });

  it('do not cut a place\'s first word before a name ("New York National Guard" is no person)', () => {
    const text = 'The New York National Guard sent 200 soldiers to the city. They arrived on Friday.';
    expect(names(text)).not.toContain('York National Guard');
  });

  it('read one capital as a post only after another descriptor: opening the name it is an initial', () => {
    const sheet = 'The club also traded Colorado D Viktor Lasko on Tuesday for a pick. Lasko played 60 games.';
    expect(names(sheet)).toContain('Viktor Lasko');
    const writer = 'The prize is named for F Scott Tavener, who wrote six novels. Tavener died in 1940.';
    expect(names(writer)).not.toContain('Scott Tavener');
  });
});

describe('a nickname in quotes inside a name', () => {
  it('keeps the name whole, one person ("Dorian \\"Dutch\\" Keswick" and "Mr Keswick")', () => {
    const text = 'Music mogul Dorian "Dutch" Keswick was arrested on Saturday. Mr Keswick, 39, founded the label in 1991. Police said Mr Keswick was released.';
    // one chip per person: the facts as the passes and the merges of index.ts give them, before the confidence filter
    const found = keyFactsWithFeatures('', text).facts.people.map((p) => p.name);
    expect(found).toContain('Dorian "Dutch" Keswick');
    expect(found).not.toContain('Keswick');
  });

  it('not where no given name opens it (\'Operation "Harbour" Sweep\')', () => {
    const text = 'Police began Operation "Harbour" Sweep on Monday. It ended on Friday with six arrests.';
    expect(names(text)).toHaveLength(0);
  });
});
