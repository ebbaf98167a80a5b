// @vitest-environment node
// Numbered stations and channels (phrases.ts isStationNumber, organizations.ts isOrgByForm; twenty-ninth round,
// s29-orgs2): the number after "Radio" or "Channel" is part of the broadcaster's name; each on an invented text.
import { describe, expect, it } from 'vitest';
import { candidateNames, orgs, peopleNames } from './read-facts';

describe('a broadcaster that numbers its stations', () => {
  it('keeps the number in the name and reads the name as a body', () => {
    const text =
      'The drama helped lift Channel 5 to its best month in a decade, the regulator said on Monday. ' +
      'The show will move to Norland Radio 2 in the spring, and Radio 3’s evening slot will go to a quiz.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Channel 5', 'Norland Radio 2']));
    expect(candidateNames(text)).toContain('Radio 3');
  });

  it('goes on after the number with the station’s own words, not with a person', () => {
    const text = 'The single went into the Norland Radio 7 Music playlist, and Norland Radio 1 DJ Tomas Greer played it twice.';
    expect(candidateNames(text)).toEqual(expect.arrayContaining(['Norland Radio 7 Music', 'Norland Radio 1']));
    expect(peopleNames(text)).toContain('Tomas Greer');
  });

  it('keeps no number after other words: a score, a count or a model’s number', () => {
    const names = candidateNames('Kestrels 2 Ospreyton 1 was the score at the break, and the club’s Windows 95 computers failed again.');
    expect(names).not.toContain('Kestrels 2');
    expect(names).not.toContain('Windows 95');
  });
});
