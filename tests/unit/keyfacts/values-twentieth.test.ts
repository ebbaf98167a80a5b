// Quotes and dates, twentieth round: each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { facts } from './read-facts';

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
