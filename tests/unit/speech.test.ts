// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { utterancesOf } from '../../utils/speech';

describe('utterancesOf', () => {
  it('reads sentence by sentence across paragraphs', () => {
    const utterances = utterancesOf('First one. Mr. Smith said so.\n\nA new paragraph here.');
    expect(utterances.map((u) => u.text)).toEqual(['First one.', 'Mr. Smith said so.', 'A new paragraph here.']);
  });

  it('splits a long sentence at pauses, each part pointing to its sentence', () => {
    const long = `${'word '.repeat(30).trim()}, ${'more '.repeat(30).trim()}, ${'end '.repeat(20).trim()}.`;
    const utterances = utterancesOf(long);
    expect(utterances.length).toBeGreaterThan(1);
    expect(utterances.every((u) => u.text.length <= 440 && u.sentence === long)).toBe(true);
    expect(utterances.map((u) => u.text).join(' ')).toBe(long);
  });

  it('ends sentences at the Urdu full stop and the Arabic question mark', () => {
    const utterances = utterancesOf('وفد نے دورہ کیا۔ وفد نے وزیر سے ملاقات کی۔\n\nهل هذا سؤال؟ نعم.');
    expect(utterances.map((u) => u.text)).toEqual(['وفد نے دورہ کیا۔', 'وفد نے وزیر سے ملاقات کی۔', 'هل هذا سؤال؟', 'نعم.']);
    expect(utterances.every((u) => u.sentence === u.text)).toBe(true);
  });
});
