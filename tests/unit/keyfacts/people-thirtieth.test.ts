// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { peopleFound } from './read-facts';
import { keyFactsWithFeatures } from '../../../utils/keyfacts/index';

// People the passes left undecided on fresh stories (issue #16, s30-people). Every sentence is invented.

const rolesFound = (text: string) => keyFactsWithFeatures('', text).facts.people.map(({ name, role }) => ({ name, role }));

describe('a role’s or a month’s word that the given-name data holds, inside a name', () => {
  it('reads it as the surname after a given name, hyphenated too', () => {
    expect(peopleFound('The report was written by Harriet May and published on Friday.')).toEqual(['Harriet May']);
    expect(peopleFound('The fund is run by Tobias Dean, who set it up in 2009.')).toEqual(['Tobias Dean']);
    expect(peopleFound('The claim was made by Oliver Marsh-Dean, a farmer from Kent.')).toEqual(['Oliver Marsh-Dean']);
    expect(rolesFound('Labour MSP Corinne May said the bill was flawed.')).toEqual([{ name: 'Corinne May', role: 'Labour MSP' }]);
  });

  it('never opening the name: a title or a date’s month before a surname, and a body’s word stays a body’s', () => {
    expect(peopleFound('Marshal Dravko ruled the country for decades.')).not.toContain('Marshal Dravko');
    expect(rolesFound('Law school Dean Amelia Frost said fees would rise.')).toEqual([{ name: 'Amelia Frost', role: 'Law school Dean' }]);
    expect(peopleFound('Shares in Sterling Bank fell 3% on Monday.')).toEqual([]);
    expect(peopleFound('Ben Tarlow was sent off in the second half. Last June Tarlow was fined for a late tackle.')).toEqual(['Ben Tarlow']);
  });
});

describe('a name the article writes again as an initial and the surname', () => {
  it('reads a given name the lists lack as a person’s where a team sheet or a results line initials it', () => {
    const report = 'It took a superb tackle from Torven Halloway to keep the lead intact.\n\nHosts: T Halloway; K Marsh, P Drennan (capt).';
    expect(peopleFound(report)).toContain('Torven Halloway');
    expect(peopleFound('The second set went the way of Vrosk Tessaro after a long tie-break. Results: V. Tessaro bt A. Rowley 6-1 7-6.')).toContain('Vrosk Tessaro');
  });

  it('needs the initial of the first word: another initial, or none, is no such evidence', () => {
    expect(peopleFound('It took a superb tackle from Torven Halloway to keep the lead intact.\n\nHosts: K Halloway; P Drennan (capt).')).toEqual([]);
  });
});

describe('a given name alone before "and" and a person named in full', () => {
  it('is that person’s name cut short, no person of its own, listed or a relative', () => {
    expect(peopleFound('The show was co-produced by impresarios Hal and Edmund Brisco, who own the Regal.')).not.toContain('Hal');
    expect(peopleFound('The twins Carl and Jody Brannagh won the doubles final on Sunday.')).not.toContain('Carl');
  });

  it('but a given name alone after a full name is listed on its own: a stage name', () => {
    const text = 'The charity single, featuring artists including Ruth Calder and Jamila, held off the rest to stay at number one.';
    expect(peopleFound(text)).toEqual(['Ruth Calder', 'Jamila']);
  });
});

describe('a form of address between a role and a name', () => {
  it('reads the role before it ("United boss Sir Alex …", "Project director Dr …")', () => {
    expect(rolesFound('Harbour boss Sir Tobin Wray praised the defence after the match.')).toEqual([{ name: 'Tobin Wray', role: 'Harbour boss' }]);
    expect(rolesFound('Project director Dr Vanya Pellis said the trial would start in May.')).toEqual([{ name: 'Vanya Pellis', role: 'Project director' }]);
  });

  it('keeps a title that is a role itself the role ("judge")', () => {
    expect(rolesFound('The ruling was issued by federal judge Marla Quist on Friday.')).toEqual([{ name: 'Marla Quist', role: 'federal judge' }]);
  });
});
