// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../utils/reading-time';

describe('countWords', () => {
  it('counts words with apostrophes, hyphens and digits once', () => {
    expect(countWords("It's a China-Pakistan deal worth $1.2 billion.")).toBe(8);
  });
  it('counts right-to-left scripts', () => {
    expect(countWords('پاکستان اور چین نے ڈیجیٹل تعاون')).toBe(6);
  });
  it('counts unspaced scripts by characters', () => {
    expect(countWords('中国和巴基斯坦加强数字合作')).toBe(7);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute for any text and zero for none', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});
