// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { webAddress } from '../../../utils/import/common';

describe('webAddress: the link an import keeps', () => {
  it('drops the parameters that only track a visit (an export tags its links), keeping the others in their order and spelling', () => {
    expect(webAddress('https://news.example/2020/tides?utm_source=pocket_mylist')!.url).toBe('https://news.example/2020/tides');
    expect(webAddress('https://news.example/story?page=2&utm_medium=email&q=a%20b&fbclid=x1')!.url).toBe('https://news.example/story?page=2&q=a+b');
    // untouched when nothing tracks, whatever its spelling
    expect(webAddress('https://news.example/story?q=a%20b&id=7#part-2')!.url).toBe('https://news.example/story?q=a%20b&id=7#part-2');
  });

  it('keys a tagged and an untagged link alike, so they are one clipping', () => {
    const tagged = webAddress('https://news.example/2020/tides/?utm_source=pocket_mylist&utm_campaign=x')!;
    const plain = webAddress('https://news.example/2020/tides/')!;
    expect([tagged.key, tagged.edition]).toEqual([plain.key, plain.edition]);
  });
});
