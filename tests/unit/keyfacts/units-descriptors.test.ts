// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dates, nums, orgs, peopleNames } from './read-facts';
import { extractKeyFacts } from '@/utils/keyfacts';
import { splitSentences } from '@/utils/keyfacts/sentences';


describe('numbers keep their unit', () => {
  it('keeps a range whose unit is written once as one fact, and two amounts as two', () => {
    expect(nums('Rents rose 12 to 15 per cent, between 400 and 450 flats were sold, at Rs 210-240 per share.')).toEqual([
      '12 to 15 per cent',
      '400 and 450 flats',
      'Rs 210-240 per share',
    ]);
    expect(nums('Tickets rose from £20 to £35.')).toEqual(['£20', '£35']);
    // a bare range says nothing; a year of a date opens none
    expect(nums('The board voted 7 to 2.')).toEqual(['7', '2']);
    expect(nums('It has cut rates since March 2023 to 6.5 percent.')).toEqual(['6.5 percent']);
  });

  it('keeps units of more than one word, symbols and hour units', () => {
    expect(nums('The bank cut by 50 basis points as it hit 41 degrees Celsius.')).toEqual(['50 basis points', '41 degrees Celsius']);
    expect(nums('Workers dug a 1.8-metre-deep trench beside a 34-year-old wall.')).toEqual(['1.8-metre-deep trench']);
    expect(nums('The field pumps 800,000 bpd, the chip does 900 TOPS and the plant made 310 gigawatt-hours.')).toEqual(['800,000 bpd', '900 TOPS', '310 gigawatt-hours']);
  });

  it('keeps two scales, a hyphenated scale, pence and one-letter currencies with a price', () => {
    expect(nums('The state borrows Rs 3.2 lakh crore for a Rs 900-crore plan and a P4.5-billion terminal.')).toEqual(['Rs 3.2 lakh crore', 'Rs 900-crore', 'P4.5-billion']);
    expect(nums('Shares closed at 312p, the dividend is 8.5p.')).toEqual(['312p', '8.5p']);
    expect(nums('The rand traded at R14.25; the R2 road and N95 masks are no money.')).toEqual(['R14.25']);
  });

  it('keeps the sets of one match and tallies whole', () => {
    expect(nums('She won 6-4, 3-6, 7-6 (7-4) in the final.')).toEqual(['6-4, 3-6, 7-6 (7-4)']);
    expect(nums('He took the match 21-15, 21-19.')).toEqual(['21-15, 21-19']);
    expect(nums('She made 11 of 19 shots as the visitors reached 215 for six.')).toEqual(['11 of 19 shots', '215 for six']);
  });

  it('keeps a tiebreak written as the loser\'s points with its set', () => {
    expect(nums('Mira Holt edged Ana Reyes 7-6 (5), 7-6 (3) and then beat her sister 6-2, 6-7 (4), 7-5.')).toEqual([
      '7-6 (5), 7-6 (3)',
      '6-2, 6-7 (4), 7-5',
    ]);
    expect(nums('He won the one-set shootout 7-6 (9).')).toEqual(['7-6 (9)']);
  });

  it('keeps square, cubic and light-year units, currencies named with their country, and kitchen measures', () => {
    expect(nums('The lodge covers 42 square miles beside a 14.2 cubic foot freezer with 3.5 cu. ft. of shelves.')).toEqual([
      '42 square miles',
      '14.2 cubic foot',
      '3.5 cu. ft.',
    ]);
    expect(nums('The nebula lies 410 million light-years away.')).toEqual(['410 million light-years']);
    expect(nums('Units closed at 61 Singapore dollars, a value of 12 billion Swiss francs.')).toEqual(['61 Singapore dollars', '12 billion Swiss francs']);
    expect(nums('Stir in 2 tbsp oil, 1 tsp cumin and 3 cups stock.')).toEqual(['2 tbsp', '1 tsp', '3 cups']);
  });

  it('reads vulgar fractions whole and a hyphenated range with its unit', () => {
    expect(nums('The note slipped 5/32 as cooks added 1 1/2 cups and 3/4 cup of milk.')).toEqual(['5/32', '1 1/2 cups', '3/4 cup']);
    expect(nums('Simmer for 6-9 minutes and chill for 12-24 hours; they won 3-1.')).toEqual(['6-9 minutes', '12-24 hours', '3-1']);
    // "24/7" and a plural age are no facts
    expect(nums('The desk is open 24/7 for 18-24-year-olds.')).toEqual([]);
  });

  it('leaves out clock times in a zone, street ordinals, centuries and reference marks', () => {
    expect(nums('Talks ended near 0300 GMT on 5th Avenue, the 19th century way, after 400 alarms [3].')).toEqual(['400 alarms']);
    expect(nums('She finished 12th at the 9th Harbour Film Week.')).toEqual(['12th']);
  });
});

describe('other languages, from Intl', () => {
  it('reads dates with month names and numbers with unit or currency words', () => {
    expect(dates('Die Erhöhung gilt ab dem 3. Februar 2026 und wurde im Oktober 2025 beschlossen.', false)).toEqual(['3. Februar 2026', 'Oktober 2025']);
    expect(dates('O índice de março de 2024 saiu em 9 de março; la réunion du 21 octobre.', false)).toEqual(['março de 2024', '9 de março', '21 octobre']);
    expect(dates('Turnamen berlangsung 8-12 Desember.', false)).toEqual(['8-12 Desember']);
    expect(nums('Die Preise stiegen um 12 Prozent; le plan coûte 4 milliards d’euros; subiu 3,5 por cento.', false)).toEqual([
      '12 Prozent',
      '4 milliards d’euros',
      '3,5 por cento',
    ]);
    // English text reads no foreign unit words
    expect(nums('He scored 12 ore.', true)).toEqual(['12']);
  });

  it('ends no sentence inside a German date', () => {
    expect(splitSentences('Sie gilt ab dem 3. Februar. Das Amt bestätigte es.').map((s) => s.text)).toEqual(['Sie gilt ab dem 3. Februar.', 'Das Amt bestätigte es.']);
  });
});

describe('descriptors and places', () => {

  it('cuts a nationality noun, a hyphenated position and a noun before a given name', () => {
    expect(peopleNames('Scotsman Ewan Corrie finished second, officials said.', 'Report')).toEqual(['Ewan Corrie']);
    expect(peopleNames('Fly-half Tadhg Ruane said the pack had been superb.', 'Report')).toEqual(['Tadhg Ruane']);
    expect(peopleNames('Opener Daniel Marsh made a century as the side batted first.', 'Report')).toEqual(['Daniel Marsh']);
    // a given name and a name of two words stay whole
    expect(peopleNames('Mary Ann Cole opened the new library on Monday.', 'Report')).toEqual(['Mary Ann Cole']);
  });

  it('reads surnames with an inner capital and initials written together, and ends a title before a given name', () => {
    expect(peopleNames('State Senator Paula DeMarco and Trade Minister R.K. Varghese met on Tuesday.', 'Report')).toEqual(['Paula DeMarco', 'R.K. Varghese']);
    expect(peopleNames('The Deputy Director for Security Helena Marsh said the audit was complete.', 'Report')).toEqual(['Helena Marsh']);
  });

  it('reads "Cllr" as a title and "Because" as no part of a name', () => {
    expect(peopleNames('Cllr Nia Bowen said the vote was close.', 'Report')).toEqual(['Nia Bowen']);
    expect(extractKeyFacts('Deal', 'Because Corvana Systems is listed in Milan, the deal needs approval.').organizations.map((o) => o.name)).toEqual(['Corvana Systems']);
  });

  it('reads land named by its lie after "the" as a place, not a team, and a surname like it as a person', () => {
    const f = extractKeyFacts('Weather', 'Snow fell across the Uplands and the West Lowlands on Monday. Ann Rowlands said the roads were shut.');
    expect(f.places.map((p) => p.text)).toEqual(['Uplands', 'West Lowlands']);
    expect(f.organizations).toEqual([]);
    expect(f.people.map((p) => p.name)).toEqual(['Ann Rowlands']);
  });

  it('lists the U.S. and the UK once each however they are written', () => {
    const f = extractKeyFacts('Launch', 'The phone goes on sale in the U.S. and the UK in May. Buyers in the US and the U.K. pay more than in Canada.');
    expect(f.places.map((p) => p.text)).toEqual(['U.S.', 'UK', 'Canada']);
  });
});

describe('organisation names joined over "and"', () => {

  it('joins a common word to a name that ends as an organisation, and splits two whole names', () => {
    expect(orgs('The Housing and Transport Administration approved the plan, the agency said.', 'Report')).toEqual(['Housing and Transport Administration']);
    expect(orgs('Backers include Harlow Partners and Deane Crest Partners, the filing shows.', 'Report')).toEqual(['Harlow Partners', 'Deane Crest Partners']);
    expect(orgs('Money came from the Orla Fund and the Government of Malta last year.', 'Report')).toEqual(['Orla Fund', 'Government of Malta']);
    // one name with "and" inside stays whole
    expect(orgs('The Securities and Exchange Commission opened an inquiry.', 'Report')).toEqual(['Securities and Exchange Commission']);
  });

  it('takes no person listed beside a club for an organisation', () => {
    expect(orgs('Tom Reyes and Kris Holt scored for the Ravens, and Colin Nordstrom made 22 saves.', 'Report')).toEqual(['Ravens']);
  });

  it('reads a common word opening a sentence as no company, however it moves', () => {
    expect(orgs('Revenue rose 12% to $4 billion. Shares of Kelvar rose 4%.', 'Report')).toEqual(['Kelvar']);
  });
});
