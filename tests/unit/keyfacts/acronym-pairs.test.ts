// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spellsOut } from '@/utils/keyfacts/organizations';
import { facts } from './read-facts';

const orgs = (text: string) => facts(text).organizations.map((o) => [o.name, o.acronym]);

describe('acronym pairs: one organisation, one chip', () => {
  it('spells a whole name out letter for letter, "of" giving its letter only when nothing else fits', () => {
    expect(spellsOut('NIMCS', 'Northern Institute of Marine and Coastal Science')).toBe(true);
    expect(spellsOut('OAS', 'Organization of American States')).toBe(true);
    expect(spellsOut('DOF', 'Department of Fisheries')).toBe(true);
    expect(spellsOut('RCA', 'Department of Rural and Coastal Affairs')).toBe(true);
    expect(spellsOut('CTM', 'Centers for Tropical Medicine and Prevention')).toBe(true);
    // a word left over, or a word giving more than its first letter, is no spelling
    expect(spellsOut('NBA', 'National Basketball Players Association')).toBe(false);
    expect(spellsOut('TUNIS', 'Tunisian Islamists')).toBe(false);
    expect(spellsOut('CEO', 'Chief Executive Officer')).toBe(false);
  });

  it('pairs an acronym used alone with the organisation it spells out', () => {
    expect(orgs('The Northern Institute of Marine and Coastal Science published the survey. Divers at NIMCS counted the fish.')).toEqual([
      ['Northern Institute of Marine and Coastal Science', 'NIMCS'],
    ]);
    expect(orgs('The Department of Rural and Coastal Affairs approved the levy. RCA officials will collect it from May.')).toEqual([
      ['Department of Rural and Coastal Affairs', 'RCA'],
    ]);
  });

  it('pairs "Full Name (ACR)" where "of" gives a letter', () => {
    expect(orgs('The Department of Fisheries (DOF) closed the bay.')).toEqual([['Department of Fisheries', 'DOF']]);
  });

  it('pairs an acronym written as a word', () => {
    expect(orgs('The National Inland Waterways Authority raised its fees. Niwa said barges pay more.')).toEqual([
      ['National Inland Waterways Authority', 'Niwa'],
    ]);
  });

  it('takes a name the article also writes as its acronym for an organisation', () => {
    expect(orgs('Bright Meadow Orchards shipped a record crop this year. Growers say BMO pays well.')).toEqual([['Bright Meadow Orchards', 'BMO']]);
    // two capitals are too few: "Quiet Harbour … QH" stays unknown
    expect(orgs('Quiet Harbour drew crowds this year. Fans of QH came early.')).toEqual([]);
  });
});

describe('capitals that name a model, an index or a credit', () => {
  it('takes no organisation from capitals written only against a number or in a slashed credit line', () => {
    expect(orgs('The QRX 100 index rose. Later the QRX 250 fell.')).toEqual([]);
    expect(orgs('Lenders must fix the 919 ZAP before it flies. Pilots flew the 919 ZAP again.')).toEqual([]);
    expect(orgs('The wall is visible from the air. KLM/OTB/ZEA\n\nThe towers stand on the hill. KLM/OTB/ZEA\n\nThe gates face west.')).toEqual([]);
  });

  it('still takes the capitals where the article also writes them alone', () => {
    expect(orgs('The QRX 100 index rose. The QRX said trading was calm.')).toEqual([['QRX', '']]);
  });
});
