// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractKeyFacts } from '@/utils/keyfacts';
import { splitSentences } from '@/utils/keyfacts/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on sentence ends and keeps paragraphs apart', () => {
    const s = splitSentences('One two three. Four five six!\n\nSeven eight? Nine.');
    expect(s.map((x) => x.text)).toEqual(['One two three.', 'Four five six!', 'Seven eight?', 'Nine.']);
    expect(s.map((x) => x.para)).toEqual([0, 0, 1, 1]);
  });

  it('does not split after titles, initials, months or inside decimals', () => {
    expect(texts('Mr. Smith met Dr. Jones on Jan. 5 in the U.K. office. Patrick W. Carlineo paid $1.65 million.')).toEqual([
      'Mr. Smith met Dr. Jones on Jan. 5 in the U.K. office.',
      'Patrick W. Carlineo paid $1.65 million.',
    ]);
  });

  it('ends a sentence at "U.S." when a new sentence clearly starts', () => {
    expect(texts('He moved to the U.S. The company followed.')).toEqual(['He moved to the U.S.', 'The company followed.']);
  });

  it('keeps closing quotes with their sentence and does not split before a lowercase attribution', () => {
    expect(texts('"We are ready," she said. "Are you?" he asked. Then they left.')).toEqual([
      '"We are ready," she said.',
      '"Are you?" he asked.',
      'Then they left.',
    ]);
  });

  it('records offsets into the original text', () => {
    const text = 'First one.  Second one.\n\nThird.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('splits CJK text on full-width stops', () => {
    expect(texts('今天天气很好。我们去公园！')).toEqual(['今天天气很好。', '我们去公园！']);
  });

  it('drops soft hyphens and zero-width characters inside words, so that a name stays whole', () => {
    expect(texts('Presi\u00ADdent Vladi\u00ADmir Orlov\u200B met the press.')).toEqual(['President Vladimir Orlov met the press.']);
    expect(extractKeyFacts('', 'The talks were led by Vladi\u00ADmir Orlov, the foreign minister.').people.map((p) => p.name)).toEqual(['Vladimir Orlov']);
  });

  it('keeps a dateline with its agency in brackets with the sentence it opens', () => {
    expect(texts('SPRINGFIELD, Ill. (AP) — The council voted on Tuesday to close the bridge. Traffic will move north.')).toEqual([
      'SPRINGFIELD, Ill. (AP) — The council voted on Tuesday to close the bridge.',
      'Traffic will move north.',
    ]);
    expect(texts('DOVER, Del. (Reuters) - Two ferries collided.')).toEqual(['DOVER, Del. (Reuters) - Two ferries collided.']);
    // a bracket after a sentence's end with no dash is the next sentence's
    expect(texts('The talks ended. (The vote comes later.)')).toEqual(['The talks ended.', '(The vote comes later.)']);
  });

  it('splits a sentence glued to the next by a lost space, but not a web address, a decimal or an abbreviation', () => {
    expect(texts('Some calves were not as lucky.The survey shows a rise. Prices at Farmgate.com were $1.65 each.')).toEqual([
      'Some calves were not as lucky.',
      'The survey shows a rise.',
      'Prices at Farmgate.com were $1.65 each.',
    ]);
    expect(texts('It was approx.The figure held. He moved to the U.S.The end.')).toEqual(['It was approx.The figure held.', 'He moved to the U.S.The end.']);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});

describe('an abbreviation that closes a name (twenty-sixth round, s26-precision)', () => {
  it('ends a sentence before a word that opens sentences', () => {
    expect(texts('She ran sales at Pellow Brothers Inc. He joined later. The film was made by Harrow Bros. However, it flopped.')).toEqual([
      'She ran sales at Pellow Brothers Inc.',
      'He joined later.',
      'The film was made by Harrow Bros.',
      'However, it flopped.',
    ]);
  });

  it('does not end one before a name, nor after a title or a month', () => {
    expect(texts('Harrow Bros. Pictures paid Dr. He Wei on Jan. The fee was small.')).toEqual(['Harrow Bros. Pictures paid Dr. He Wei on Jan. The fee was small.']);
  });

  it('leaves no next sentence glued to an organisation or a role', () => {
    const f = extractKeyFacts('Studio results', '"We are pleased," said Dana Pell, head of distribution at Harrow Bros. However, the film took only $2m in its first weekend.');
    expect(f.organizations.map((o) => o.name)).toEqual(['Harrow Bros']);
    expect(f.people.map((p) => p.role)).toEqual(['head of distribution at Harrow Bros']);
  });
});

describe('long runs stay linear', () => {
  it('40,000 one-letter "sentences" (initials that never end a sentence) take well under a second', () => {
    const t0 = performance.now();
    const f = extractKeyFacts('', 'A. '.repeat(40_000));
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(f.sentences.length).toBe(1);
    expect(f.people).toEqual([]);
  });
});
