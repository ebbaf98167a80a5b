// @vitest-environment node
// An organisation kept by a part of its name, made whole from how the article writes it (twenty-first round,
// s21-orgs, org-whole-names.ts): each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { orgs } from './read-facts';

describe('an organisation the article writes only glued to more of its name', () => {
  it('takes the capitalised words after a connector ("e", "of", "for") when every mention has them', () => {
    const text = [
      'Italy holds a stake in the operator through the state lender Fondo Rurale e Agricolo, which can block a sale.',
      'The bank said on Monday that Fondo Rurale e Agricolo would vote against the deal.',
    ].join(' ');
    expect(orgs(text)).toContain('Fondo Rurale e Agricolo');
    expect(orgs(text)).not.toContain('Fondo Rurale');
  });

  it('takes the capitalised words before a connector that open the name', () => {
    const text = 'Last year she gave $2 million to Keepers of Marrowind, a conservation charity that buys moorland in the north. The gift was the largest in its history, the charity said.';
    expect(orgs(text)).toContain('Keepers of Marrowind');
    expect(orgs(text)).not.toContain('Marrowind');
  });

  it('leaves a person of the body, an opening ordinary word, a place after the name and a price as they are', () => {
    const text = [
      'Professor Ana Lindqvist of Calder Polytechnic University said the results were clear.',
      'Shares of Globex Holdings rose 4% after the report, and Globex Holdings said it would hire.',
      'The turbines were made by Veltrax of Norway, and Veltrax of Norway will service them.',
    ].join(' ');
    const found = orgs(text);
    expect(found).toContain('Calder Polytechnic University');
    expect(found).toContain('Globex Holdings');
    expect(found).not.toContain('Shares of Globex Holdings');
    expect(found.some((o) => o.includes('of Norway'))).toBe(false);
  });

  it('keeps the kept name when the article also writes it alone', () => {
    const text = [
      'The fund was set up by the state lender Fondo Rurale e Agricolo last year.',
      'Fondo Rurale, as the lender is known, said it would vote against the deal.',
    ].join(' ');
    expect(orgs(text)).not.toContain('Fondo Rurale e Agricolo');
  });

  it('joins two kept organisations written only as one name with a slash (twenty-seventh round)', () => {
    const text = [
      'Home broadband grew by a fifth last year, according to the analysts Kestrel/NetVane.',
      'The report by Kestrel/NetVane found that most homes now stream television.',
    ].join(' ');
    expect(orgs(text)).toContain('Kestrel/NetVane');
    expect(orgs(text)).not.toContain('NetVane');
    expect(orgs(text)).not.toContain('Kestrel');
  });

  it('keeps apart the halves of a slash the article also writes alone, or whose other half is no organisation', () => {
    const text = [
      'A Dravex/Kestrel deal was signed on Monday, and Dravex said it was pleased with the terms. Dravex shares rose.',
      'Analysts at DataVane said the deal made sense, and DataVane raised its target. Photograph: Ana Ruiz/DataVane.',
    ].join(' ');
    const found = orgs(text);
    expect(found).toContain('Dravex');
    expect(found).toContain('DataVane');
    expect(found.some((o) => o.includes('/'))).toBe(false);
  });

  it('keeps apart the halves of a slash in a photo credit\'s line, and joins a name of two words before the slash', () => {
    const credit = 'Home broadband grew by a fifth last year, the regulator said on Monday. Most homes now stream television, the report found. Photograph: NetVane/Corvex Inc';
    expect(orgs(credit)).toEqual(expect.arrayContaining(['NetVane', 'Corvex Inc']));
    const prose = 'Home broadband grew by a fifth last year, the regulator said on Monday. Most homes now stream television, the report by Corvex Inc/NetVane found.';
    expect(orgs(prose)).toEqual(['Corvex Inc/NetVane']);
  });
});

describe('a kept name glued by "and" to a word of no body of its own (s27-orgs2)', () => {
  it('takes "and the" and the word after it when the article writes that word nowhere else', () => {
    const text =
      'The label has since signed bands including The Quills, Harbourline and Ember and the Tallowmen. They were the subject of a documentary last year, which was shown on Channel 4.';
    expect(orgs(text)).toContain('Ember and the Tallowmen');
    expect(orgs(text)).not.toContain('Ember');
  });

  it('leaves two bodies listed with "and" apart, and a word written alone elsewhere', () => {
    const listed = 'The deal was backed by the investors Quorra and Brindle, the company said. The two firms will hold 20% of the shares.';
    expect(orgs(listed)).toEqual(expect.arrayContaining(['Quorra', 'Brindle']));
    const alone =
      'The label has since signed bands including The Quills, Harbourline and Ember and the Tallowmen. They were the subject of a documentary last year. Tallowmen is a word the singer made up.';
    expect(orgs(alone)).not.toContain('Ember and the Tallowmen');
  });
});
