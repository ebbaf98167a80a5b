// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractKeyFacts, looksEnglish } from '@/utils/keyfacts';

describe('non-English text', () => {
  it('keeps numbers, digit dates and key sentences and leaves the rest out', () => {
    const f = extractKeyFacts(
      'Neues Förderprogramm',
      'Die Bundesregierung hat am 12.03.2024 ein neues Förderprogramm vorgestellt. Wirtschaftsminister Robert Habeck sagte in Berlin, das Paket umfasse 3,5 Milliarden Euro.\n\n' +
        '„Das ist viel zu wenig“, sagte der Sprecher der Union. Rund 27% der Unternehmen rechnen mit Einbußen.',
    );
    expect(f.english).toBe(false);
    expect(f.people).toEqual([]);
    expect(f.organizations).toEqual([]);
    expect(f.places).toEqual([]);
    expect(f.quotes).toEqual([]);
    expect(f.dates.map((d) => d.text)).toEqual(['12.03.2024']);
    expect(f.numbers.map((n) => n.text)).toEqual(['3,5 Milliarden Euro', '27%']);
    expect(f.keySentences.length).toBe(3);
  });

  it('handles Chinese text', () => {
    const f = extractKeyFacts('经济', '国家统计局15日发布数据显示，2024年前三季度国内生产总值同比增长4.8%。专家表示，经济运行总体平稳。\n\n其中，第三季度增长4.6%。');
    expect(f.sentences.length).toBe(3);
    expect(f.numbers.map((n) => n.text)).toEqual(['4.8%', '4.6%']);
    expect(f.dates.map((d) => d.text)).toEqual(['15日', '2024年']);
    expect(f.people).toEqual([]);
  });

  it('tells English from other languages', () => {
    expect(looksEnglish('The company said on Monday that it was going to expand in the region.')).toBe(true);
    expect(looksEnglish('Le gouvernement a annoncé mardi un plan pour soutenir l’industrie et les emplois.')).toBe(false);
  });

  it('returns empty facts for empty input', () => {
    const f = extractKeyFacts('', '');
    expect(f.sentences).toEqual([]);
    expect(f.keySentences).toEqual([]);
  });
});
