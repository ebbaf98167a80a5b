// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { facts, peopleNames, peopleWithRoles as people } from './read-facts';


describe('people and roles', () => {
  it('takes a title written before the name', () => {
    expect(people('The visit was led by Chairman Li Wei of the company.')).toEqual([{ name: 'Li Wei', role: 'Chairman' }]);
    expect(people('Acme President Jane Doe spoke first.')).toEqual([{ name: 'Jane Doe', role: 'Acme President' }]);
    expect(people('Ohio Gov. Mark Dunn signed it.')).toEqual([{ name: 'Mark Dunn', role: 'Ohio Gov.' }]);
  });

  it('takes a lowercase role before the name and an apposition after it', () => {
    expect(people('Team coach Bruce Miller was upbeat.')).toEqual([{ name: 'Bruce Miller', role: 'Team coach' }]);
    expect(people('Ann Lee, the deputy governor of the central bank, spoke.')).toEqual([{ name: 'Ann Lee', role: 'deputy governor of the central bank' }]);
    expect(people('Tom Hart, a senior analyst at Vega Capital, said the figures were weak.')).toEqual([{ name: 'Tom Hart', role: 'senior analyst at Vega Capital' }]);
  });

  it('finds people without a role from speech verbs, ages and later surname mentions', () => {
    expect(people('Maria Gonzalez said the plan works.').map((p) => p.name)).toEqual(['Maria Gonzalez']);
    expect(people('Peter Olsen, 41, was arrested.').map((p) => p.name)).toEqual(['Peter Olsen']);
    expect(people('Yesterday Karl Brandt arrived. Brandt left soon after.').map((p) => p.name)).toEqual(['Karl Brandt']);
  });

  it('does not take places, organisations, buildings or single words for people', () => {
    expect(people('New York is large. The White House said nothing. Apple said it would grow.')).toEqual([]);
    expect(people('Smith said so.')).toEqual([]);
  });
});

describe('organisations', () => {
  it('merges "Full Name (ACRONYM)" and "ACRONYM (Full Name)"', () => {
    const f = facts(
      'Officials of the National Database and Registration Authority (NADRA) met the Federal Investigation Agency (FIA). ' +
        'Both back DACA (Deferred Action for Childhood Arrivals). NADRA said more.',
    );
    expect(f.organizations.map(({ name, acronym }) => ({ name, acronym }))).toEqual([
      { name: 'National Database and Registration Authority', acronym: 'NADRA' },
      { name: 'Federal Investigation Agency', acronym: 'FIA' },
      { name: 'Deferred Action for Childhood Arrivals', acronym: 'DACA' },
    ]);
  });

  it('recognises organisations by their suffix or head word', () => {
    const names = facts('He joined the Ministry of Finance, then Acme Holdings and later the Riverside Police Department.').organizations.map((o) => o.name);
    expect(names).toEqual(['Ministry of Finance', 'Acme Holdings', 'Riverside Police Department']);
  });

  it('recognises organisations from how they are described', () => {
    const names = facts('Prices fell at the carrier Skyjet. Orbix, a software company, grew. Orbix’s founder declined to comment.').organizations.map((o) => o.name);
    expect(names).toEqual(['Skyjet', 'Orbix']);
    const grid = facts('Northline Power, the region’s largest utility, said most homes had power.');
    expect(grid.organizations.map((o) => o.name)).toEqual(['Northline Power']);
    expect(grid.places).toEqual([]);
  });
});

describe('places', () => {
  it('finds known places and places by pattern', () => {
    const names = facts(
      'BERLINGEN — Officials in Pakistan and Kenya met. John Roe, 32, of Millbrook was held near Oakdale. ' +
        'The lab in Greenfield, Maryland, and Stonebay, a village nearby, joined.',
    ).places.map((p) => p.text);
    expect(names).toEqual(['Berlingen', 'Pakistan', 'Kenya', 'Millbrook', 'Oakdale', 'Greenfield', 'Maryland', 'Stonebay']);
  });
});

describe('people by a title or by where they stand', () => {
  it('reads one name after a title as a person, keeps a royal title in the name, and merges the surname into the full name', () => {
    expect(people('In each case, President Okafor tied himself to the vote. Gov. Lindqvist agreed, as did Mr. Pell.')).toEqual([
      { name: 'Okafor', role: 'President' },
      { name: 'Lindqvist', role: 'Gov.' },
      { name: 'Pell', role: '' },
    ]);
    expect(peopleNames('Prince Harold met Queen Matilda at the gate.')).toEqual(['Prince Harold', 'Queen Matilda']);
    expect(people('Mayor Brandvik spoke first. Later Ola Brandvik left the hall.')).toEqual([{ name: 'Ola Brandvik', role: 'Mayor' }]);
    // a word the article writes in lower case, or a common word, is no name after a title
    expect(peopleNames('The President Announces a plan; the coach will trump it. Coach Trump left.')).toEqual([]);
  });

  it('reads a name beside a known person, or after a country’s possessive, as a person', () => {
    expect(peopleNames('The idea came from Margarita Lund and Tavish Orrek, who met in Oslo.')).toEqual(['Margarita Lund', 'Tavish Orrek']);
    expect(peopleNames('Later Denis Ward edged Vasko Prelic 6-4, 6-3 in the final.')).toEqual(['Denis Ward', 'Vasko Prelic']);
    expect(peopleNames('Serbia’s Dusan Vrhovac will play on Wednesday.')).toEqual(['Dusan Vrhovac']);
    // a company beside a person stays out
    expect(peopleNames('Margarita Lund and Acme Corp signed the deal.')).toEqual(['Margarita Lund']);
  });
});

describe('"Rt. Hon."', () => {
  it('reads "Rt." as a title, not the end of an organisation', () => {
    const f = facts('They mourned the former Speaker of the House of Assembly Rt. Hon. Ben Okoro on Monday.');
    expect(f.organizations.map((o) => o.name)).toEqual(['House of Assembly']);
    expect(f.people.map((p) => p.name)).toEqual(['Ben Okoro']);
  });
});

describe('headlines and greetings', () => {
  it('reads no names from a headline line pasted into the text, and no greeting as part of a name', () => {
    const f = facts('Officers found the boy in Dunmore on Monday.\n\nHarlan Equates Firing to Professional Death Sentence\n\nThanks Junior Okafor, said the host. Hey Brenna, he wrote.');
    expect(f.people.map((p) => p.name)).toEqual(['Junior Okafor']);
    expect(f.places.map((p) => p.text)).toEqual(['Dunmore']);
  });
});

describe('quotes', () => {
  it('attributes quotes after, before and by pronoun', () => {
    const f = facts(
      'Coach Dan Price was calm. "We played well tonight," Price said. ' +
        'Analyst Sara Kim said: "The numbers do not lie at all."\n\n' +
        '"It is a long season for everyone," he said.',
    );
    expect(f.quotes.map(({ text, speaker }) => ({ text, speaker }))).toEqual([
      { text: 'We played well tonight', speaker: 'Price' },
      { text: 'The numbers do not lie at all.', speaker: 'Kim' },
      { text: 'It is a long season for everyone', speaker: 'Kim' },
    ]);
  });

  it('keeps a short quote that is a whole sentence, not a short fragment', () => {
    const f = facts('"We lost the plot in the second half," Ivo Marsh said. "It hurts." Fans called the display "truly awful".');
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We lost the plot in the second half', 'Marsh'],
      ['It hurts.', 'Marsh'],
    ]);
  });

  it('gives a quote after "and said" to the subject of the sentence', () => {
    const f = facts('Mayor Lena Vog called the plan "reckless" and said it would "leave the old town without a bridge".');
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([['leave the old town without a bridge', 'Vog']]);
  });

  it('carries the speaker over a split quote and skips scare quotes', () => {
    const f = facts('"That is perfect," Boudreau said. "It is the mark of a true competitor." Critics called it "vile".');
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([['It is the mark of a true competitor.', 'Boudreau']]);
  });

  it('gives a quote to the subject that reported it however far the verb stands, and reads the clause from its sentence', () => {
    const f = facts(
      'Omar Diallo, a senior analyst at Brightline, told a weekly in May that the group was "calm by regional standards and quiet." ' +
        'Ruth Mbeki, the U.S. commander, said: "We do not support forced moves of people."',
    );
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['calm by regional standards and quiet.', 'Diallo'],
      ['We do not support forced moves of people.', 'Mbeki'],
    ]);
  });

  it('reads a long apposition after a quote, a described speaker and a pronoun with an adverb', () => {
    const f = facts(
      '"Models like this pay off in the end," Lena Sorensen, a postdoctoral fellow at the Institute for Coastal Studies in Bergen, Norway, and co-author of the study, said in a statement.\n\n' +
        '"Hands up! Let me see your hands!" an officer shouted.\n\n' +
        'The teacher\'s father testified, describing her as "kind, patient, and brave" in court.\n\n' +
        'Tom Kettle spoke next. He instead told the panel: "I made the call myself and stand by it."',
    );
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Models like this pay off in the end', 'Sorensen'],
      ['Hands up! Let me see your hands!', 'officer'],
      ['kind, patient, and brave', 'father'],
      ['I made the call myself and stand by it.', 'Kettle'],
    ]);
  });
});

describe('quotes in single marks', () => {
  it('reads British-style quotes, not apostrophes or possessives', () => {
    const f = facts(
      'Coach Mia Hart was calm. ‘We played the players’ way tonight,’ Hart said.\n\n' +
        'She added: ‘Nobody here thinks the season is over.’\n\n' +
        'Fans sang rock ‘n’ roll songs from the ‘90s all night long at the ground.',
    );
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We played the players’ way tonight', 'Hart'],
      ['Nobody here thinks the season is over.', 'Hart'],
    ]);
  });
});

describe('key sentences', () => {
  it('returns 3 to 5 sentences in article order, the lead first', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Sentence number ${i + 1} talks about the budget plan of the city council in some detail.`).join(' ');
    const f = facts(text, 'City council budget plan');
    expect(f.keySentences.length).toBeGreaterThanOrEqual(3);
    expect(f.keySentences.length).toBeLessThanOrEqual(5);
    expect(f.keySentences[0]!.sentence).toBe(0);
    const idx = f.keySentences.map((k) => k.sentence);
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
    for (const k of f.keySentences) expect(k.text).toBe(f.sentences[k.sentence]);
  });

  it('skips headings', () => {
    const f = facts('The city approved the budget on Monday after a long debate.\n\nA long night\n\nThe vote was 7 to 2 in favour of the plan.\n\nCritics said the plan was rushed and costly.', 'Budget');
    expect(f.keySentences.map((k) => k.text)).not.toContain('A long night');
  });
});

describe('provenance', () => {
  it('every item points at the sentence it came from', () => {
    const f = facts('Intro line here. Acme Holdings hired Jane Doe in Kenya on Monday for $5 million. "We are glad to have her on board," Doe said.');
    const all = [...f.people, ...f.organizations, ...f.places, ...f.dates, ...f.numbers, ...f.quotes];
    expect(all.length).toBeGreaterThan(5);
    for (const item of all) {
      const s = f.sentences[item.sentence]!;
      const needle = 'name' in item ? item.name : 'speaker' in item ? item.text.slice(0, 10) : item.text;
      expect(s).toContain(needle);
    }
  });
});

describe('rules found on articles of other beats', () => {
  it('does not join a title to what follows it ("President Joe Biden on Wednesday")', () => {
    const f = facts('WASHINGTON (AP) — President Joe Biden on Wednesday urged lawmakers to act. Prime Minister Narendra Modi of India agreed.');
    expect(f.people.map(({ name, role }) => ({ name, role }))).toEqual([
      { name: 'Joe Biden', role: 'President' },
      { name: 'Narendra Modi', role: 'Prime Minister' },
    ]);
    expect(f.places.map((p) => p.text)).toEqual(['Washington', 'India']);
  });

  it('does not take the words before a title for an organisation unless they name one', () => {
    const f = facts('Senate Majority Leader Chuck Schumer said a vote could come soon.');
    expect(f.organizations).toEqual([]);
    expect(f.people.map((p) => p.name)).toEqual(['Chuck Schumer']);
  });

  it('does not attribute a quote that ends its sentence to the next sentence', () => {
    const f = facts('Speaking at the hall, Anna Berg said the bill was "a test of our leadership." Senator Tim Olsen said a vote could come.');
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([['a test of our leadership.', 'Berg']]);
  });

  it('keeps a long quote nobody is named for, without a speaker, but no short scare quote or title', () => {
    const f = facts('Residents of Fenwick Row gathered on Monday.\n\n"We have waited nine years for a bridge that never came."\n\nThe band played "Down by the Long River Road" and the "new normal" returned.');
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([['We have waited nine years for a bridge that never came.', '']]);
  });

  it('prefers a person to an organisation named in the same attribution', () => {
    const f = facts('"Buyers are waiting for the new models to arrive," Jane Cole, Autodata\'s director of research, said in a statement. Autodata, a research firm, agreed.');
    expect(f.quotes.map((q) => q.speaker)).toEqual(['Cole']);
  });

  it('leaves ages between commas out of the numbers', () => {
    expect(facts('The striker, 23, has scored 27 goals.').numbers.map((n) => n.text)).toEqual(['27 goals']);
  });
});

describe('organisations named around roles and markets', () => {
  it('takes the organisation a role belongs to when it is used on its own elsewhere', () => {
    const f = facts('Nova said on Monday it would hire. Sara Lind, chief executive of Nova, said growth was strong. Nova shares rose.');
    expect(f.organizations.map((o) => o.name)).toEqual(['Nova']);
  });

  it('takes "Center for …" names and skips plural acronyms of things', () => {
    const f = facts('Critics at the Center for Humane Technology objected. The chips use Tensor Processing Units (TPUs) inside.');
    expect(f.organizations.map((o) => o.name)).toEqual(['Center for Humane Technology']);
  });

  it('does not cut "State Bank of Pakistan" short inside a role', () => {
    const f = facts('Sana Mirza, the deputy governor of the State Bank of Pakistan (SBP), spoke.');
    expect(f.organizations.map((o) => [o.name, o.acronym])).toEqual([['State Bank of Pakistan', 'SBP']]);
  });
});
