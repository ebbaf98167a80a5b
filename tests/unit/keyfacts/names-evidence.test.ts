// @vitest-environment node
/** Names decided on the article's own evidence: owners before names, employers of roles, … (invented sentences). */
import { describe, expect, it } from 'vitest';
import { facts, orgs, peopleWithRoles } from './read-facts';

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

describe('where an organisation’s name ends', () => {
  it('ends it before a place after "on" or "and", or a street', () => {
    expect(orgs('Envoys met at the Northern Trade Council on Kashmir this week.')).toEqual(['Northern Trade Council']);
    expect(orgs('A letter from the Harbour Board of Engineers and North Dakota officials was read.')).toEqual(['Harbour Board of Engineers']);
    expect(orgs('Food is handed out at the Elmside Senior Center on Birch Street each day.')).toEqual(['Elmside Senior Center']);
  });

  it('joins over "and" after "on" inside the name', () => {
    expect(orgs('The Standing Committee on Fisheries and Forestry met.')).toEqual(['Standing Committee on Fisheries and Forestry']);
  });

  it('splits two names that each end as an organisation’s, and keeps one that has a common word after "and"', () => {
    expect(orgs('Velora Robotics and Tyvak Orbital Systems signed the deal.')).toEqual(['Velora Robotics', 'Tyvak Orbital Systems']);
    expect(orgs('The Securities and Exchange Commission opened an inquiry.')).toEqual(['Securities and Exchange Commission']);
  });

  it('reads a name listed after "in" beside a known organisation as an organisation, not a place', () => {
    const f = facts('The index rose, with gains in Quarry Bank, Tellix Ghana and Oduya Foods.');
    expect(f.organizations.map((o) => o.name)).toEqual(['Quarry Bank', 'Oduya Foods', 'Tellix Ghana']);
    expect(f.places).toEqual([]);
  });
});

describe('one word written with a capital inside', () => {
  it('reads a brand written with an inner capital as an organisation', () => {
    expect(orgs('The app now pays out through TrovaPay and ZentaFi within a day.').sort()).toEqual(['TrovaPay', 'ZentaFi']);
  });

  it('does not take a surname with a particle, a tag, a handle or glued words for one', () => {
    expect(orgs('The shop sold ten of them, said Orla McBrine. #HappyFeet')).toEqual([]);
    expect(orgs('“Thanks to @JaneKorvan for the help!” the mayor wrote, and politicsThe page moved.')).toEqual([]);
  });
});

describe('the words before a role', () => {
  it('takes no place from the end of a longer name before a role', () => {
    const f = facts('Bank of Moldova governor Ana Petrescu said rates would hold.');
    expect(f.organizations.map((o) => o.name)).toEqual(['Bank of Moldova']);
    expect(f.places).toEqual([]);
  });
});

describe('clubs named for their place', () => {
  it('reads a known place and a plural name as a club', () => {
    expect(orgs('The spinner went to Lagos Falcons for a record fee, and Kano Pillars signed two more.')).toEqual(['Lagos Falcons', 'Kano Pillars']);
  });

  it('does not read a party’s members, a person, a place or a plural the article writes in lower case as one', () => {
    expect(orgs('Ohio Democrats met Chad Holmes in Miami Shores. Later, Kenya Talks resumed; the talks were long.')).toEqual([]);
  });
});

describe('roles not yet taken up', () => {
  it('reads "President-elect" and "-designate" as a role before a name, not as part of it', () => {
    expect(peopleWithRoles('Governor-elect Halvorsen met aides on Monday. Minister-designate Ana Petrescu spoke.')).toEqual([
      { name: 'Halvorsen', role: 'Governor-elect' },
      { name: 'Ana Petrescu', role: 'Minister-designate' },
    ]);
  });
});

describe('newspapers', () => {
  it('reads a title ending in a newspaper word as an organisation', () => {
    expect(orgs('The story was first reported by the Halden Courier and the Eastport Gazette.')).toEqual(['Halden Courier', 'Eastport Gazette']);
  });
});
