// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { facts, nums, orgs, places } from './read-facts';
import { isSpecList } from '@/utils/keyfacts/list-rows';


describe('organisations by what they do in results and markets', () => {
  it('takes the sides of a result, not the players of a match', () => {
    const text = 'Brenholt drew 2-2 with Castlevale, and Dornoch lost 3-0 at home to Fenwick Park. The striker scored in the match.';
    expect(orgs(text).sort()).toEqual(['Brenholt', 'Castlevale', 'Dornoch', 'Fenwick Park']);
    const tennis = facts('Ivo Kral beat Tomas Berg 6-4 in the final of the match. Kral said he had scored well.');
    expect(tennis.organizations).toEqual([]);
    expect(tennis.people.map((p) => p.name).sort()).toEqual(['Ivo Kral', 'Tomas Berg']);
  });

  it('reads a side of a result as a club even when its name has the form of a place', () => {
    const text = 'Dornoch were held to a goalless draw at Kelvin County on Saturday. The striker scored in the match.';
    expect(orgs(text)).toContain('Kelvin County');
    expect(facts(text).places.map((p) => p.text)).not.toContain('Kelvin County');
  });

  it('takes a company whose shares move, not a person or a nationality', () => {
    expect(orgs('Shares of Lumetra fell 3 per cent, while Korvix slid 2.5% and Brightwell Holdings rose.').sort()).toEqual(['Brightwell Holdings', 'Korvix', 'Lumetra']);
    expect(orgs('Asian stocks fell 2% as Japanese exporters slid 3 per cent.')).toEqual([]);
  });

  it('takes a company by what companies do, not a person who does it', () => {
    expect(orgs('Korvane on Monday unveiled a phone, and Lumetra reported a net loss for the quarter.').sort()).toEqual(['Korvane', 'Lumetra']);
    expect(orgs('Chief executive Ana Diaz unveiled the phone at the event.')).toEqual([]);
    expect(orgs('Orvane, which makes the batteries, and Tessaly, whose shares doubled, both grew.').sort()).toEqual(['Orvane', 'Tessaly']);
  });

  it('knows organisations and teams by name from data', () => {
    expect(orgs('The midfielder joined from Real Madrid last year.')).toEqual(['Real Madrid']);
    const f = facts('The Boston Celtics won the game at home on Friday, and they said that the Celtics are at the top of the table.');
    expect(f.organizations.map((o) => o.name)).toEqual(['Boston Celtics']);
    expect(f.people).toEqual([]);
  });

  it('keeps an organisation whole: its head word, and no date after it', () => {
    expect(orgs('Bank of Ruritania governor Ana Diaz said the central bank would wait.')).toEqual(['Bank of Ruritania']);
    expect(orgs('The Harlow Borough Council on Tuesday approved the plan.')).toEqual(['Harlow Borough Council']);
  });
});

describe('organisations by consent, form, lists and what companies have and do', () => {
  it('takes a one-word brand that is also a word or a given name only where the article agrees', () => {
    expect(orgs('The deal was struck after Fiat met Cisco in Turin.')).toEqual(['Fiat', 'Cisco']);
    // written in lower case too, or only opening sentences: no evidence
    expect(orgs('She paid by visa at the desk. Later the clerk said Visa approved it.')).toEqual([]);
    expect(orgs('Ford took the wheel and drove home.')).toEqual([]);
  });

  it('takes a company the companies list names by an ordinary word on the same terms', () => {
    expect(orgs('The council bought pumps from Whirlpool last year.')).toEqual(['Whirlpool']);
    expect(orgs('A whirlpool formed near the dam, and Whirlpool was blamed.')).toEqual([]);
  });

  it('reads names joined by an ampersand as a firm, and lists with "or" or of three, not a pair with a comma', () => {
    const f = facts('Awards came from Baird & Kerr last year.');
    expect(f.organizations.map((o) => o.name)).toEqual(['Baird & Kerr']);
    expect(f.people).toEqual([]);
    expect(orgs('Drivers now work for Uber or Zipvan in the city.')).toEqual(['Uber', 'Zipvan']);
    expect(orgs('Inside, Fiat is promising room for five.')).toEqual(['Fiat']);
  });

  it('takes a company by its investor, its products, its results and its deals', () => {
    expect(orgs('After a lifeline from investor Norlund worth $8 billion, the firm cut jobs.')).toEqual(['Norlund']);
    expect(orgs('Zentro’s small business loans grew as Quilby’s forthcoming consumer checking accounts drew interest.')).toEqual(['Zentro', 'Quilby']);
    expect(orgs('Dow component Trelmark reported third-quarter earnings, and Kelvar has revealed a truck.')).toEqual(['Trelmark', 'Kelvar']);
    expect(orgs('It cut jobs at Quorvo, which it acquired in 2017. Analysts surveyed by Tessaro expected more.')).toEqual(['Quorvo', 'Tessaro']);
  });
});

describe('surnames that end like English words', () => {
  it('reads short "-ance" and Slavic "-ic" surnames after a given name, and not a long suffix noun', () => {
    expect(facts('The ceremony was opened by her nephew, Alistair Lance, and later Goran Petric spoke.').people.map((p) => p.name)).toEqual(['Alistair Lance', 'Goran Petric']);
    expect(facts('The Grace Commission and the Philippine Historical Society met on the island.').people).toEqual([]);
  });
});

describe('people named like a city', () => {
  it('reads a given name that is also a city as a name, and a state before a company word as no person', () => {
    expect(facts('Economist Sofia Brandt said rates would fall.').people.map((p) => p.name)).toEqual(['Sofia Brandt']);
    expect(facts('She moved to Sofia in May. Georgia Power said bills would rise.').people).toEqual([]);
  });
});

describe('scores, currencies and spec lists', () => {
  it('keeps three-digit scores after a verb of winning, and a score between two names', () => {
    expect(nums('The Hawks held off the Owls 118-112 after beating the Lynx 104-99.')).toEqual(['118-112', '104-99']);
    expect(nums('Result: Kelso 2-1 Ardmore.')).toEqual(['2-1']);
    expect(nums('The Boeing 737-800 flew; pages 120-135 list it.')).toEqual([]);
  });

  it('keeps the tallies of votes and defeats', () => {
    expect(nums('The bill passed 27-11 after the side were beaten 2-0 by the league leaders.')).toEqual(['27-11', '2-0']);
  });

  it('keeps the symbol units of tech specs', () => {
    expect(nums('It charges at 65W, runs 1.2 TFLOPS over 5 Gbps links with a 50 MP camera and 400 nits.')).toEqual(['65W', '1.2 TFLOPS', '5 Gbps', '50 MP', '400 nits']);
  });

  it('reads shilling, naira, peso and rand amounts, and no mask or model as money', () => {
    expect(nums('It approved Sh18.4 billion, N5 billion and P1,500, not R2.')).toEqual(['Sh18.4 billion', 'N5 billion', 'P1,500']);
    expect(nums('Staff wore N95 masks.')).toEqual([]);
  });

  it('reads the measures of a spec list, never those of a table of dates', () => {
    expect(isSpecList('Key specifications: - Battery: 135 kWh - Towing: 3,500 kg - Screen: 15.4 inches')).toBe(true);
    expect(isSpecList('July 26 – Cuyahoga Falls · OH @ Blossom Music Center')).toBe(false);
    const f = facts('The van was shown on Monday.\n\nSpecifications:\n- Range: 420 km\n- Payload: 1,200 kg\n\nJuly 26 – Leeds · 3 shows\nJuly 28 – York · 2 shows');
    expect(f.numbers.map((n) => n.text)).toEqual(['420 km', '1,200 kg']);
  });
});

describe('places without a preposition', () => {
  it('reads the dateline below a byline or a date line, and a press release dateline', () => {
    expect(places('By Ana Diaz\n\nDec 2, 2026\n\nBRENTFORD — The council met on Monday to vote on the plan.')).toEqual(['Brentford']);
    expect(places('LOS ANGELES, Dec. 2, 2026 /PRNewswire/ -- Acme Corp today announced a new product for the home.')).toEqual(['Los Angeles']);
  });

  it('reads "Town, Country" as a place with no preposition, not a person before a country\'s possessive', () => {
    expect(places('Officials said Marwick, Kenya, had flooded on Monday after the rains.')).toEqual(['Marwick', 'Kenya']);
    expect(places("The talks with Ana Diaz, Kenya's envoy, went on through Monday.")).toEqual(['Kenya']);
  });

  it('reads "… Falls" and "… Springs" as places, never people', () => {
    const f = facts('Victoria Falls said tourism grew, and officials from Marwick Springs met on Monday.');
    expect(f.places.map((p) => p.text)).toEqual(['Victoria Falls', 'Marwick Springs']);
    expect(f.people).toEqual([]);
  });

  it('reads "the county of X" as a place', () => {
    expect(places('The budget of the county of Marwick was passed by the assembly on Monday.')).toEqual(['Marwick']);
  });
});

describe('names kept whole', () => {
  it('joins a common noun\'s possessive to the organisation it names, not a name\'s possessive', () => {
    expect(orgs('She chaired the Farmers\' Growers Union and spoke at the Children\'s Relief Foundation gala.').sort()).toEqual(["Children's Relief Foundation", "Farmers' Growers Union"]);
    expect(orgs("Scientists at NASA's Goddard Space Flight Center said the probe was sound.")).not.toContain("NASA's Goddard Space Flight Center");
  });

  it('takes a place or a nationality before an industry as a company, not the place alone', () => {
    const f = facts('Ghana Cement and Malawian Breweries said on Monday that prices in Ghana would rise.');
    expect(f.organizations.map((o) => o.name).sort()).toEqual(['Ghana Cement', 'Malawian Breweries']);
    expect(f.places.map((p) => p.text)).toEqual(['Ghana']);
  });

  it('knows movements, fronts and tribunals by their last word', () => {
    expect(orgs('The Patriotic Renewal Movement walked out, and the Kestrel Labour Front asked the Coastal Land Tribunal to rule.').sort()).toEqual(['Coastal Land Tribunal', 'Kestrel Labour Front', 'Patriotic Renewal Movement']);
  });

  it('takes a substitute as a role before a name', () => {
    expect(facts('Substitute Liam Corrie headed the winner in the match.').people).toEqual([{ name: 'Liam Corrie', role: 'Substitute', sentence: 0 }]);
  });
});
