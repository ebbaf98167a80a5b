// @vitest-environment node
// Which site an address belongs to, read from the address alone: a short label is part of the suffix only under a
// country's code ("co.uk"); under a generic one it is the site's name (a three-letter newsroom's "www.pbn.com").
import { describe, expect, it } from 'vitest';
import { publisherName, siteOf } from '../../../utils/extract/rules/site';

describe('siteOf', () => {
  it('takes a short second-level label under a country code for part of the suffix', () => {
    expect(siteOf('news.harbour.co.uk')).toBe('harbour.co.uk');
    expect(siteOf('www.porto.com.br')).toBe('porto.com.br');
  });

  it('names the site by a short label under a generic top-level domain, so its subdomains are one site', () => {
    expect(siteOf('www.pbn.com')).toBe('pbn.com');
    expect(siteOf('edition.pbn.com')).toBe(siteOf('www.pbn.com'));
    expect(siteOf('www.rx.org')).toBe('rx.org');
    expect(siteOf('blog.harbourline.example')).toBe('harbourline.example');
  });
});

describe('publisherName', () => {
  it("is a three-letter site's name, not its www", () => {
    expect(publisherName('https://www.pbn.com/2020/07/31/quay')).toBe('pbn');
    expect(publisherName('https://www.harbour.co.uk/news/quay')).toBe('harbour');
  });
});
