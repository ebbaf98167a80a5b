// @vitest-environment node
// Rules of the eleventh round for organisations and places, each on an invented example.
import { describe, expect, it } from 'vitest';
import { Collector } from '@/utils/keyfacts/collector';
import { mergeShortForms } from '@/utils/keyfacts/coreference';
import { orgs, peopleNames, peopleWithRoles, places } from './read-facts';

describe('organisations named in a role written before a person', () => {
  it('reads a legal form in the lead as the end of an organisation, not as an abbreviated title', () => {
    const text = 'Corvana Inc. Chairman Paul Avery said the board was confident. He spoke briefly.';
    expect(peopleWithRoles(text)).toEqual([{ name: 'Paul Avery', role: 'Corvana Inc. Chairman' }]);
    expect(orgs(text)).toEqual(['Corvana Inc']);
  });

  it('takes one word before the role when data knows it as a company', () => {
    expect(orgs('Snapchat CEO Evan Ward rebuffed the offer. He said no.')).toEqual(['Snapchat']);
    // an unknown word used only there is no evidence, nor is a department's subject
    expect(orgs('Quorvel CEO Evan Ward rebuffed the offer. He said no.')).toEqual([]);
    expect(orgs('Health Minister Evan Ward rebuffed the offer. He said no.')).toEqual([]);
  });
});

describe('one entity, one chip', () => {
  it('does not merge a maker into a model named with its name and a number', () => {
    const merged = mergeShortForms([
      { name: 'Acme Inc', acronym: '' },
      { name: 'Acme II', acronym: '' },
      { name: 'Vega', acronym: '' },
      { name: 'Vega Industries', acronym: '' },
    ]);
    expect(merged.map((o) => o.name)).toEqual(['Acme Inc', 'Acme II', 'Vega Industries']);
  });
});

describe('capitals written only against a number or in a credit line', () => {
  const c = new Collector('The VTX 100 rose 2%. The VTX 250 fell. Photo: KPA/ORBI. The ORBI agency said so. Qarnet named its QRX7 chip after QRX.');
  it('reads each use of the word in the article', () => {
    expect(c.isModelOrCredit('VTX')).toBe(true); // an index, always before a number
    expect(c.isModelOrCredit('KPA')).toBe(true); // a credit line
    expect(c.isModelOrCredit('ORBI')).toBe(false); // also used on its own
    expect(c.isModelOrCredit('QRX')).toBe(false); // "QRX7" is another word; "after QRX." stands alone
    expect(c.isModelOrCredit('ZZQ')).toBe(false); // never written
    expect(c.isModelOrCredit('Qarnet')).toBe(false); // no capitals word
  });
});

describe('a place by its own cues before a given name', () => {
  it('reads "in X, State" as a place even when X opens with a given name', () => {
    const text = 'The embryos are kept at a clinic in Maribel Hills, Calif., where staff said nothing. Nobody else spoke.';
    expect(places(text)).toContain('Maribel Hills');
    expect(peopleNames(text)).toEqual([]);
  });

  it('keeps a person given a role, and a nationality or party, out of places', () => {
    expect(peopleNames('Liberal candidate Maribel Hills, a former city councillor, won the seat. She was happy.')).toEqual(['Maribel Hills']);
    expect(places('The agency oversees the Irish-based operations of the firms. Voters flipped Republican districts.')).toEqual([]);
  });
});

describe('places listed with places', () => {
  it('takes a name listed with a place the article names, outside sports reports', () => {
    const text = 'Flights were cut in Lyon. Half of the flights at Lyon, Vorrenne and Toulouse were cancelled.';
    expect(places(text)).toEqual(['Lyon', 'Toulouse', 'Vorrenne']);
  });

  it('leaves names that describe a noun after the list, common words and lists with an organisation', () => {
    expect(places('Schools shut in Lyon. Rigler, Sitton and Lyon elementary schools will close.')).toEqual(['Lyon']);
    expect(places('Prices rose in Lyon. Lyon and Western sanctions hurt.')).toEqual(['Lyon']);
    expect(places('Acme Corp. opened in Lyon. Acme Corp., Vorrenne and Lyon signed.')).toEqual(['Lyon']);
  });

  it('reads names listed before "counties" or "regions" as places', () => {
    expect(places('The bill lets Wayne, Oakland and Tarrow counties raise a tax.')).toEqual(['Wayne', 'Oakland', 'Tarrow']);
    expect(places('Plants in the Varrow and Ashby regions cut output.')).toEqual(['Varrow', 'Ashby']);
  });
});

describe('organisations by the people who work there and by the noun that introduces them', () => {
  it('takes the name after "analysts at", not a place, a person or a name before a number', () => {
    expect(orgs('Analysts at Quarnell estimated the console could sell 9 million units.')).toEqual(['Quarnell']);
    expect(orgs('Officials at Dublin said the road was closed.')).toEqual([]);
    expect(orgs('Researchers at Maria Olsen said the data was thin.')).toEqual([]);
    expect(orgs('He spoke with executives at Quarnell 500 companies.')).toEqual([]);
  });

  it('takes a company named after "another … company,"', () => {
    expect(orgs('Yet another payments company, Quarnell, raised money this week.')).toEqual(['Quarnell']);
  });
});

describe('words that are no organisation', () => {
  it('does not take a plural after "the" and before "of" for a team', () => {
    expect(orgs('Marines still sing "From the Halls of Verrano to the Shores of Tessaly," he said.')).toEqual([]);
    expect(orgs('A hearing under the Proceeds of Crime Act will take place in March.')).toEqual([]);
    expect(orgs('The goal put the Ravens ahead before the break.')).toEqual(['Ravens']);
  });

  it('reads a known company’s name as the surname of a person the article has named', () => {
    const text = 'Consultant Lucia Navarra found the pages. All of the pages Navarra identified were disabled.';
    expect(orgs(text)).toEqual([]);
    expect(peopleWithRoles(text)).toEqual([{ name: 'Lucia Navarra', role: 'Consultant' }]);
  });

  it('does not take one common word after "of" in a role for an organisation', () => {
    expect(orgs('Tom Reilly, Head of Research at Quarnell Securities, said the stock was cheap.')).toEqual(['Quarnell Securities']);
    expect(orgs('Contact the theatre’s Director of Programs, Joanna Bell, for details. Bell said so.')).toEqual([]);
  });
});

describe('places after "across" and "throughout"', () => {
  it('reads them like "in", but not an acronym’s plural', () => {
    expect(places('The quake damaged 2,100 houses across Varanao, officials said.')).toEqual(['Varanao']);
    expect(places('Outages were reported throughout Tessaly and Varanao on Monday.')).toEqual(['Tessaly', 'Varanao']);
    expect(places('The feature is rolling out across DVRs this month.')).toEqual([]);
  });
});
