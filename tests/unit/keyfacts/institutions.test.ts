// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { orgs } from './read-facts';

describe('institutions named by their seat', () => {
  it('takes "the X" that speaks or decides, and "according to the X", for an organisation', () => {
    expect(orgs('Officials said the Citadel rejected the request on Monday.')).toEqual(['Citadel']);
    expect(orgs('The Blue Palace announced new tariffs.')).toEqual(['Blue Palace']);
    expect(orgs('The talks failed, according to the Grand Hall.')).toEqual(['Grand Hall']);
  });

  it('does not take a document that says something, a place or a person', () => {
    expect(orgs('The Charter says every member votes.')).toEqual([]);
    expect(orgs('The Netherlands said it would join.')).toEqual([]);
    expect(orgs('Later the Maria Lopez said nothing.')).toEqual([]);
  });
});

describe('a company named after the noun that introduces it', () => {
  it('takes "a … competitor, X." and "one … customer, X, which" for organisations', () => {
    expect(orgs('The launch slipped, so the business went to a European competitor, Vostrel.')).toEqual(['Vostrel']);
    expect(orgs('The delay was too long for one early customer, Quantrix, which left in May.')).toEqual(['Quantrix']);
  });

  it('does not take the subject of a new clause after the comma', () => {
    expect(orgs('For a small team, Halvard scored twice in the final.')).toEqual([]);
  });
});
