// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { facts } from './read-facts';

describe('a company and its seat', () => {
  it('ends the name at its legal form and takes "of X" after it for the seat', () => {
    const f = facts('The panels were made by Brightloom Inc. of Norbury, the filing said.');
    expect(f.organizations.map((o) => o.name)).toEqual(['Brightloom Inc']);
    expect(f.places.map((p) => p.text)).toEqual(['Norbury']);
  });

  it('keeps "of" inside names that have no legal form before it', () => {
    expect(facts('The Bank of Norbury raised its rate.').organizations.map((o) => o.name)).toEqual(['Bank of Norbury']);
  });
});

describe('a university and its campus', () => {
  it('takes a known place after a university’s name and a comma into the name', () => {
    const f = facts('Ana Diaz, a sociologist at the Coastal State University, Sacramento, counted 7,300 toys.');
    expect(f.organizations.map((o) => o.name)).toEqual(['Coastal State University, Sacramento']);
    expect(f.places.map((p) => p.text)).toEqual([]);
  });

  it('leaves a list after the comma alone', () => {
    const f = facts('He taught at Coastal State University, Sacramento and Fresno before retiring.');
    expect(f.organizations.map((o) => o.name)).toEqual(['Coastal State University']);
  });
});
