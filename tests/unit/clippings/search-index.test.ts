// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { containsPhrase, firstMatch, highlightSegments, indexWords, parseQuery, searchesForNothing, snippet, tokens } from '../../../utils/clippings/search-index';

describe('indexWords', () => {
  it('folds case and accents, drops one-letter words, keeps each word once', () => {
    expect(indexWords('Économie: the ECONOMY and a café, café!').sort()).toEqual(['and', 'cafe', 'economie', 'economy', 'the']);
  });
  it('indexes unspaced scripts as character pairs', () => {
    expect(indexWords('数字经济')).toEqual(['数字', '字经', '经济']);
  });
  it('covers several fields and skips nulls', () => {
    expect(indexWords('Title', null, 'body text', undefined).sort()).toEqual(['body', 'text', 'title']);
  });
});

describe('searchesForNothing', () => {
  it('is true of a finished search with no word the index holds, which lists the whole library', () => {
    for (const q of ['C++', 'C#', '$', '?!', 'a ', 'x y ']) expect(searchesForNothing(q), q).toBe(true);
  });
  it('is false while nothing is typed, while a word is being typed, and for any search with a word', () => {
    for (const q of ['', '  ', '"', 'c', 'ca', 'C++ code', '東', '"la gare"', 'node.js']) expect(searchesForNothing(q), q).toBe(false);
  });
});

describe('parseQuery', () => {
  it('treats the last word being typed as a prefix, the others as words', () => {
    expect(parseQuery('digital coop')).toEqual({ terms: ['digital'], prefix: 'coop', phrases: [] });
    expect(parseQuery('digital coop ')).toEqual({ terms: ['digital', 'coop'], prefix: null, phrases: [] });
  });
  it('keeps quoted phrases, whose words are also required', () => {
    expect(parseQuery('"Data centres" china')).toEqual({ terms: ['data', 'centres'], prefix: 'china', phrases: [['data', 'centres']] });
    expect(parseQuery('"unfinished phrase')).toEqual({ terms: ['unfinished', 'phrase'], prefix: null, phrases: [['unfinished', 'phrase']] });
  });
  it('does not range-scan very short prefixes', () => {
    expect(parseQuery('ai')).toEqual({ terms: ['ai'], prefix: null, phrases: [] });
  });
});

describe('phrases', () => {
  it('match only consecutive words, ignoring punctuation and case', () => {
    const text = tokens('China Mobile, with data — centres in Pakistan');
    expect(containsPhrase(text, ['data', 'centres'])).toBe(true);
    expect(containsPhrase(text, ['china', 'data'])).toBe(false);
  });
});

describe('highlightSegments', () => {
  it('marks whole matching words (accents folded) and prefix matches, keeping the text intact', () => {
    const q = parseQuery('cafe digi');
    const segments = highlightSegments('A Café for Digital <b>people</b>', q);
    expect(segments.map((s) => s.text).join('')).toBe('A Café for Digital <b>people</b>');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Café', 'Digital']);
  });
  it('returns the whole text unmarked for an empty query', () => {
    expect(highlightSegments('text', parseQuery(''))).toEqual([{ text: 'text', mark: false }]);
  });
});

describe('snippet', () => {
  it('shows the passage around the first match', () => {
    const text = `${'lorem ipsum '.repeat(60)}the needle is here ${'dolor sit '.repeat(60)}`;
    const s = snippet(text, parseQuery('needle '), 120);
    expect(s).toContain('needle');
    expect(s.startsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(125);
  });
  it('shows the passage of a quoted phrase, not the first of its words elsewhere', () => {
    const text = `Debt rose. ${'lorem ipsum '.repeat(40)}debt, and not equity; the fund's debt and equity stakes grew ${'dolor sit '.repeat(40)}`;
    const s = snippet(text, parseQuery('"debt and equity"'), 120);
    expect(s).toContain("the fund's debt and equity stakes");
    expect(s).not.toContain('Debt rose');
  });
  it('falls back to the first of the words where the text does not fold character for character', () => {
    const text = `Équité: debt rose. ${'lorem ipsum '.repeat(40)}debt and equity ${'dolor sit '.repeat(40)}`;
    expect(snippet(text, parseQuery('"debt and equity"'), 120)).toContain('debt rose');
  });
});

describe('firstMatch', () => {
  it('finds the first whole word, not the same letters inside an earlier word', () => {
    const text = 'An ungovernment-like body; the government met. Government again.';
    expect(firstMatch(text, parseQuery('government'))).toBe(text.indexOf('the government') + 4);
    expect(firstMatch(text, parseQuery('gover'))).toBe(text.indexOf('the government') + 4);
    expect(firstMatch(text, parseQuery('parliament'))).toBe(-1);
  });
  it('matches accents and case as the index folds them, at the place in the text as written', () => {
    const text = 'Ökonomie: L’Économie française, l’ECONOMIE';
    expect(firstMatch(text, parseQuery('economie'))).toBe(text.indexOf('Économie'));
    expect(firstMatch(text, parseQuery('okon'))).toBe(0);
  });
  it('finds a word written with a capital sigma before an apostrophe (lower-cased alone, it ends in ς)', () => {
    expect(firstMatch("Ο ΔΡΟΜΟΣ'Α", parseQuery('δρομος'))).toBe(2);
  });
  it('finds a pair of an unspaced script inside a longer run', () => {
    expect(firstMatch('今日は東京都の天気', parseQuery('東京 '))).toBe(0);
    expect(firstMatch('the weather: 今日は東京都', parseQuery('東京 '))).toBe(13);
  });
});
