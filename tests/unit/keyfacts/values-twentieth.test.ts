// @vitest-environment node
// Dates, twentieth round: each rule on an invented sentence.
import { describe, expect, it } from 'vitest';
import { dates, facts } from './read-facts';

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
