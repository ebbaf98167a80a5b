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
