// @vitest-environment node
// Where a name's edge falls (twenty-fifth round, s25-edges): each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { capPhrases } from '@/utils/keyfacts/phrases';
import { candidateNames, orgs, peopleNames, places } from './read-facts';

describe('a nationality written as a noun before a personal name', () => {
  it('is no part of the name, inside a sentence ("Swede", from compromise\'s demonyms)', () => {
    const text = 'Top seed Carl Brand could meet Tom Ruddy in the second round if he beats Swede Nils Ekberg on Tuesday. Ekberg lost in Paris last week.';
    expect(peopleNames(text)).toContain('Nils Ekberg');
    expect(peopleNames(text)).not.toContain('Swede Nils Ekberg');
  });
});

describe('a word before a given name and a surname that describes the person', () => {
  it('is cut when the article writes it elsewhere as a modifier, though it is also a given name ("Tory")', () => {
    const text = 'The Greens say they will study his plans, but Tory Liam Frost said his party offered a clear choice. Labour has rejected the Tory idea of quotas.';
    expect(peopleNames(text)).toContain('Liam Frost');
    expect(peopleNames(text)).not.toContain('Tory Liam Frost');
  });

  it('is kept when the article never writes it as a modifier (a three-word name)', () => {
    const text = 'The award went to Tory Liam Frost, who thanked the jury. Frost said the prize would fund a new book.';
    expect(peopleNames(text)).toContain('Tory Liam Frost');
  });

  it('is cut after a descriptor when it is no given name ("Nigerian-born Briton")', () => {
    const text = "Ghana-born Briton Kofi Mensah stopped Hungary's Bence Varga in the ninth round. Mensah said he felt strong.";
    expect(peopleNames(text)).toContain('Kofi Mensah');
    expect(peopleNames(text)).not.toContain('Briton Kofi Mensah');
  });
});

describe('a first line that opens with a role before a dash', () => {
  it('is no dateline: the role and the name after it are no place', () => {
    const text = 'Actor Pierre Lamotte - star of the film The Orchard - has been named the best-paid actor of the year. Lamotte made 5m euros.';
    expect(places(text)).not.toContain('Actor Pierre Lamotte');
    expect(peopleNames(text)).toContain('Pierre Lamotte');
  });

  it('still gives the place of a dateline written in mixed case', () => {
    expect(places('Indianapolis - The city council voted on Monday to raise parking fees by a third.')).toContain('Indianapolis');
  });
});

describe('"and" after a body\'s name', () => {
  it('does not join a person named after it', () => {
    const text = 'Ann Bell, former dean of the law school at the University of Nevada and Tom Gray, a well-known writer, spoke at the event.';
    expect(candidateNames(text)).toContain('University of Nevada');
    expect(candidateNames(text)).toContain('Tom Gray');
    expect(orgs(text)).toContain('University of Nevada');
  });

  it('still joins a body whose words after "and" open with a given name but end in a common word', () => {
    const text = 'The National Institute for Health and Care Excellence said the drug was too costly for the health service.';
    expect(candidateNames(text)).toContain('National Institute for Health and Care Excellence');
  });
});

describe("a saint's possessive", () => {
  it('stays part of the name it is written before', () => {
    const text = "St Brendan's High School says it is clearly identified in the video, while the singer's label denied it.";
    expect(candidateNames(text)).toContain("St Brendan's High School");
    expect(orgs(text)).not.toContain('High School');
  });

  it('leaves an owner other than a saint cut before a name', () => {
    const phrases = capPhrases("Officials said Acme's Wilson Report was read aloud on Monday.", 0).map((p) => p.text);
    expect(phrases).toEqual(expect.arrayContaining(["Acme's", 'Wilson Report']));
  });
});

describe('a phrase inside a name that its acronym gave whole', () => {
  it('is no organisation of its own', () => {
    const text = 'Nurses said the Ghana Registered Nurses, Midwives and Carers Union (GRNMCU) would strike. The GRNMCU said talks had failed.';
    const found = orgs(text);
    expect(found).toContain('Ghana Registered Nurses, Midwives and Carers Union');
    expect(found).not.toContain('Midwives');
    expect(found).not.toContain('Ghana Registered Nurses');
  });
});

describe('an Arabic article joined to a capitalised word inside a name', () => {
  it("stays part of a person's name, whose surname is read without it", () => {
    const text = 'The court has charged Tariq Salem al-Haddad with fraud and said it would move him to a federal jail. Haddad denied the charges.';
    expect(peopleNames(text)).toContain('Tariq Salem al-Haddad');
    expect(peopleNames(text)).not.toContain('Tariq Salem');
    expect(peopleNames(text)).not.toContain('Haddad');
  });

  it("stays part of a place's name", () => {
    const phrases = capPhrases('Free screenings in Souk el-Tabbal square drew 12,000 people a night.', 0).map((p) => p.text);
    expect(phrases).toContain('Souk el-Tabbal');
  });
});

describe("a given name ending like an adverb or a participle, opening a sentence", () => {
  it('stays the first word of the name ("Emily", "Kelly")', () => {
    const text = 'Emily Carrow, 20, had met the woman online a month before. Kelly Brandt said the two had spoken often. Carrow and Brandt were friends.';
    expect(peopleNames(text)).toEqual(expect.arrayContaining(['Emily Carrow', 'Kelly Brandt']));
  });

  it('leaves an adverb that opens the sentence out of the name', () => {
    expect(candidateNames('Finally Tom Hale said the deal was done.')).toContain('Tom Hale');
  });
});
