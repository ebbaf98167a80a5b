// @vitest-environment node
/** Knowledge from data: generated lists (scripts/build-lexicons.ts) and the evidence read from them. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { facts, orgs, peopleNames as people, places } from './read-facts';
import { isDemonym, isGivenName, isKnownCompany, isKnownPlace } from '@/utils/keyfacts/gazetteer';


describe('generated lexicons', () => {
  it('are what the pinned data packages give (reproducible from npm ci)', () => {
    expect(() => execFileSync('npx', ['tsx', 'scripts/build-lexicons.ts', '--check'], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  }, 60_000);

  it('know countries, regions, large cities, given names, demonyms and companies', () => {
    for (const p of ['South Korea', 'Ecuador', 'Quito', 'Kabul', 'Seoul', 'Ontario', 'Texas', 'Sao Paulo', 'São Paulo']) expect(isKnownPlace(p), p).toBe(true);
    for (const p of ['October', 'Emirates', 'Reading']) expect(isKnownPlace(p), p).toBe(false);
    // a city whose name is also a rare word ("boston", a dance; "marseille", a cloth) is a place where compromise says so
    for (const p of ['Boston', 'Marseille', 'Manchester']) expect(isKnownPlace(p), p).toBe(true);
    // names news uses where GeoNames spells them otherwise ("Frankfurt am Main"), from compromise
    for (const p of ['Frankfurt', 'Antwerp', 'Bavaria', 'Yorkshire', 'Burma']) expect(isKnownPlace(p), p).toBe(true);
    expect(isGivenName('Maria') && isGivenName('Joe')).toBe(true);
    expect(isGivenName('West')).toBe(false);
    expect(isDemonym('Australian') && isDemonym('South Korean')).toBe(true);
    expect(isKnownCompany('Costco') && isKnownCompany('SpaceX')).toBe(true);
    for (const w of ['Aviation', 'Sales', 'Darmstadt']) expect(isKnownCompany(w), w).toBe(false);
  });
});

describe('evidence from the lexicons', () => {
  it('reads a capital or region without "in" before it as a place', () => {
    expect(places('Talks between Quito and Kabul resumed after Seoul offered to host them.')).toEqual(['Quito', 'Kabul', 'Seoul']);
  });

  it('does not take a known place the article writes in lower case as a word', () => {
    expect(places('Nice work, the coach told the players; it was nice to see.')).toEqual([]);
  });

  it('reads a given name and a surname as a person without any cue', () => {
    expect(people('The motion was backed by Maria Kovalenko and opposed by the board.')).toEqual(['Maria Kovalenko']);
  });

  it('does not read a given name before a noun or a place as a person', () => {
    expect(people('The Grace Commission met at the Philip Medal dinner in Jordan Valley.')).toEqual([]);
    expect(people('Officials said Austin Energy and the Rose Bowl would both take part.')).toEqual([]);
  });

  it('takes a well-known company named once without a suffix', () => {
    expect(orgs('Shoppers lined up outside Costco before dawn on the first day.')).toEqual(['Costco']);
  });

  it('takes a brand known by one word from its icon set, where the article writes it only capitalised', () => {
    expect(orgs('Orders through Instacart doubled in the storm, the grocers said.')).toEqual(['Instacart']);
    // an icon set's ordinary word ("Make", "Composer") is no brand, even at the head of a clause
    expect(orgs('Critics say the new rules will Make things worse for every Composer in town.')).toEqual([]);
  });

  it('drops a descriptor glued to a name', () => {
    expect(people('Australian-born Ana Kovacs, a chemist, said the test failed.')).toEqual(['Ana Kovacs']);
    // (the owner is a body of its own, as the labelled sets read "Viacom-owned", "Rosneft-owned": s35-orgs)
    expect(orgs('Facebook-owned Snapgramly Inc. bought the start-up.')).toEqual(['Snapgramly Inc', 'Facebook']);
  });
});

describe('one organisation, one entry', () => {
  it('merges legal-suffix variants under the fullest name and drops a bare suffix', () => {
    const o = facts('Brenmoor Launch Corp. won the contract. Brenmoor Launch Corporation said the first flight is due in May. Inc. filings show it.').organizations;
    expect(o.map((x) => x.name)).toEqual(['Brenmoor Launch Corporation']);
  });
});

describe('teams and clubs', () => {
  it('reads a plural name after "the" as a team, and its short forms as the same team', () => {
    const f = facts('The Oakridge Herons beat the Millbrook Otters on Sunday. The Herons scored first, and Millbrook never recovered.');
    expect(f.organizations.map((o) => o.name)).toEqual(['Oakridge Herons', 'Millbrook Otters']);
    expect(f.people).toEqual([]);
  });

  it('does not read events, peoples or places named before their kind as teams', () => {
    expect(orgs('Fans watched the Olympics with the Canadians in the Lents neighborhood.')).toEqual([]);
    expect(places('Pipes burst in the Dunmore and Eastvale districts overnight.')).toEqual(['Dunmore', 'Eastvale']);
  });

  it('reads a town named beside its club as the club', () => {
    const f = facts('FC Porto signed the striker on Monday. Porto paid 20 million euros for him.');
    expect(f.organizations.map((o) => o.name)).toEqual(['FC Porto']);
    expect(f.places).toEqual([]);
  });

  it('merges an organisation named by the first or last words of a longer one', () => {
    expect(orgs('Kestrel Analytics Group hired 40 staff. Kestrel coach Ian Moss and Kestrel Analytics both agreed.')).toEqual(['Kestrel Analytics Group']);
  });
});

describe('rows of lists and tables', () => {
  it('takes no people, organisations, places or dates from a tour-date list', () => {
    const f = facts('The band plays 12 shows.\n\nMay 3 – Dunmore, OH @ Riverside Hall\nMay 5 – Eastvale, NY @ Pine Arena\n\nTickets sell out fast.');
    expect([...f.people, ...f.organizations, ...f.places, ...f.dates]).toEqual([]);
    expect(f.numbers.map((n) => n.text)).toEqual(['12 shows']);
  });

  it('takes nothing from a tour-date list whose lines reach it joined, without stops', () => {
    const f = facts('The band plays 12 shows.\n\nDates: May 3 -- Riverside Hall, Dunmore, OH\nMay 5 -- Pine Arena, Eastvale, NY\nMay 9 -- Lark Centre, Holt, PA\n\nTickets sell out fast.');
    expect([...f.people, ...f.organizations, ...f.places, ...f.dates]).toEqual([]);
  });
});

describe('descriptors and roles', () => {
  it('cuts a hyphenated common noun before a given name, and reads candidates and musicians as roles', () => {
    expect(people('Singer-songwriters Ana Ruiz and Tom Hale will open the show.')).toEqual(['Ana Ruiz', 'Tom Hale']);
    expect(facts('Presidential candidate Joan Merrit spoke first.').people[0]?.role).toBe('Presidential candidate');
    expect(facts('The drummer, Carl Ostrow, left the band.').people[0]?.role).toBe('drummer');
  });
});

describe('places and organisations by the form of their names', () => {
  it('reads counties, valleys, seas and lakes as places, not a court’s district or a counted noun', () => {
    expect(places('Floods hit Marlow County and the Kestrel Valley before the storm reached the Amber Sea near Lake Orla.')).toEqual([
      'Marlow County',
      'Kestrel Valley',
      'Amber Sea',
      'Lake Orla',
    ]);
    expect(places('Two Marlow County warrants were served in the Western District of Ohio.')).toEqual(['Ohio']);
  });

  it('reads company kinds, legislatures, descriptor nouns and owning acronyms as organisations', () => {
    expect(orgs('Sales at Kesar Consumer Products rose.')).toEqual(['Kesar Consumer Products']);
    expect(orgs('The bill now goes to the Assembly.')).toEqual(['Assembly']);
    expect(orgs('Regulators fined the video app Zappo on Monday.')).toEqual(['Zappo']);
    expect(orgs('Engineers at KRTA’s test centre found the fault.')).toEqual(['KRTA']);
  });

  it('reads "X City" and "X Town" as clubs in a sports report only', () => {
    expect(orgs('Hallam City beat Wrexford Town 2-0 in the league, and Reilly scored both goals.')).toEqual(['Hallam City', 'Wrexford Town']);
    expect(orgs('Hallam City and Wrexford Town share a bus route.')).toEqual([]);
  });

  it('never gives a courtesy title as a role', () => {
    expect(facts('Mr. Tom Hale said he would stay on.').people).toEqual([{ name: 'Tom Hale', role: '', sentence: 0 }]);
  });
});
