// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../../utils/clippings/url-key';

describe('normaliseUrl', () => {
  it.each([
    ['https://News.Example.com/a/b/?utm_source=tw&id=3#comments', 'https://news.example.com/a/b?id=3'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com/x?b=2&a=1&fbclid=z', 'https://example.com/x?a=1&b=2'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it('leaves what is not a URL as it is', () => {
    expect(normaliseUrl(' not a url ')).toBe('not a url');
  });
});
