// @vitest-environment node
// One chip per organisation on the panel (s24-chips): forms of one body joined after the confidence filter, on invented texts.
import { describe, expect, it } from 'vitest';
import { abbreviates, oneChipPerBody } from '@/utils/keyfacts/one-chip-per-body';
import { facts } from './read-facts';

const org = (name: string, sentence = 0, acronym = '') => ({ name, acronym, sentence });
const shown = (orgs: ReturnType<typeof org>[], text = '') => oneChipPerBody(orgs, text).map((o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name));

describe('the owner\'s "\'s" left on a name beside the same name', () => {
  it('is one chip under the name, with the acronym', () => {
    expect(shown([org("Westmarch Savings Bank's", 1, 'WSB'), org('Harbour Trust', 2), org('Westmarch Savings Bank', 4)])).toEqual(['Westmarch Savings Bank (WSB)', 'Harbour Trust']);
  });

  it('leaves a name that ends in "\'s" alone when no bare form is shown', () => {
    expect(shown([org("Brannigan's", 0), org('Westmarch Savings Bank', 1)])).toEqual(["Brannigan's", 'Westmarch Savings Bank']);
  });
});

describe('a country before a public body\'s name, then the name alone', () => {
  it('is one chip under the longer name', () => {
    expect(shown([org('U.S. Coast Guard', 0), org('Harbour Trust', 1), org('Coast Guard', 3)])).toEqual(['U.S. Coast Guard', 'Harbour Trust']);
    expect(shown([org('New Zealand Department of Fisheries', 2), org('Department of Fisheries', 5, 'DOF')])).toEqual(['New Zealand Department of Fisheries (DOF)']);
  });

  it('never joins two countries\' bodies, nor the bare name to one of them', () => {
    expect(shown([org('US Senate', 0), org('French Senate', 2)])).toEqual(['US Senate', 'French Senate']);
    expect(shown([org('US Senate', 0), org('Senate', 1), org('Canada Senate', 2)])).toEqual(['US Senate', 'Senate', 'Canada Senate']);
  });

  it('keeps them apart when the bare name comes first, or the words before are no country, or the name is a company\'s', () => {
    expect(shown([org('Senate', 0), org('US Senate', 3)])).toEqual(['Senate', 'US Senate']);
    expect(shown([org('Westmarch Coast Guard', 0), org('Coast Guard', 2)])).toEqual(['Westmarch Coast Guard', 'Coast Guard']);
    expect(shown([org('Japan Vodafone', 0), org('Vodafone', 2)])).toEqual(['Japan Vodafone', 'Vodafone']);
  });
});

describe('an acronym the article defines in a bracket after the name, not letter for letter', () => {
  const text = 'The Maritime Institute of Volcanology (Marvol) said the island shook. Marvol later raised its alert.';

  it('is folded into the name', () => {
    expect(shown([org('Maritime Institute of Volcanology', 0), org('Harbour Trust', 0), org('Marvol', 1)], text)).toEqual(['Maritime Institute of Volcanology (Marvol)', 'Harbour Trust']);
    expect(shown([org("Northgate Exchange", 0), org('NGX', 1)], "Shares rose on the Northgate Exchange's (NGX) main board.")).toEqual(['Northgate Exchange (NGX)']);
  });

  it('stays apart without the bracket, or when its letters are not the name\'s', () => {
    expect(shown([org('Maritime Institute of Volcanology', 0), org('Marvol', 1)], 'The Maritime Institute of Volcanology said so. Marvol agreed.')).toEqual(['Maritime Institute of Volcanology', 'Marvol']);
    expect(shown([org('Geophysical Institute', 0), org('IGP', 1)], "Peru's Geophysical Institute (IGP) put it at 7.0.")).toEqual(['Geophysical Institute', 'IGP']);
  });

  it('reads the letters in order from the end, the first opening a word (Schwartz and Hearst)', () => {
    expect(abbreviates('Marvol', 'Maritime Institute of Volcanology')).toBe(true);
    expect(abbreviates('NGX', 'Northgate Exchange')).toBe(true);
    expect(abbreviates('IGP', 'Geophysical Institute')).toBe(false);
    expect(abbreviates('Arvol', 'Maritime Institute of Volcanology')).toBe(false);
  });
});

describe('on the panel of an invented article', () => {
  it('shows the public body once, with and without its country', () => {
    const text =
      'The U.S. Coast Guard said on Tuesday that it had rescued 14 fishermen off the coast of Maine after their trawler sank in a storm. ' +
      'Captain Rhea Lindqvist, who led the rescue, said the crew had been in the water for three hours. ' +
      'The Coast Guard said two of the fishermen were taken to hospital in Portland. ' +
      'A spokesman for the Coast Guard said the search for a fifteenth man would continue overnight.';
    const names = facts(text).organizations.map((o) => o.name);
    expect(names).toContain('U.S. Coast Guard');
    expect(names).not.toContain('Coast Guard');
  });
});

describe('a country written two ways before the same name', () => {
  it('is one chip, the first written', () => {
    expect(shown([org('US Bureau of Tides', 0), org('Harbour Trust', 1), org('U.S. Bureau of Tides', 2, 'BOT')])).toEqual(['US Bureau of Tides (BOT)', 'Harbour Trust']);
    expect(shown([org('United States Bureau of Tides', 0), org('Bureau of Tides', 3), org('US Bureau of Tides', 4)])).toEqual(['United States Bureau of Tides']);
  });

  it('keeps two countries apart', () => {
    expect(shown([org('US Bureau of Tides', 0), org('UK Bureau of Tides', 2)])).toEqual(['US Bureau of Tides', 'UK Bureau of Tides']);
  });
});

describe('an acronym opening a short form of the full name', () => {
  it('is one chip under the full name', () => {
    expect(shown([org('National Maritime Transport Authority Training Fund', 0), org('NMTA Training Fund', 3)])).toEqual(['National Maritime Transport Authority Training Fund']);
    expect(shown([org('Harbour and Coastal Services Union', 0, 'HCSU'), org('HCS Union', 2)])).toEqual(['Harbour and Coastal Services Union (HCSU)']);
  });

  it('keeps apart another body with the same last words', () => {
    expect(shown([org('Northern Mining Trust Training Fund', 0), org('NMTA Training Fund', 3)])).toEqual(['Northern Mining Trust Training Fund', 'NMTA Training Fund']);
    expect(shown([org('Rail Workers Union', 0), org('HCS Union', 2)])).toEqual(['Rail Workers Union', 'HCS Union']);
  });
});
