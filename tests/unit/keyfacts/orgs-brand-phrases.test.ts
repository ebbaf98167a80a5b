// @vitest-environment node
// Companies known by a brand's name of several words or with an ampersand (simple-icons' titles, twenty-first round,
// s21-orgs, scripts/build-lexicons.ts): each on an invented text.
import { describe, expect, it } from 'vitest';
import { isKnownCompany } from '@/utils/keyfacts/gazetteer';
import { orgs } from './read-facts';

describe('a brand named by several words or with an ampersand', () => {
  it('is a company known by name, named once with no cue', () => {
    expect(orgs('The new mall opened on Saturday with 80 shops, and H&M will add a second floor in March. Parking is free for the first two hours.')).toContain('H&M');
    expect(orgs('Rail passengers were told to travel with Deutsche Bahn until the bridge reopens, the ministry said on Friday.')).toContain('Deutsche Bahn');
  });

  it('is not a product line of a brand the lists know, whose first word is a brand of its own', () => {
    expect(isKnownCompany('Deutsche Bahn') && isKnownCompany('H&M') && isKnownCompany('Boehringer Ingelheim')).toBe(true);
    expect(isKnownCompany('Google Play') || isKnownCompany('Apple Arcade') || isKnownCompany('YouTube Gaming')).toBe(false);
  });
});
