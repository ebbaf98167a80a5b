// @vitest-environment node
/** Which paragraphs are running prose (invented pages): facts are read only from prose. */
import { describe, expect, it } from 'vitest';
import { proseParagraphs } from '@/utils/keyfacts/prose';
import { facts } from './read-facts';

describe('which paragraphs are prose', () => {
  it('takes the rows of a tracker widget, a score table and a ticker, written one per paragraph, for data', () => {
    expect(proseParagraphs(['Riverton4120', '18,305 1220Cases', 'Halden 16 12 38', 'KVX 212.40 +1.3%', 'Mar 3, 2027'])).toEqual([false, false, false, false, false]);
  });

  it('takes a run of short lines without a sentence end, a third of them figures, for a table: its names too', () => {
    expect(proseParagraphs(['District', 'Cases', 'Ashford', '4,120', 'Brill Vale', '1,220', 'Kelby', '310', 'The council met on Monday.'])).toEqual([false, false, false, false, false, false, false, false, true]);
    expect(proseParagraphs(['District', 'Cases', 'Ashford', 'Brill Vale', 'Kelby', '310'])).toEqual([true, true, true, true, true, false]);
  });

  it('keeps a ranked list as prose: an index is no figure', () => {
    expect(proseParagraphs(['1. Finland', '2. Norway', '3. Iceland', '4. Denmark'])).toEqual([true, true, true, true]);
  });

  it('keeps short sentences, one-line facts, headings and subheads with running words as prose', () => {
    expect(proseParagraphs(['“It hurts.”', 'The plant employs 4,300 people.', 'The verdict', 'Deaths rise to 143 in the valley', 'Er wurde 1980 in Köln geboren'])).toEqual([true, true, true, true, true]);
  });

  it('keeps three short lines in a row as prose: headings and labels follow one another, a table runs longer', () => {
    expect(proseParagraphs(['Rating', 'Unproven', 'Origin', 'The claim spread online in May.'])).toEqual([true, true, true, true]);
  });

  it('reads the words of a script without case as running words', () => {
    expect(proseParagraphs(['پیٹرول کی قیمت 272 روپے'])).toEqual([true]);
  });
});

describe('facts only from prose', () => {
  const page = [
    'Health officials in Dunmore said on Tuesday that 412 new cases were recorded, up 8% from a week earlier.',
    'Active cases',
    'Riverton4120',
    'Ashford Vale 18,305',
    'Kelby 1220',
    'Stalls : 45,000₩',
    'Mar 3, 2027',
    'Dr. Lena Whitcombe, the county health officer, urged people to get tested.',
  ].join('\n\n');

  it('leaves out the names, dates and bare counts of data paragraphs, and keeps what means something on its own', () => {
    const f = facts(page);
    expect(f.numbers.map((n) => n.text)).toEqual(['412 new cases', '8%', '45,000₩']);
    expect(f.dates.map((d) => d.text)).toEqual(['Tuesday', 'a week earlier']);
    expect(f.places.map((p) => p.text)).toEqual(['Dunmore']);
    expect(f.people.map((p) => p.name)).toEqual(['Lena Whitcombe']);
  });

  it('picks no key sentence from a data paragraph', () => {
    const f = facts(page);
    expect(f.keySentences.every((k) => !/Riverton|Ashford|Kelby|Stalls/.test(k.text))).toBe(true);
  });
});

describe('lines that point to another story', () => {
  it('reads no fact from a pointer line or a bracketed pointer sentence, and keeps the story around it', () => {
    const f = facts(
      [
        'Flood waters forced 320 families from their homes in Dunmore on Tuesday, officials said.',
        'Related: Mayor Ana Whitcombe says "we will rebuild" after 40 homes burn in Kelby',
        'The river rose 3 metres overnight. (See the 12 Best Photos of the Flood.)',
        'PHOTOS: 25 Years of Storms on the Coast',
      ].join('\n\n'),
    );
    expect(f.numbers.map((n) => n.text)).toEqual(['320 families', '3 metres']);
    expect(f.quotes).toEqual([]);
    expect(f.people).toEqual([]);
    expect(f.places.map((p) => p.text)).toEqual(['Dunmore']);
  });

  it('keeps a paragraph that only opens with "More" or "See" as prose', () => {
    expect(proseParagraphs(['More than 90 people spoke at the meeting.', 'See you next week, readers!', 'Related Stories'])).toEqual([true, true, true]);
    expect(proseParagraphs(['More: Twelve towns lose power', 'SEE ALSO: How to keep a garden', '(See the pictures of the week.)'])).toEqual([false, false, false]);
  });
});
