// @vitest-environment node
// The twenty-fourth round's people rules (s24-people): each on an invented text.
import { describe, expect, it } from 'vitest';
import { factPasses } from '@/utils/keyfacts';
import { isGivenName } from '@/utils/keyfacts/gazetteer';
import { namedAfterTitle } from '@/utils/keyfacts/people';

/** The people the passes take (before the confidence filter), with their roles. */
const people = (text: string) => [...factPasses(text).c.people.values()].map(({ name, role }) => ({ name, role }));
const names = (text: string) => people(text).map((p) => p.name);
const toks = (s: string) => s.split(' ').map((w) => ({ w, start: 0, end: 0 }));

describe('a name after a title, whose words a list reads as something else', () => {
  it('takes a surname that is a role word after a title ("Rep. Wendell Bishop")', () => {
    const text = 'The bill was backed by Rep. Wendell Bishop on Monday. Bishop said the farmers needed it.';
    expect(people(text)).toContainEqual({ name: 'Wendell Bishop', role: 'Rep.' });
  });

  it('takes a surname that is a common word after a given name ("Transport Minister Carol Jobs")', () => {
    const text = 'Fares will fall in March, Transport Minister Carol Jobs announced on Thursday.';
    expect(names(text)).toContain('Carol Jobs');
  });

  it('takes a hyphenated surname of two capitals and initials written as capitals ("Labor Secretary Ana Ruiz-DelMar", "Vice President KT Orlov")', () => {
    expect(names('Labor Secretary Ana Ruiz-DelMar said in a statement that the plant would open.')).toContain('Ana Ruiz-DelMar');
    expect(names('The poll includes Vice President KT Orlov and two governors.')).toContain('KT Orlov');
  });

  it('leaves a thing named for a person ("President Orlov Bridge", "Governor Lind Administration")', () => {
    expect(namedAfterTitle(toks('Orlov Bridge'), false, new Set())).toBe(false);
    expect(namedAfterTitle(toks('Lind Administration'), true, new Set())).toBe(false);
    expect(namedAfterTitle(toks('Orlov Bridge'), true, new Set())).toBe(true); // "… Orlov Bridge … Bridge said": the article's own cue
  });

  it('takes a common word as a surname after a first word the article never writes in lower case ("Prime Minister Kalto Nano")', () => {
    expect(names('The west must act, said Prime Minister Kalto Nano. He spoke in the capital.')).toContain('Kalto Nano');
    expect(namedAfterTitle(toks('Economic Nano'), false, new Set(['economic']))).toBe(false);
    expect(namedAfterTitle(toks('Medical Officer'), false, new Set())).toBe(false);
  });

  it('leaves a run with a weekday, an honorific or a known place as a whole', () => {
    expect(namedAfterTitle(toks('Carol Monday'), true, new Set())).toBe(false);
    expect(namedAfterTitle(toks('New Zealand'), true, new Set())).toBe(false);
  });
});

describe('a given name before a post in capitals describes the person ("Tory MP")', () => {
  it('cuts a party that is also a given name before a post off the name, as its role', () => {
    const text = 'The motion was debated on Tuesday. Tory MP Gareth Pellow, who sits on the committee, said the papers were secret.';
    expect(people(text)).toContainEqual({ name: 'Gareth Pellow', role: 'Tory MP' });
    expect(names(text)).not.toContain('Tory MP Gareth Pellow');
  });

  it('keeps a given name that no post follows ("Tory Gareth Pellow" stays as written)', () => {
    const text = 'Tory Gareth Pellow won the race on Sunday. Pellow said he was tired.';
    expect(names(text)).not.toContain('Gareth Pellow');
    expect(names(text)).toContain('Tory Gareth Pellow');
  });
});

describe('a given name the lists hold in another spelling, or before a particle', () => {
  it('reads a given name written with an accent the list lacks ("Seán", "Zoë"), and no other word for its accent', () => {
    expect(isGivenName('Seán')).toBe(true);
    expect(isGivenName('Zoë')).toBe(true);
    expect(isGivenName('Tarrów')).toBe(false);
  });

  it('takes a name whose particle the article writes in lower case, as it does ("Tomas de Vallier", "Anke van Roost")', () => {
    const text = 'The prize went to Tomas de Vallier for a novel about the war. The jury also praised Anke van Roost for her first book.';
    expect(names(text)).toEqual(expect.arrayContaining(['Tomas de Vallier', 'Anke van Roost']));
  });
});

describe('a title written with "of" before the name, and a demonym of two words', () => {
  it('ends the title at its office, which stays in the role ("Chief of Staff Reinaro Quessel")', () => {
    const text = 'The memo was sent by Chief of Staff Reinaro Quessel, however, on Friday.';
    expect(people(text)).toContainEqual({ name: 'Reinaro Quessel', role: 'Chief of Staff' });
  });

  it('leaves a body after "of" whole ("President of Acme Widgets Company" names no person)', () => {
    expect(names('He was named President of Acme Widgets Company last year.')).toEqual([]);
  });

  it('cuts a demonym of two words off the name, as its role ("New Zealander Rowan Tepper")', () => {
    const text = 'The side was coached by New Zealander Rowan Tepper in 2001. Tepper left after the tour.';
    expect(people(text)).toContainEqual({ name: 'Rowan Tepper', role: 'New Zealander' });
  });
});
