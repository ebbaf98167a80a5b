// @vitest-environment node
// Thirtieth round (s30-places), on invented sentences: places of several words from compromise's lexicon ("the East
// End", an ocean); a place a known place owns ("Madrid's Financial District") stands alone; a capital inside a sentence
// is a name's ("an All Ireland club spokesman": the place is inside a longer name); a compass word alone before "and"
// and a compass word with a name shares that name ("in North and Northeast Portland"); a name read as a person by its
// shape, written after "in the" and closing its clause, is a place ("the price fell in the Far East.").
import { describe, expect, it } from 'vitest';
import { peopleFound, placesFound } from './read-facts';

describe('places of several words from compromise\'s lexicon', () => {
  it('takes a district and an ocean that no cue marks', () => {
    const text = 'Rents across the East End rose by a tenth last year. Storms over the Indian Ocean delayed two cargo ships.';
    const found = placesFound(text);
    expect(found).toContain('East End');
    expect(found).toContain('Indian Ocean');
  });
});

describe('a place owned by a known place', () => {
  it('takes the place after a known place\'s possessive', () => {
    expect(placesFound('She opened a cafe in Madrid\'s Financial District last spring, a year after she left the bank.')).toContain('Financial District');
  });

  it('leaves a country after another place\'s possessive: a company named so', () => {
    expect(placesFound('Steel prices rose in Tokyo after Japan\'s Nippon agreed to pay more for ore.')).not.toContain('Nippon');
  });

  it('leaves a place inside a name a person or a body owns', () => {
    expect(placesFound('The head of Tarvel Wright\'s Lima Studios was honoured on Friday for services to design.')).not.toContain('Lima');
  });
});

describe('a capital inside a sentence', () => {
  it('keeps a place inside a name whose first word opens sentences elsewhere', () => {
    const text =
      'Reacting to a comment by All Ireland Club chairman Tom Reyes, the player said it was insulting. An All Ireland ' +
      'club spokesperson denied Reyes made the remark.';
    expect(placesFound(text)).not.toContain('Ireland');
  });

  it('keeps a place inside a name whose first word is a greeting\'s', () => {
    const text = 'The report, carried out by consultants Ferro Partners and HI Asia, placed the firm third of twelve.';
    expect(placesFound(text)).not.toContain('Asia');
  });

  it('leaves a place after an opener at a sentence\'s start or after a quotation mark', () => {
    const found = placesFound('All Ireland went to the polls on Friday. He said: "In Kenya the rains came late."');
    expect(found).toContain('Ireland');
    expect(found).toContain('Kenya');
  });
});

describe('a compass word that shares the name after "and"', () => {
  it('takes no place from the first of two compass words that name one place', () => {
    const text = 'Two members voted against the plan, saying it fell hardest on homes in North and Northeast Kelverton. Rice is grown across South and Southeast Asia.';
    const found = placesFound(text);
    expect(found).not.toContain('North');
    expect(found).not.toContain('South');
    expect(found).toContain('Southeast Asia');
  });
});

describe('a name read as a person written after "in the" and closing its clause', () => {
  it('moves it to the places', () => {
    const text = 'Trading was halted in London for a holiday, but the price fell to $39 in the Far East. Analysts expect more falls.';
    expect(placesFound(text)).toContain('Far East');
    expect(peopleFound(text)).not.toContain('Far East');
  });

  it('leaves a person after "in the" where a noun follows the name', () => {
    expect(peopleFound('He starred in the Adam West series of the 1960s, his agent said on Friday.')).toContain('Adam West');
  });
});
