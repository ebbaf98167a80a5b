// Quotes and dates, twentieth round: each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { dates, facts } from './read-facts';

const quotes = (text: string) => facts(text).quotes.map(({ text, speaker }) => ({ text, speaker }));

describe('quotes: a long rest after an attribution that ends the sentence', () => {
  const rest =
    'We have rebuilt the sluice twice since the war, and every engineer who has walked the crest since then has told the council the same thing about the old stone and the new water.';

  it('keeps a long rest with its first half, whatever the apposition after the verb', () => {
    expect(quotes(`Ana Diaz runs the dam. "The dam will hold for now," Diaz said on Monday. "${rest}"`)).toEqual([
      { text: `The dam will hold for now … ${rest}`, speaker: 'Diaz' },
    ]);
    expect(quotes(`Ana Diaz runs the dam. "The dam will hold for now," said Ana M. Diaz, the chief engineer, at a briefing. "${rest}"`)).toHaveLength(1);
  });

  it('keeps a short rest, a first half that ends a sentence, and a rest after narration as quotes of their own', () => {
    expect(quotes('Ana Diaz runs the dam. "The dam will hold for now," Diaz said. "But not for long after the rains."')).toHaveLength(2);
    expect(quotes(`Ana Diaz runs the dam. "The dam will hold for now." Diaz said so on Monday. "${rest}"`)).toHaveLength(2);
    expect(quotes(`Ana Diaz runs the dam. "The dam will hold for now," Diaz said. The council met at noon. "${rest}"`)).toHaveLength(2);
  });
});

describe('dates: the forms a label writes', () => {
  it('keeps the preposition of "over the weekend", and reads a holiday\'s weekend', () => {
    expect(dates('The mill burned over the weekend, and the crews rested during the weekend.')).toEqual(['over the weekend', 'during the weekend']);
    expect(dates('Traffic peaks on Labor Day weekend and over the Thanksgiving holiday weekend.')).toEqual(['Labor Day weekend', 'Thanksgiving holiday weekend']);
  });

  it('reads "Yesterday" and "In May" opening a sentence', () => {
    expect(dates('Yesterday, the paper said so.')).toEqual(['Yesterday']);
    expect(dates('In May, the ferry stopped.')).toEqual(['May']);
  });

  it('keeps "over" and "some" before a time counted back', () => {
    expect(dates('The dam opened over a decade ago, the mill some 40 years ago.')).toEqual(['over a decade ago', 'some 40 years ago']);
  });

  it('reads the end of the month, the decade, the century', () => {
    expect(dates('Emissions fall by the end of the decade; bills arrive at the end of the month.')).toEqual(['the end of the decade', 'the end of the month']);
  });

  it('lists a date written twice once', () => {
    const text = 'Sales rose 4% from the same time last year. Rents fell 2% from the same time last year.';
    expect(facts(text).dates.map((d) => d.text)).toEqual(['last year']);
  });
});
