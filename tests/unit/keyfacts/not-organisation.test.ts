// @vitest-environment node
// Names an article shows are no organisation (nineteenth round, s19-orgs): each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { isCountedAcronym, onlyAsListener, onlyInQuotedTitles, onlyInSignOffs } from '@/utils/keyfacts/not-organisation';
import { orgs, orgsFound } from './read-facts';

describe('an acronym the article counts', () => {
  it('is a thing, not a body, when the article also writes it with a plural "s"', () => {
    expect(isCountedAcronym('GPU', ['The new GPU draws 300 watts.', 'Both GPUs ship in March.'])).toBe(true);
    expect(isCountedAcronym('NASA', ['NASA said the probe was safe.', 'NASA engineers agreed.'])).toBe(false);
    // a longer word that only starts with it is no plural ("GPUSs"), nor is a word ending in "s" of its own
    expect(isCountedAcronym('GPU', ['The GPUSs figure is a typo.'])).toBe(false);
    expect(isCountedAcronym('GPUs', ['Both GPUs ship in March.'])).toBe(false);
  });

  it('is not listed under organisations', () => {
    const text = [
      'Halvorsen Microsystems on Tuesday unveiled a graphics card for laptops, its first in six years.',
      'The card pairs one TPU with 16 gigabytes of memory, and the company says it runs cooler than rivals.',
      'Laptops with two TPUs will follow next spring, said chief executive Ingrid Halvorsen.',
      'The TPU is made in Taiwan, and the company expects to sell a million cards in the first year.',
      'Halvorsen Microsystems shares rose 4 percent after the announcement.',
    ].join(' ');
    // the passes' decision, before the learned filter (which may drop a name it doubts; a refit moves it)
    expect(orgsFound(text)).not.toContain('TPU');
    expect(orgsFound(text)).toContain('Halvorsen Microsystems');
  });
});

describe('names inside a quoted title', () => {
  it('are part of the title when every mention is inside a short quotation in title case', () => {
    expect(onlyInQuotedTitles('Velvet Harbour Band', ['She sang “Night Of The Velvet Harbour Band” twice.'])).toBe(true);
    expect(onlyInQuotedTitles('Velvet Harbour Band', ['She sang "Night of the Velvet Harbour Band" twice.'])).toBe(true);
    // a mention outside any quotation, speech rather than a title, or the name quoted alone
    expect(onlyInQuotedTitles('Velvet Harbour Band', ['She sang “Night Of The Velvet Harbour Band”.', 'The Velvet Harbour Band toured Spain.'])).toBe(false);
    expect(onlyInQuotedTitles('Velvet Harbour Band', ['“We loved working with the Velvet Harbour Band,” she said.'])).toBe(false);
    expect(onlyInQuotedTitles('Velvet Harbour Band', ['They call themselves “Velvet Harbour Band” now.'])).toBe(false);
    expect(onlyInQuotedTitles('Velvet Harbour Band', ['They call themselves “Velvet Harbour Band,” now.'])).toBe(false);
    expect(onlyInQuotedTitles('Velvet Harbour Band', ['A sentence with no mention.'])).toBe(false);
  });

  it('are not listed under organisations', () => {
    const text = [
      'The singer Mara Velloso released her fourth album on Friday, a year after her world tour ended.',
      'Its first single, “Letters to the Lantern Street Society,” reached the top ten within a week.',
      'Velloso wrote most of the songs at her home in Lisbon during the winter.',
      'Critics praised the album, and the singer will tour Europe from March with her band.',
      'The record was released by Brightwater Records in twelve countries.',
    ].join(' ');
    expect(orgs(text)).not.toContain('Lantern Street Society');
    expect(orgs(text)).toContain('Brightwater Records');
  });
});

describe('a plural after "the" and a preposition of place', () => {
  const weather = [
    'A winter storm brought heavy snow across the Serrans on Tuesday, closing two mountain passes for the night.',
    'Forecaster Lena Morrow said more snow would fall in the Corvellas by the weekend.',
    'Drivers were told to carry chains, and schools in three valleys stayed shut on Wednesday morning.',
    'The storm is expected to move east by Thursday, bringing rain to the coast.',
    'The Halvik Ramblers, a folk band, cancelled two concerts because of the weather.',
  ].join(' ');

  it('is land outside a sports report, not a team or a band', () => {
    expect(orgs(weather)).not.toContain('Serrans');
    expect(orgs(weather)).not.toContain('Corvellas');
  });

  it('leaves a plural after "the" with no such preposition a band', () => {
    expect(orgs(weather)).toContain('Halvik Ramblers');
  });
});

describe('onlyInSignOffs (twenty-first round, s21-orgs)', () => {
  const story = [
    'The council approved the new bridge on Tuesday after a long debate about its cost.',
    'Work will start in the spring and should end within two years, officials said.',
  ];

  it('drops an organisation named only in the page’s sign-off lines', () => {
    const text = [...story, 'Subscribe to Brightwave on YouTube for more videos.', 'Copyright 2021 Halvorsen Media Group.', 'Email the writer at jroe@brightwave.example or find her on Twitter: @jroe.'].join(' ');
    const found = orgs(text);
    expect(found).not.toContain('YouTube');
    expect(found).not.toContain('Halvorsen Media Group');
    expect(onlyInSignOffs('Halvorsen Media Group', ['Copyright 2021 Halvorsen Media Group.'])).toBe(true);
  });

  it('keeps one the story names too', () => {
    const sentences = ['Halvorsen Media Group said on Monday it would close two papers.', 'Copyright 2021 Halvorsen Media Group.'];
    expect(onlyInSignOffs('Halvorsen Media Group', sentences)).toBe(false);
    expect(orgs(sentences.join(' '))).toContain('Halvorsen Media Group');
  });
});

describe('onlyAsListener (twenty-sixth round, s26-precision)', () => {
  it('reads a name whose every mention follows "told" as the outlet told, unless it is a body that sits', () => {
    expect(onlyAsListener('Coastline Radio', ['“It was a mistake,” he told Coastline Radio.', 'She told the Coastline Radio website more.'])).toBe(true);
    // one mention elsewhere makes it a body of the story
    expect(onlyAsListener('Coastline Radio', ['He told Coastline Radio so.', 'Coastline Radio later fired its editor.'])).toBe(false);
    // a body that hears evidence is told things too
    expect(onlyAsListener('Harbour Affairs Committee', ['She told the Harbour Affairs Committee that costs rose.'])).toBe(false);
    expect(onlyAsListener('Coastline Radio', ['A sentence with no mention.'])).toBe(false);
  });

  it('does not list the outlet told under organisations, and keeps the bodies of the story', () => {
    const text = [
      'Brenmoor Telecom will cut 400 jobs at its plant in Ostwick, the company said on Monday.',
      '“The market for landlines has collapsed,” chief executive Ilse Marrow told the Harbourline News website.',
      'The union said it would fight the cuts, and staff will vote on a strike next week.',
      'Marrow also told the Brenmoor Works Council that no plant would close this year.',
      'Shares in Brenmoor Telecom rose 3% after the announcement.',
    ].join(' ');
    expect(orgs(text)).not.toContain('Harbourline News');
    expect(orgs(text)).toContain('Brenmoor Telecom');
  });
});
