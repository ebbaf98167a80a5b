// @vitest-environment node
// The twenty-first round's precision rules (s21-precision): wrong people, places and quotes by mechanism, each rule on
// an invented text.
import { describe, expect, it } from 'vitest';
import { peopleNames, places } from './read-facts';

describe('a name taken as a person by its shape alone, written after a preposition of place', () => {
  const town = [
    'Officials said the storm flooded 40 homes in Marion Kessford overnight.',
    'Marion Kessford has two schools, a library and a small harbour.',
    'Residents of the town were told to boil their water until Friday.',
  ];

  it('is a place ("in Marion Kessford"), not a person', () => {
    const text = town.join(' ');
    expect(peopleNames(text)).not.toContain('Marion Kessford');
    expect(places(text)).toContain('Marion Kessford');
  });

  it('stays a person where the name owns something after the preposition ("in Dalia Renwick\'s view")', () => {
    const text = [
      'In Dalia Renwick\'s view the council moved too slowly on the new bridge.',
      'Dalia Renwick has run the hardware shop on the corner since 1998.',
      'Renwick wants the works finished before the winter.',
    ].join(' ');
    expect(peopleNames(text)).toContain('Dalia Renwick');
  });

  it('stays a person where the name owns something with a bare apostrophe ("in Dalia Renwicks\' novel", s27-places)', () => {
    const text = [
      'The villain was compared to the miser in Dalia Renwicks\' novel The Long Winter.',
      'Dalia Renwicks wrote it in 1998.',
      'Renwicks did not reply.',
    ].join(' ');
    expect(peopleNames(text)).toContain('Dalia Renwicks');
    expect(places(text)).not.toContain('Dalia Renwicks');
  });

  it('stays a person after "at" inside a sentence ("a jab at …"), which aims at someone', () => {
    const text = [
      'The senator took a jab at Dalia Renwick during the debate on Tuesday.',
      'Dalia Renwick has led the county board since 2019.',
      'Renwick did not reply.',
    ].join(' ');
    expect(peopleNames(text)).toContain('Dalia Renwick');
    expect(places(text)).not.toContain('Dalia Renwick');
  });

  it('stays a person in a sports report, where a run is driven in', () => {
    const text = [
      'Tomas Ruiz singled in Jonah Keswick in the fifth inning and the Hawks held on to win the match 4-3.',
      'Jonah Keswick scored twice and the league leaders stretched their run to six games.',
      'Keswick has three goals this season.',
    ].join(' ');
    expect(peopleNames(text)).toContain('Jonah Keswick');
  });
});
