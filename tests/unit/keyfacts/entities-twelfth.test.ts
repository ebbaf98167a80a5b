// @vitest-environment node
// Rules of the twelfth round for organisations, each on an invented example (non-US bodies among them).
import { describe, expect, it } from 'vitest';
import { isBrandWord } from '@/utils/keyfacts/gazetteer';
import { orgs, places } from './read-facts';

describe('descriptors and owners before a name', () => {
  it('cuts a "-bound" descriptor before a company', () => {
    expect(orgs('The Dubai-bound Boeing jet landed safely on Monday.')).toEqual(['Boeing']);
  });

  it('cuts an owner of several words, a known place, before an organisation', () => {
    const text = 'Students at Hong Kong’s University of Science and Technology protested on Monday.';
    expect(orgs(text)).toEqual(['University of Science and Technology']);
  });
});

describe('a body beside its unit: two organisations', () => {
  it('keeps an acronym named alone after a unit whose name it opens', () => {
    const text = 'Scientists at the NASA Goddard Institute for Space Studies ran the model. NASA said the year was the warmest.';
    expect(orgs(text)).toEqual(['NASA Goddard Institute for Space Studies', 'NASA']);
  });

  it('keeps a name of several words beside its unit, and still merges a short form or a legal form', () => {
    const text = 'The United Nations Environment Programme said so. The United Nations also warned on Monday.';
    expect(orgs(text)).toEqual(['United Nations Environment Programme', 'United Nations']);
    expect(orgs('The Orvane Senior Center opened in May. Orvane officials cut the ribbon.')).toEqual(['Orvane Senior Center']);
    expect(orgs('Acme Corp shares rose. Acme said sales grew.')).toEqual(['Acme Corp']);
  });
});

describe('a sentence opening with a place', () => {
  it('keeps the first word of a place that owns an organisation', () => {
    expect(orgs('New York City’s Office of Emergency Management said on Monday that a new plan was ready.')).toEqual(['Office of Emergency Management']);
  });
});

describe('the edges of a body’s name', () => {
  it('keeps the ordinal that numbers a body of a series', () => {
    expect(orgs('On Monday the 7th Circuit Court of Appeals upheld the ruling.')).toEqual(['7th Circuit Court of Appeals']);
  });

  it('joins a name over "for a" and "for an"', () => {
    expect(orgs('Analysts at the Institute for a Fairer Economy disagreed on Monday.')).toEqual(['Institute for a Fairer Economy']);
  });
});

describe('a company named for its industry', () => {
  it('reads a word of no common use before an industry as a company', () => {
    expect(orgs('Regulators fined Wessbrook Water after the spill on Monday.')).toEqual(['Wessbrook Water']);
    // (a given name before it opens a person's name; a common word, a kind of energy)
    expect(orgs('Maria Steel spoke on Monday about Nuclear Power and more.')).toEqual([]);
  });
});

describe('a campus of a university system', () => {
  it('keeps a town after a system named for a region, after "at" or between commas', () => {
    expect(orgs('She studied at the University of Vermont at Burlington before moving.')).toEqual(['University of Vermont at Burlington']);
    expect(orgs('Ana Ruiz, a chemist at the University of Vermont, Burlington, said so.')).toEqual(['University of Vermont, Burlington']);
    // (a university named for a city has no campuses; a surname after a comma is none)
    expect(orgs('Students at the University of Oxford, Smith said, were angry.')).toEqual(['University of Oxford']);
  });
});

describe('an organisation that owns another', () => {
  it('names both, each whole', () => {
    const text = 'Researchers at the University of Leeds’s Institute for Transport Studies built the model, a report said.';
    expect(orgs(text)).toEqual(['University of Leeds', 'Institute for Transport Studies']);
    // (a common noun's possessive inside a name is no owner)
    expect(orgs('The United Nations Children’s Fund said so on Monday.')).toEqual(['United Nations Children’s Fund']);
  });
});

describe('two companies joined by an ampersand', () => {
  it('reads two names known as companies as two organisations, other pairs as one firm', () => {
    // (a story's sentence: a prompt to follow the page on them is a sign-off line, not-organisation.ts)
    expect(orgs('The band posted the clip on Twitter & Instagram on Monday.')).toEqual(['Twitter', 'Instagram']);
    expect(orgs('Analysts at Baird & Kerr cut the forecast on Monday.')).toEqual(['Baird & Kerr']);
  });
});

describe('brands that are also English words', () => {
  it('knows a brand both the companies list and the icon set name, not an adjective they both list', () => {
    expect(isBrandWord('Apple') && isBrandWord('Target')).toBe(true);
    expect(isBrandWord('Black') || isBrandWord('Express')).toBe(false);
  });

  it('takes such a brand where the article writes it only capitalised, inside sentences', () => {
    expect(orgs('Suppliers say Apple is gearing up to build the set, and Apple declined to comment.')).toEqual(['Apple']);
    expect(orgs('Apple pie sales rose, and one apple a day is still the rule for Apple growers.')).toEqual([]);
  });
});
