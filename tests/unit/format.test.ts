import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, hostOf } from '../../utils/format';

describe('format', () => {
  it('writes sizes with one decimal below 100 of a unit and none above', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(150 * 1024 * 1024)).toBe('150 MB');
  });

  it('names a page by its host without www, and keeps text that is no URL as it is', () => {
    expect(hostOf('https://www.news.example/a?b')).toBe('news.example');
    expect(hostOf('not a url')).toBe('not a url');
  });

  it('gives no date for none or one that does not parse', () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate('someday')).toBeNull();
    expect(formatDate('2024-03-12T10:00:00Z')).toMatch(/2024/);
  });
});
