// @vitest-environment node
// Quotes and numbers, twenty-second round: each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { facts, nums } from './read-facts';

const quotes = (text: string) => facts(text).quotes.map(({ text, speaker }) => ({ text: text.slice(0, 24), speaker }));

describe('quotes: a quote paragraph run into the next with no closing mark', () => {
  it('reads a mark with a space before and a word after as a new opening, not the close of the quote before', () => {
    const text =
      'The ferry operator Ana Diaz spoke on Monday. Diaz said: "The crossing will reopen in spring after the repairs. "We have checked every hull twice this winter." ' +
      'The company also reported a loss for the year. "Passengers will see new boats by the summer," Diaz added.';
    expect(quotes(text)).toEqual([
      { text: 'The crossing will reopen', speaker: 'Diaz' },
      { text: 'We have checked every hu', speaker: 'Diaz' },
      { text: 'Passengers will see new ', speaker: 'Diaz' },
    ]);
  });

  it('does so for curly marks too', () => {
    const text =
      'The ferry operator Ana Diaz spoke on Monday. Diaz said: “The crossing will reopen in spring after the repairs. “We have checked every hull twice this winter.” ' +
      'The company also reported a loss for the year. “Passengers will see new boats by the summer,” Diaz added.';
    expect(quotes(text).map((q) => q.text)).toEqual(['The crossing will reopen', 'We have checked every hu', 'Passengers will see new ']);
  });

  it('still closes a quote at a mark that ends it', () => {
    expect(quotes('Ana Diaz runs the ferry. "The crossing will reopen in the spring," Diaz said. "Wait and see."').map((q) => q.text)).toEqual([
      'The crossing will reopen',
      'Wait and see.',
    ]);
    expect(quotes('Ana Diaz runs the ferry. She called the plan "a very bad joke for the islands" on Monday.').map((q) => q.text)).toEqual(['a very bad joke for the ']);
  });
});

describe('quotes: a phrase quoted inside a sentence about a person', () => {
  it('is the words of the person who opens the sentence, whatever the verb', () => {
    expect(quotes('Ana Diaz chairs the ferry board. Diaz accused the council of "sitting on its hands" all winter.')).toEqual([
      { text: 'sitting on its hands', speaker: 'Diaz' },
    ]);
    expect(quotes('Ana Diaz chairs the ferry board. She blamed the storms for "a winter of broken promises" at the port.')).toEqual([
      { text: 'a winter of broken promi', speaker: 'Diaz' },
    ]);
  });

  it('leaves a title in capitals, and a phrase after a body or a thing, unattributed', () => {
    expect(quotes('Ana Diaz chairs the ferry board. Diaz starred in "The Last Boat Home" last year.')).toEqual([]);
    expect(quotes('Ana Diaz chairs the ferry board. The council called it "a matter for the courts" on Monday.').map((q) => q.speaker)).not.toContain('Diaz');
  });
});

describe('numbers: scores, units and rounds', () => {
  it('reads the sets of one match written with spaces as one score, as with commas', () => {
    expect(nums('Okafor won 6-3 7-5 over Lindqvist, then came through 6-7 (4-7) 6-4 7-6 against Brandt.')).toEqual(['6-3 7-5', '6-7 (4-7) 6-4 7-6']);
    expect(nums('Okafor won 6-3, 7-5 over Lindqvist.')).toEqual(['6-3, 7-5']);
  });

  it('keeps pence with the amount, as cents', () => {
    expect(nums('Shares in the miller fell 4 pence, or 2%, to 212 pence.')).toEqual(['4 pence', '2%', '212 pence']);
  });

  it('reads a time of minutes and decimal seconds as one', () => {
    expect(nums('The skater finished in 2 minutes 41.07 seconds, a record.')).toEqual(['2 minutes 41.07 seconds']);
  });

  it('keeps an acronym in the plural as what a number counts', () => {
    expect(nums('The average home owns 4.1 DVDs and 2 PCs.')).toEqual(['4.1 DVDs', '2 PCs']);
  });

  it('reads no count in a round of a competition ("the last 16")', () => {
    expect(nums('The winner goes through to the last 16, where the prize is £40,000.')).toEqual(['£40,000']);
    expect(nums('The yard sold the last 16 boats it built.')).toEqual(['16 boats']);
  });
});

describe('numbers: currencies written before the amount', () => {
  it('reads the dollar before its country, the cedi and ISO codes', () => {
    expect(nums('The ore price was cut to $US75 a tonne, and the fund raised $A1.2 billion.')).toEqual(['$US75 a tonne', '$A1.2 billion']);
    expect(nums('The court fined each of them GH¢120,000.')).toEqual(['GH¢120,000']);
    expect(nums('A ticket costs SEK 300, or NOK 310.')).toEqual(['SEK 300', 'NOK 310']);
  });
});
