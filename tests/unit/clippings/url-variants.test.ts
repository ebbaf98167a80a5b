import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../../utils/clippings/url-key';
import { addressVariants } from '../../../utils/clippings/url-variants';

/** True when a page at `visited` is looked up under the key `saved` was stored with. */
const reaches = (visited: string, saved: string) => addressVariants(visited).includes(normaliseUrl(saved));

describe('addressVariants: the same article under the address another app kept', () => {
  it.each([
    ['http → https', 'https://gazette.example/2019/rivers', 'http://gazette.example/2019/rivers'],
    ['https → http, trailing slash', 'http://gazette.example/2019/rivers', 'https://gazette.example/2019/rivers/'],
    ['www. or not', 'https://gazette.example/2019/rivers', 'https://www.gazette.example/2019/rivers'],
    ['m. subdomain', 'https://www.gazette.example/2019/rivers', 'http://m.gazette.example/2019/rivers'],
    ['mobile. subdomain', 'https://gazette.example/2019/rivers', 'https://mobile.gazette.example/2019/rivers'],
    ['amp. subdomain', 'https://gazette.example/2019/rivers', 'https://amp.gazette.example/2019/rivers'],
    ['/amp/ at the end', 'https://gazette.example/2019/rivers', 'http://gazette.example/2019/rivers/amp/'],
    ['/amp/ in front', 'https://gazette.example/2019/rivers', 'https://gazette.example/amp/2019/rivers'],
    ['.amp suffix', 'https://gazette.example/news/world-123', 'https://gazette.example/news/world-123.amp'],
    ['.amp.html', 'https://gazette.example/2019/rivers.html', 'https://gazette.example/2019/rivers.amp.html'],
    ['?amp=1 beside the article’s own ?id', 'https://gazette.example/story?id=7', 'https://gazette.example/story?amp=1&id=7'],
    ['?outputType=amp', 'https://gazette.example/2019/rivers', 'https://gazette.example/2019/rivers?outputType=amp'],
    ['trailing index.html', 'https://gazette.example/2019/rivers/', 'http://gazette.example/2019/rivers/index.html'],
    ['mobile AMP over http, tracking dropped', 'https://www.gazette.example/2019/rivers', 'http://m.gazette.example/2019/rivers/amp?utm_source=pocket'],
    ['the page is the AMP one', 'https://gazette.example/2019/rivers/amp', 'http://www.gazette.example/2019/rivers'],
  ])('%s', (_, visited, saved) => {
    expect(reaches(visited, saved)).toBe(true);
    expect(reaches(saved, visited)).toBe(true);
  });

  it.each([
    ['another ?p', 'https://blog.example/?p=45', 'https://blog.example/?p=46'],
    ['no ?p', 'https://blog.example/?p=45', 'https://blog.example/'],
    ['another ?id', 'https://gazette.example/item?id=123', 'http://m.gazette.example/item?id=124'],
    ['an amp value that selects something', 'https://shop.example/fuse?amp=5', 'https://shop.example/fuse'],
    ['another path', 'https://gazette.example/2019/rivers', 'https://gazette.example/2019/lakes'],
    ['a word that starts with amp', 'https://gazette.example/amp-guide', 'https://gazette.example/guide'],
    ['a word that ends with amp', 'https://gazette.example/summer/camp', 'https://gazette.example/summer/c'],
    ['another subdomain', 'https://blog.gazette.example/rivers', 'https://gazette.example/rivers'],
    ['a one-label host', 'https://m.localhost/rivers', 'https://localhost/rivers'],
    ['another port', 'https://gazette.example:8443/rivers', 'https://gazette.example/rivers'],
  ])('never merges two articles: %s', (_, a, b) => {
    expect(reaches(a, b)).toBe(false);
    expect(reaches(b, a)).toBe(false);
  });

  it('holds the page’s own key, and every variant leads back to it', () => {
    const page = 'https://www.gazette.example/2019/rivers?id=3';
    const variants = addressVariants(page);
    expect(variants).toContain(normaliseUrl(page));
    for (const variant of variants) {
      expect(variant).toContain('id=3');
      expect(addressVariants(variant)).toContain(normaliseUrl(page));
    }
  });

  it.each([
    ['an IP address', 'http://127.0.0.1:8080/share/rivers.html', 'https://127.0.0.1:8080/share/rivers.html'],
    ['localhost', 'http://localhost:3000/rivers/amp', 'https://localhost:3000/rivers'],
  ])('a host with no site name (%s): the scheme and the AMP page, no host editions', (_, visited, saved) => {
    expect(reaches(visited, saved)).toBe(true);
    expect(addressVariants(visited).every((key) => new URL(key).hostname === new URL(visited).hostname)).toBe(true);
  });

  it('has none for what is no web page', () => {
    expect(addressVariants('ftp://gazette.example/rivers')).toEqual([]);
    expect(addressVariants('not a url')).toEqual([]);
  });
});
