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
