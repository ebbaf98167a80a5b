// @vitest-environment node
// Wrong facts of the twenty-seventh round's study sets by mechanism (s27-precision): each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { orgs, peopleFound } from './read-facts';

describe('a plural noun of a trade right before one name makes it a group, no person', () => {
  it('reads the name after "the auditors", "by auctioneers" or "to publishers" as a firm', () => {
    const text = [
      'The regulator has also gone after the auditors Hollis Brand over the accounts.',
      'The sale, hosted by auctioneers Marcus Penhale, raised £40,000 in London.',
      'The rights were sold to publishers Walter Dunmore last spring.',
    ].join(' ');
    const people = peopleFound(text);
    for (const firm of ['Hollis Brand', 'Marcus Penhale', 'Walter Dunmore']) expect(people).not.toContain(firm);
    expect(orgs(text)).toEqual(expect.arrayContaining(['Hollis Brand', 'Marcus Penhale']));
  });

  it('keeps people the plural lists, and a verb ending in "-ers" before a name', () => {
    const text = [
      'The film brought together the actors Tom Harland and Meg Ostrow for the first time.',
      'The committee considers Jane Okafor the best candidate, a spokesman said.',
    ].join(' ');
    const people = peopleFound(text);
    expect(people).toEqual(expect.arrayContaining(['Tom Harland', 'Meg Ostrow', 'Jane Okafor']));
  });
});

describe('a word that describes the person, glued before a given name and a surname', () => {
  it('cuts the word after "fellow", a given name too ("Scot")', () => {
    const people = peopleFound('The minister defended the plan. But fellow Scot Daniel Osterby said it was folly.');
    expect(people).toContain('Daniel Osterby');
    expect(people).not.toContain('Scot Daniel Osterby');
  });

  it('cuts a player\'s position in a sports report', () => {
    const report = 'Wales made two changes for the Six Nations match in Rome. Lock Ewan Harlow returns after injury, and the fly-half keeps his place. Harlow scored in the last match.';
    const people = peopleFound(report);
    expect(people).toContain('Ewan Harlow');
    expect(people).not.toContain('Lock Ewan Harlow');
  });

  it('keeps a position word that is a surname', () => {
    expect(peopleFound('The Six Nations match in Rome was sold out. Coach Tom Wing and flanker Ben Lock were named in the squad.')).toEqual(expect.arrayContaining(['Tom Wing', 'Ben Lock']));
  });
});
