// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { editionKey, editionKeyOf, editionKeyOfUrl } from '../../../utils/clippings/edition-key';
import { normaliseUrl } from '../../../utils/clippings/url-key';

/** True when a page at `visited` and a link kept as `saved` have one edition-free key. */
const meet = (visited: string, saved: string) => editionKey(visited) === editionKey(saved);

describe('editionKey: the same article under the address another app kept', () => {
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
    ['a bare ?amp', 'https://gazette.example/2019/rivers', 'https://gazette.example/2019/rivers?amp'],
    ['?outputType=amp', 'https://gazette.example/2019/rivers', 'https://gazette.example/2019/rivers?outputType=amp'],
    ['trailing index.html', 'https://gazette.example/2019/rivers/', 'http://gazette.example/2019/rivers/index.html'],
    ['a site’s front page and its index.htm', 'https://gazette.example/', 'http://www.gazette.example/index.htm'],
    ['mobile AMP over http, tracking dropped', 'https://www.gazette.example/2019/rivers', 'http://m.gazette.example/2019/rivers/amp?utm_source=pocket'],
    ['the page is the AMP one', 'https://gazette.example/2019/rivers/amp', 'http://www.gazette.example/2019/rivers'],
    ['query parameters in another order, a fragment', 'https://gazette.example/story?b=2&a=1#top', 'http://m.gazette.example/story?a=1&b=2'],
  ])('%s', (_, visited, saved) => {
    expect(meet(visited, saved)).toBe(true);
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
    ['a host that is only the prefix and a top-level domain', 'https://m.me/rivers', 'https://me/rivers'],
    ['another port', 'https://gazette.example:8443/rivers', 'https://gazette.example/rivers'],
    ['path case', 'https://gazette.example/Rivers', 'https://gazette.example/rivers'],
  ])('never merges two articles: %s', (_, a, b) => {
    expect(meet(a, b)).toBe(false);
  });

  it('is the same for an address and its normalised key (the stored field is computed from the key)', () => {
    for (const raw of ['https://WWW.Gazette.example/2019/rivers/amp/?utm_source=x&id=3#c', 'http://127.0.0.1:8080/a/index.html', 'https://gazette.example/']) {
      expect(editionKey(normaliseUrl(raw))).toBe(editionKey(raw));
    }
  });

  it('has no scheme, edition or marker left, and keeps the port and the article’s query', () => {
    expect(editionKey('http://m.gazette.example:8080/2019/rivers.amp.html?outputType=amp&id=3&utm_medium=x')).toBe('//gazette.example:8080/2019/rivers.html?id=3');
  });

  it.each([
    ['an IP address', 'http://127.0.0.1:8080/share/rivers.html', 'https://127.0.0.1:8080/share/rivers.html'],
    ['localhost', 'http://localhost:3000/rivers/amp', 'https://localhost:3000/rivers'],
  ])('a host with no site name (%s): the scheme and the AMP page, the host as it is', (_, visited, saved) => {
    expect(meet(visited, saved)).toBe(true);
    expect(editionKey(visited).startsWith(`//${new URL(visited).host}/`)).toBe(true);
  });

  it('keeps the normalised key of what is no web page, and leaves a URL it is given as it was', () => {
    expect(editionKey('ftp://gazette.example/rivers/')).toBe('ftp://gazette.example/rivers');
    expect(editionKey(' not a url ')).toBe('not a url');
    const url = new URL('https://www.gazette.example/a/amp?utm_source=x#top');
    expect(editionKeyOfUrl(url)).toBe('//gazette.example/a');
    expect(url.href).toBe('https://www.gazette.example/a/amp?utm_source=x#top');
  });

  it('editionKeyOf: an article’s, none for a selection', () => {
    expect(editionKeyOf({ kind: 'article', key: 'http://m.gazette.example/rivers' })).toBe('//gazette.example/rivers');
    expect(editionKeyOf({ kind: 'selection', key: 'http://gazette.example/rivers#selection:The river rose.' })).toBeUndefined();
  });
});
