// @vitest-environment node
// Twenty-fourth round (s24-orgs), on invented texts: capitalised words right before a role written in lower case and a
// person's name are the body the role belongs to (role-leads.ts bodyBeforeLowerRole), with its guards.
import { describe, expect, it } from 'vitest';
import { orgs, peopleNames, places } from './read-facts';

describe('a body named before a role written in lower case', () => {
  it('reads the words before "chief executive" as the body', () => {
    const text =
      'House prices in the region rose for a third month in a row. "Buyers are coming back," said Harbour Lane Homes chief executive Priya Nandakumar. ' +
      'She said sales had risen by a fifth since the spring.';
    expect(orgs(text)).toContain('Harbour Lane Homes');
  });

  it('does not read an opener, a nationality or an owner before the role as a body', () => {
    const text =
      'The plan was welcomed by businesses across the city. Former Harbour Street manager Tomas Berglund called it overdue. ' +
      'Swedish Transport minister Karin Lund backed it, and Petra Holm’s press secretary Anna Vik said the talks would go on.';
    const found = orgs(text);
    expect(found).not.toContain('Former Harbour Street');
    expect(found).not.toContain('Swedish Transport');
    expect(found.some((o) => /Holm/.test(o))).toBe(false);
    // (the names after the roles are read: the guards, not a missed sentence, keep the bodies out)
    expect(peopleNames(text)).toEqual(expect.arrayContaining(['Tomas Berglund', 'Karin Lund', 'Anna Vik']));
  });

  it('reads a place by its form before a role as no body ("Morton County")', () => {
    const text = 'Protesters gathered by the river for a third day. The road would stay shut, Kelso County deputy Dan Whitby said on Monday.';
    expect(orgs(text)).not.toContain('Kelso County');
    expect(places(text)).toContain('Kelso County');
  });

  it('reads no body where the words before the role are a clause’s subject ("Jo Lee met LSE chief executive")', () => {
    const text =
      'Talks on the merger went well, the exchange said. Stefan Aurich met NSX chief executive Carla Brandt in Paris on Tuesday. ' +
      'Mr Aurich said the two sides would meet again.';
    expect(orgs(text)).not.toContain('Stefan Aurich');
    expect(peopleNames(text)).toContain('Stefan Aurich');
  });
});
