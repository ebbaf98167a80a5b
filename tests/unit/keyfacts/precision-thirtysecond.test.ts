// @vitest-environment node
// The thirty-second round's precision rules (s32-precision), each on an invented text: a body's name the passes kept
// in two parts glued by a lower-case connector, or cut after an opening word and a connector, made whole.
import { describe, expect, it } from 'vitest';
import { orgsFound, peopleFound } from './read-facts';

describe('two kept organisations the article writes only as one name', () => {
  it('joins them over "of the", "on" and "in", also before a possessive', () => {
    const text = [
      'Charities including Keepers of the Moor, the Hill Farming Trust and Fight on Hunger said the plan would fail.',
      "Fight on Hunger's Ana Lindqvist said the money was too little and came too late.",
    ].join(' ');
    const found = orgsFound(text);
    expect(found).toContain('Keepers of the Moor');
    expect(found).toContain('Fight on Hunger');
    for (const part of ['Keepers', 'Moor', 'Fight', 'Hunger']) expect(found).not.toContain(part);
  });

  it('keeps a side and its competition apart after "in the", and a name apart from the day after "on"', () => {
    const text = [
      'The coach blamed tired legs after a midweek trip, where his side drew 2-2 with Hollin Athletic in the Tarn League.',
      'Officials of the Calder League met Hollin Rovers on Monday. The Calder League said Hollin Rovers had paid.',
    ].join(' ');
    const found = orgsFound(text);
    expect(found.some((o) => o.includes(' in the '))).toBe(false);
    expect(found.some((o) => o.includes(' on '))).toBe(false);
  });
});

describe('a body whose name opens with a word and "for" or "in"', () => {
  it('takes the opening word when a mention writes it inside a sentence', () => {
    const text = [
      'Ana Lindqvist, of Campaign for Valley Rail, said reopening the line would bring trade back to the towns.',
      '"Campaign for Valley Rail is the largest lobby group in the region," she said.',
      'The study was published by the Efficiency in Public Works Unit last week.',
    ].join(' ');
    const found = orgsFound(text);
    expect(found).toContain('Campaign for Valley Rail');
    expect(found).toContain('Efficiency in Public Works Unit');
    expect(found).not.toContain('Valley Rail');
    expect(found).not.toContain('Public Works Unit');
  });

  it('leaves an ordinary word that only opens its sentence out of the name', () => {
    const text = 'Shares in Globex Holdings rose 4% on Monday. Analysts said Globex Holdings had done well.';
    expect(orgsFound(text)).not.toContain('Shares in Globex Holdings');
  });
});

describe('a name in the plural that is a kept organisation\'s form', () => {
  it('is no person: the plural of a kept name, or a plural that shortens each word of one', () => {
    const text = [
      'Greens and Lab Reforms welcomed the report on Monday and called for a smaller cabinet.',
      'The Lab Reform leader, Ana Lindqvist, said the plan did not go far enough.',
      'Nat Progs unveil their manifesto. The National Progressives are trying to win back voters in the towns.',
      'The National Progressives said the manifesto would be costed in full.',
    ].join(' ');
    const people = peopleFound(text);
    expect(people).not.toContain('Lab Reforms');
    expect(people).not.toContain('Nat Progs');
    expect(people).toContain('Ana Lindqvist');
  });

  it('keeps a person whose surname ends in "s" beside a body whose name it does not shorten word for word', () => {
    const text = 'Tom Williams, a teacher, spoke for the Williamson Trust on Monday. Tom Williams said the trust would help.';
    expect(peopleFound(text)).toContain('Tom Williams');
  });
});
