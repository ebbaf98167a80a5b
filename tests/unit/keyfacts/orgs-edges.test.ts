// @vitest-environment node
// Where an organisation's name starts, read from how the article writes it (twentieth round, s20-orgs): each rule
// on an invented text.
import { describe, expect, it } from 'vitest';
import { Collector } from '@/utils/keyfacts/collector';
import { candidate } from '@/utils/keyfacts/candidates';
import { orgs } from './read-facts';

/** The candidates the names pass decides, for the phrases that open a sentence. */
function openingCandidates(text: string): string[] {
  const c = new Collector(text);
  return c.phrases.filter((p) => p.initial).map((p) => candidate(c, p)?.name ?? '');
}

describe('the word that opens a sentence before a name', () => {
  it('is no part of the name when it is an ordinary word and the article writes the name alone inside its sentences', () => {
    const text = [
      'Several drugmakers raced to fill the gap in the market last winter, and analysts expected a long fight.',
      'Enter Quorvex, a small vaccine maker from Maryland that has never sold a product.',
      'The company said on Tuesday that Quorvex would file for approval in the spring.',
      'Courtesy Pellandor shows the new plant in a photo released this week.',
      'Its partner Pellandor will build the plant near the coast, officials said.',
    ].join(' ');
    const names = openingCandidates(text);
    expect(names).toContain('Quorvex');
    expect(names).toContain('Pellandor');
    expect(names).not.toContain('Enter Quorvex');
    expect(names).not.toContain('Courtesy Pellandor');
  });

  it('stays when the name is not written alone, and before a surname (a surname is written alone too)', () => {
    const text = [
      'Enter Quorvex, a small vaccine maker from Maryland that has never sold a product.',
      'Its shares have doubled since March, and the company plans to hire two hundred people.',
      'Oscar Brannigan, its chief executive, said the firm was ready to grow quickly.',
      'The board backed the plan, Brannigan said, and the first jobs will be posted soon.',
    ].join(' ');
    const names = openingCandidates(text);
    expect(names).toContain('Enter Quorvex');
    expect(names).toContain('Oscar Brannigan');
  });

  it('is part of the name where the article writes the two words together inside a sentence', () => {
    const text = [
      'Mining shares led the index higher, and the gold price climbed above $3,000 an ounce for the first time.',
      'Traders bought shares of Gold Quarries and other producers after the price rose.',
      'Gold Quarries rose 4.6 percent to a record.',
    ].join(' ');
    expect(openingCandidates(text)).toContain('Gold Quarries');
    // without that evidence, a word the article writes in lower case opens no name (as before)
    expect(openingCandidates(text.replace('shares of Gold Quarries', 'shares of the miners'))).toContain('Quarries');
  });
});

describe('an appositive whose head noun ends organisations\' names', () => {
  const text = (apposition: string) =>
    [
      'Health ministers from nine countries met in Geneva on Tuesday to plan next year\'s vaccine stockpile.',
      `The doses will be paid for by Quendra, ${apposition}, which has raised $2 billion since 2019.`,
      'The stockpile held 3.1 million doses in June, down from 5 million a year earlier, officials said.',
      'Deliveries to the worst-hit regions are due to begin in March, and a second round is planned for the autumn.',
    ].join(' ');

  it('makes the name an organisation', () => {
    expect(orgs(text('a global vaccine alliance'))).toContain('Quendra');
    expect(orgs(text('the Vaccine Alliance'))).toContain('Quendra');
  });

  it('not when the head is of a phrase inside it, nor when the head is no organisation\'s word', () => {
    expect(orgs(text('an equity strategist at Bellweather Capital'))).not.toContain('Quendra');
    expect(orgs(text('a former nurse'))).not.toContain('Quendra');
  });
});

describe('a word that ends organisations\' names, in lower case right before a name', () => {
  const text = (before: string) =>
    [
      'A start-up that makes electric delivery vans raised $400 million on Monday, its largest round so far.',
      `The round was led by ${before} Talmera, with a carmaker's venture arm also taking part.`,
      'The company plans to open a second plant in 2027 and to hire 800 people, it said in a statement.',
      'Its vans are already used by three of the largest parcel carriers, and orders doubled last year.',
    ].join(' ');

  it('makes the name an organisation', () => {
    expect(orgs(text('the sovereign fund'))).toContain('Talmera');
  });

  it('not a name that opens with a given name, nor one after an ordinary word', () => {
    expect(orgs(text('the sovereign fund').replace('Talmera', 'Maria Talmera'))).not.toContain('Maria Talmera');
    expect(orgs(text('the wealthy'))).not.toContain('Talmera');
  });
});

describe('a name of several words after "of" in the role of one who founded, owns or runs it', () => {
  const text = (role: string) =>
    [
      'Hiring slowed sharply in November as employers added the fewest jobs in almost two years.',
      `"The labour market is cooling, not cracking," said Mara Quillfeather, ${role}.`,
      'Wages rose 3.9 percent from a year earlier, the smallest gain since the spring of 2021.',
      'Economists had expected a stronger report after a busy holiday season for retailers.',
    ].join(' ');

  it('is an organisation', () => {
    expect(orgs(text('founder of Tessaly Economics'))).toContain('Tessaly Economics');
    expect(orgs(text('co-founder of Varnholt Analytics in London'))).toContain('Varnholt Analytics');
    expect(orgs(text('chief executive of Varnholt Analytics'))).toContain('Varnholt Analytics');
  });

  it('not after a role within a body (a department or a portfolio)', () => {
    expect(orgs(text('director of Public Affairs'))).not.toContain('Public Affairs');
  });
});

describe('a name that opens a list of examples after organisations\' kind in the plural', () => {
  const text = (kind: string) =>
    [
      'Investors have grown wary of start-ups that raise money at ever higher valuations.',
      `Nobody wants to go the way of ${kind} Quillmark and Dorvane, which halved their valuations to raise money.`,
      'Venture funding fell 30 percent in the first half of the year, according to a survey of 400 investors.',
      'Founders say they now plan for two years of spending instead of one.',
    ].join(' ');

  it('makes it an organisation, and the names listed with it', () => {
    expect(orgs(text('companies such as'))).toEqual(expect.arrayContaining(['Quillmark', 'Dorvane']));
    expect(orgs(text('retailers like'))).toContain('Quillmark');
  });

  it('not after a kind of people', () => {
    expect(orgs(text('artists such as'))).not.toContain('Quillmark');
  });
});
