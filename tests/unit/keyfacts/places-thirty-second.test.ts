// @vitest-environment node
// Thirty-second round (s32-places), on invented sentences: WordNet's named places (towns, islands, seas, rivers, former
// countries) that no gazetteer we read holds; a known place whose name opens with "The" ("The Hague"); a known place
// right after the kind of body it names ("leisure group Wembley").
import { describe, expect, it } from 'vitest';
import { isKnownPlace } from '@/utils/keyfacts/gazetteer';
import { orgsFound, placesFound } from './read-facts';

describe("WordNet's named places", () => {
  it('knows places no gazetteer of towns, countries and regions holds', () => {
    for (const name of ['Darfur', 'Danube', 'Yugoslavia', 'Sardinia', 'Himalayas']) expect(isKnownPlace(name)).toBe(true);
  });

  it('takes them in a sentence with no cue of place', () => {
    const text = 'Aid agencies said 200,000 people had left Darfur since March. Barges carried grain down the Danube, and lorries crossed the former Yugoslavia.';
    expect(placesFound(text)).toEqual(expect.arrayContaining(['Darfur', 'Danube', 'Yugoslavia']));
  });

  it('reads a former country as a place, not a union of members', () => {
    const text = 'Grain exports fell after the break-up of the Soviet Union, the ministry said.';
    expect(placesFound(text)).toContain('Soviet Union');
    expect(orgsFound(text)).not.toContain('Soviet Union');
  });

  it('leaves out a place WordNet names that is also a surname, an English word or a nationality', () => {
    for (const name of ['Clinton', 'Dawson', 'Surrey', 'Canadian']) expect(isKnownPlace(name)).toBe(false);
  });

  it('leaves out what WordNet names in the sky and the streets', () => {
    for (const name of ['Orion', 'Andromeda', 'Downing Street']) expect(isKnownPlace(name)).toBe(false);
  });
});

describe('a known place whose name opens with "The"', () => {
  it('keeps "The" inside a sentence and at its start', () => {
    expect(placesFound('Talks could move to Oslo or The Hague, a lawyer said.')).toContain('The Hague');
    expect(placesFound('The Hague will host the hearing in May, officials said.')).toContain('The Hague');
  });

  it('cuts "The" where the words after it name the place alone', () => {
    const found = placesFound('The Netherlands voted against the plan on Monday.');
    expect(found).toContain('Netherlands');
    expect(found).not.toContain('The Netherlands');
  });
});

describe('a known place right after the kind of body it names', () => {
  it('reads the town as the body: a firm, a side', () => {
    const text = 'Six hotels were sold by leisure group Wembley, which owns casinos. The striker joined Italian side Parma in June.';
    expect(orgsFound(text)).toEqual(expect.arrayContaining(['Wembley', 'Parma']));
    expect(placesFound(text)).not.toContain('Wembley');
  });

  it('leaves a town the article also writes after a preposition of place', () => {
    expect(placesFound('The striker joined Italian side Parma in June. He bought a flat in Parma.')).toContain('Parma');
  });

  it('leaves a country, and a town with no such noun before it', () => {
    expect(placesFound('The team Brazil sent to the finals was young. He moved to Wembley in 1990.')).toEqual(expect.arrayContaining(['Brazil', 'Wembley']));
  });
});
