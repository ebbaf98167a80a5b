/** Names decided on the article's own evidence: owners before names, employers of roles, … (invented sentences). */
import { describe, expect, it } from 'vitest';
import { facts, orgs } from './read-facts';

describe('an owner before a name', () => {
  it('cuts a known owner’s possessive from the organisation after it', () => {
    expect(orgs('Staff at Norvia’s Coastal Defense Institute said the dunes held.')).toEqual(['Coastal Defense Institute']);
    expect(orgs('Orlen Bakke, who backs Halvorsen, is a candidate for Halvorsen’s Securities Trading Commission seat. Halvorsen won.')).toEqual([
      'Securities Trading Commission',
    ]);
  });

  it('cuts a known owner from the organisation that a role names', () => {
    const f = facts('KRONA said it would wait. Ada Voss, manager of KRONA’s Deep Orbit Program, said the launch slipped.');
    expect(f.organizations.map((o) => o.name).sort()).toEqual(['Deep Orbit Program', 'KRONA']);
  });

  it('keeps a common noun’s possessive inside a name', () => {
    expect(orgs('A lawyer at the Halden Attorney’s Office said the Workers’ Liberation Front had disbanded.')).toContain('Workers’ Liberation Front');
  });
});

describe('an employer is no person', () => {
  it('reads a name that employs someone as an organisation, not as a person', () => {
    const f = facts('Its rail subsidiary, Lena Vostrik, builds the wagons. Ola Brun, chief executive of Lena Vostrik, said output would double.');
    expect(f.people.map((p) => p.name)).toEqual(['Ola Brun']);
    expect(f.organizations.map((o) => o.name)).toEqual(['Lena Vostrik']);
  });

  it('keeps a person named by surname elsewhere', () => {
    const f = facts('Ana Kell wrote the score. Ola Brun, a student of Ana Kell, played it. Kell was pleased.');
    expect(f.people.map((p) => p.name)).toContain('Ana Kell');
    expect(f.organizations).toEqual([]);
  });
});
