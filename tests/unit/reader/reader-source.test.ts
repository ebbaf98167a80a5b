import { describe, expect, it } from 'vitest';
import { readerSource } from '../../../utils/reader-source';

describe('readerSource', () => {
  it('reads a saved clipping, a handed-over article or a tab from the query', () => {
    expect(readerSource('?clip=12')).toEqual({ kind: 'clip', id: 12 });
    expect(readerSource('?article=0f8c2c1e-7d1a-4b7e-9f0e-2a4c5d6e7f80')).toEqual({ kind: 'article', key: '0f8c2c1e-7d1a-4b7e-9f0e-2a4c5d6e7f80' });
    expect(readerSource('?tabId=7')).toEqual({ kind: 'tab', tabId: 7 });
  });

  it('refuses malformed or missing values', () => {
    for (const search of ['', '?clip=0', '?clip=-3', '?clip=1.5', '?clip=abc', '?tabId=x', '?article=short', '?article=../../etc', `?article=${'a'.repeat(65)}`]) {
      expect(readerSource(search)).toBeNull();
    }
  });
});
