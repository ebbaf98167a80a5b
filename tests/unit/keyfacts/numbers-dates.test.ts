// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dates, nums } from './read-facts';
import { findNumbers } from '@/utils/keyfacts/numbers';
import { extractKeyFacts } from '@/utils/keyfacts';


describe('numbers', () => {
  it('keeps currency, scale and unit as written', () => {
    expect(nums('It paid Rs1.65bn, then $1.2 billion and €300m.')).toEqual(['Rs1.65bn', '$1.2 billion', '€300m']);
    expect(nums('Sales rose 27% to 350 megawatts, up 3.8 percent and 35 per cent.')).toEqual(['27%', '350 megawatts', '3.8 percent', '35 per cent']);
    expect(nums('The 5G rollout covers 4,312 towers within 48 hours and a 14-inch screen.')).toEqual(['5G', '4,312 towers', '48 hours', '14-inch screen']);
  });

  it('leaves out years, dates, times, model numbers and ages', () => {
    expect(nums('In 2019, on March 21 at 4:30 p.m., the Boeing 787 flew.')).toEqual([]);
    expect(nums('John Smith, 55, of Addison was fined $250,000.')).toEqual(['$250,000']);
    expect(nums('A 34-year-old man drove 48-hour shifts.')).toEqual(['48-hour shifts']);
  });

  it('keeps the plural noun a number counts, and no word that is not one', () => {
    expect(nums('The home has 120 beds; shares closed at 214.6 crowns, 2.1 times the 1.5 billion pesos raised.')).toEqual(['120 beds', '214.6 crowns', '2.1 times', '1.5 billion pesos']);
    expect(nums('It rose from 250 this spring to 300 as costs grew; 40 was the cap, up 12 across the board.')).toEqual(['250', '300', '40', '12']);
  });

  it('keeps engine, screen and compute units, and the noun after a hyphenated count', () => {
    expect(nums('A 5.0-litre engine makes 380 hp and 410 lb-ft; the chip does 8.2 teraflops at 90 fps.')).toEqual(['5.0-litre engine', '380 hp', '410 lb-ft', '8.2 teraflops', '90 fps']);
    expect(nums('They set out on a 24-date tour and a 12-member panel.')).toEqual(['24-date tour', '12-member panel']);
  });

  it('keeps records and scores whole after any verb of a result', () => {
    expect(nums('The Owls edged the Hawks 3-2 and moved to 11-2-1 on the road.')).toEqual(['3-2', '11-2-1']);
  });

  it('keeps scores whole before a word of the game\'s state and after a verb of standing', () => {
    expect(nums('Tromso closed on a 12-4 run and were 20-11 up at the break.')).toEqual(['12-4', '20-11']);
    expect(nums('The Owls improved to 7-0 at home, while the Hawks fell to 3-9.')).toEqual(['7-0', '3-9']);
    expect(nums('Lund were held 1-1 by Oslo and lead the series 2-1.')).toEqual(['1-1', '2-1']);
  });

  it('keeps a record in brackets after a name, and a bowler\'s figures', () => {
    expect(nums('The Owls (8-3) beat Bergen. Pitcher Ana Diaz (2-1) got the win.')).toEqual(['8-3', '2-1']);
    expect(nums('Spinner Ola Brekke took 4-57 from 30 overs, and Tomas Berg finished with 3-41 as Lund fell.')).toEqual(['4-57', '30 overs', '3-41']);
    expect(nums('She came back with 5-10 people.')).not.toContain('5-10');
  });

  it('keeps a race or lap time with its seconds, and leaves a clock time of the day', () => {
    expect(nums('Kiprop won in 2:03:27 and set a best lap of 1:33.12.')).toEqual(['2:03:27', '1:33.12']);
    expect(nums('The meeting starts at 10:30 in the town hall.')).toEqual([]);
  });

  it('keeps a height in feet and inches written out as one measure, and leaves out an address given by its block', () => {
    expect(nums('The man is about 6 feet 2 inches tall and fled to the 4300 block of Elm Street.')).toEqual(['6 feet 2 inches']);
  });

  it('leaves out an age written after "age" or "aged"', () => {
    expect(nums('She took her licence at age 42 and has flown 2,275 hours.')).toEqual(['2,275 hours']);
    expect(nums('Ana Ruiz, who has died aged 89, founded 3 firms.')).toEqual(['3 firms']);
  });

  it('reads "late Dec. 9" as the date Dec. 9, with no number 9 left over', () => {
    expect(dates('The bill was released late Dec. 9 by the committee.')).toEqual(['Dec. 9']);
    expect(nums('The bill was released late Dec. 9 by the committee.')).toEqual([]);
  });

  it('keeps a currency sign written after the amount, and takes no power of a formula', () => {
    expect(nums('Seats cost 45,000₩ and 30 € at the door.')).toEqual(['45,000₩', '30 €']);
    expect(nums('The table holds 2^16 entries, about 65,536 rows.')).toEqual(['65,536 rows']);
  });

  it('ends a unit where a date after it starts', () => {
    expect(nums('Rates fell to 4.1 percent from 4.9 percent a year earlier.')).toEqual(['4.1 percent', '4.9 percent']);
  });

  it('reads scores, and an ordinal with the noun it ranks, but none in a name or a day of a month', () => {
    expect(nums('The Wild won 4-1 and sit 14th.')).toEqual(['4-1', '14th']);
    expect(nums('The 3rd Fleet marked its 75th anniversary with 12 ships.')).toEqual(['75th anniversary', '12 ships']);
    expect(nums('On the 9th, the 14th-ranked side met on 42nd street; she was the 300th person and the 1,000th customer.')).toEqual(['300th person', '1,000th customer']);
  });

  it('takes no number from a name: a model before what it seems to count, a number joined to a capital', () => {
    expect(nums('A Zephyr 440 carries 90 people; the Division 2 clubs met.')).toEqual(['90 people']);
    expect(nums('The 14 parks and Friday 30 volunteers joined.')).toEqual(['14 parks', '30 volunteers']);
    expect(nums('She won 3-Year Fellowships worth $4,000.')).toEqual(['$4,000']);
  });

  it('keeps one describing word between a number and what it counts, but no small word', () => {
    expect(nums('The county has 9 electoral votes and 14 city-owned parks; 30 were closed for 3 other reasons.')).toEqual(['9 electoral votes', '14 city-owned parks', '30', '3 other reasons']);
    expect(nums('It hired 40 and the staff of 12 were paid.')).toEqual(['40', '12']);
  });

  it('takes no clock time or telephone number for an amount, and a rank with its "No."', () => {
    expect(nums('The ferry left at 10.42 am and docked at 7.00 P.M. with 212 cars.')).toEqual(['212 cars']);
    expect(nums('The world No. 4 beat the No 12 seed and hit 9 aces.')).toEqual(['No. 4', 'No 12', '9 aces']);
    expect(nums('Aides at No 10 said the No. 1:25-cv-01184 filing was late.')).toEqual([]);
    expect(nums('Call +44 20 555 0199, (212) 555-0143 or 02-751-1500; 30 lines are open.')).toEqual(['30 lines']);
  });

  it('keeps a time of two units together', () => {
    expect(nums('She swam it in 41 minutes and 9 seconds, he in 2 hours 5 minutes, after 30 minutes of rain.')).toEqual(['41 minutes and 9 seconds', '2 hours 5 minutes', '30 minutes']);
  });

  it('keeps the sides of a size together', () => {
    expect(nums('The panel has 2000 x 1600 pixels and the sheet is 30×40 cm.')).toEqual(['2000 x 1600 pixels', '30×40 cm']);
  });

  it('reads what a page left as HTML names of characters, and a price per period', () => {
    expect(nums('Signups rose 250&percnt; &#8212; to 9 million.')).toEqual(['250&percnt;', '9 million']);
    expect(nums('Plans cost $9/month or $80/person/year.')).toEqual(['$9/month', '$80/person/year']);
  });

  it('reads numbers in other languages', () => {
    expect(nums('Das Paket umfasst 3,5 Milliarden Euro und 27 % mehr.')).toEqual(['3,5 Milliarden Euro', '27 %']);
    expect(findNumbers('总额达到35.5万亿元，增长4.8%。', []).map((n) => n.text)).toEqual(['35.5万亿元', '4.8%']);
  });
});

describe('dates', () => {
  it('finds dates and times as written', () => {
    expect(dates('Sentencing is set for Feb. 14, and the report came out on Tuesday night.')).toEqual(['Feb. 14', 'Tuesday night']);
    expect(dates('It rose between January and June 2025 and will end by December 31.')).toEqual(['between January and June 2025', 'December 31']);
    expect(dates('Doors open at 11:00 am in the first half of 2025; last year was worse.')).toEqual(['11:00 am', 'the first half of 2025', 'last year']);
    expect(dates('Last year it moved, in 2016, and again on September 9, 2025.')).toEqual(['Last year', '2016', 'September 9, 2025']);
    expect(dates('A cheaper model comes in early 2025, a bigger one by mid-2026.')).toEqual(['early 2025', 'mid-2026']);
  });

  it('keeps a weekend, a plural period and a word placing the month or weekday whole', () => {
    expect(dates('The fair shut this weekend and reopens in the coming weeks.')).toEqual(['this weekend', 'coming weeks']);
    expect(dates('The mill closed earlier this year and the vote is next March, not last Tuesday.')).toEqual(['earlier this year', 'next March', 'last Tuesday']);
    expect(dates('The pier burned in June of this year.')).toEqual(['June of this year']);
    expect(dates('Crowds gathered over the weekend.')).toEqual(['over the weekend']);
  });

  it('reads a time counted from the story, a span of days and a quarter', () => {
    expect(dates('The bakery opened two years ago and a shop a year later.')).toEqual(['two years ago', 'a year later']);
    expect(dates('The fair runs Aug. 3-7 and the camp 12-15 October.')).toEqual(['Aug. 3-7', '12-15 October']);
    expect(dates('Profit fell in the third quarter and in the June quarter.')).toEqual(['third quarter', 'June quarter']);
  });

  it('places nothing with a time of day alone, and keeps a phase or a hedge with the period it places', () => {
    expect(dates('The crash came in the early morning hours, and the late night crew saw it.')).toEqual([]);
    expect(dates('The bridge opens early next year; the mill shut about a month ago.')).toEqual(['early next year', 'about a month ago']);
  });

  it('keeps a weekday with its date, and a run of weekdays, as one date', () => {
    expect(dates('Doors open on Thursday, June 12 and Sunday, 15 June; the ferry runs Monday to Friday.')).toEqual(['Thursday, June 12', 'Sunday, 15 June', 'Monday to Friday']);
  });

  it('reads no year in the sides of a size', () => {
    expect(dates('The panel has 2000 x 1600 pixels.')).toEqual([]);
  });

  it('reads two days of one month joined by "and"', () => {
    expect(dates('The summit runs on March 4 and 5 in Oslo.')).toEqual(['March 4 and 5']);
  });

  it('reads a holiday on its own, not inside a name or before the noun it describes', () => {
    expect(dates('On Labor Day, crowds marched; the store sold more before Christmas.')).toEqual(['Labor Day', 'Christmas']);
    expect(dates('They watched Halloween Ends during the Easter holidays at Easter Road.')).toEqual([]);
  });

  it('does not take the mayor or a marcher for a month', () => {
    expect(dates('The Mayor met Marchers and May Smith.')).toEqual([]);
    expect(dates('It opened in May.')).toEqual(['May']);
  });

  it('keeps only digit dates for other languages', () => {
    expect(dates('Am 12.03.2024 und am Montag', false)).toEqual(['12.03.2024']);
    expect(dates('2024年前三季度，15日发布', false)).toEqual(['2024年', '15日']);
  });

  it('every date and number names its sentence', () => {
    const f = extractKeyFacts('t', 'Nothing here. It cost $5 million on Monday.');
    expect(f.numbers).toEqual([{ text: '$5 million', sentence: 1 }]);
    expect(f.dates).toEqual([{ text: 'Monday', sentence: 1 }]);
  });
});

describe('what is no quantity, and ranges and scales of any size', () => {
  it('reads no year of an era, no hour of the day and no code with a leading zero', () => {
    expect(nums('The temple dates back to 3,150 BCE, the survey found.')).toEqual([]);
    expect(nums('Shortly after 7 in the morning the sirens sounded.')).toEqual([]);
    expect(nums('Three bits can hold eight codes (000, 001, 010) at once.')).toEqual([]);
  });

  it('keeps a measure in the morning or afternoon, and reads a long street name after an address', () => {
    expect(nums('The temperature reached 38C in the afternoon.')).toEqual(['38C']);
    expect(nums('Agents searched a garage behind 4417 Huntington Place on Monday.')).toEqual([]);
  });

  it('reads no age written without hyphens, and no base of a rate', () => {
    expect(nums('My 19 year old asked; adults 18 to 24 years old and a boy about 11 years old watch 3 hours a day.')).toEqual(['3 hours a day']);
    expect(nums('Four out of every 100 pupils and one in every 20 teachers were absent, 9 classes in all.')).toEqual(['9 classes']);
  });

  it('reads no telephone number that opens with a trunk zero', () => {
    expect(nums('Worried passengers should call 08000 312455 or 0800 555 0199; 40 lines are open.')).toEqual(['40 lines']);
  });

  it('keeps a list of numbers whose unit is written once, a bound before the unit, cents, feet and inches, bitcoin', () => {
    expect(nums('Ships may wait 15, 30 or 45 or more miles offshore.')).toEqual(['15, 30 or 45 or more miles']);
    expect(nums('Teams of 4, 6 and 8 players met in 2019, 2020 and 2021.')).toEqual(['4, 6 and 8 players']);
    expect(nums('Songs sold for 79¢ each; the suspect is 5’9” tall and paid 250 bitcoin.')).toEqual(['79¢', '5’9”', '250 bitcoin']);
  });

  it('takes a number after a name, before a word it seems to count, for part of the name', () => {
    expect(nums('Staff of the Precinct 7 police officers union met 12 city councillors.')).toEqual(['12 city councillors']);
  });

  it('reads "4 or 5 days" as one range and "quadrillion" as a scale', () => {
    expect(nums('The repairs will take 4 or 5 days.')).toEqual(['4 or 5 days']);
    expect(nums('The chip can store 2.6 quadrillion bits.')).toEqual(['2.6 quadrillion bits']);
  });
});
