// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { publisherAddress } from '../../../utils/import/amp-viewer';
import { webAddress } from '../../../utils/import/common';

const unwrap = (raw: string) => publisherAddress(new URL(raw)).href;

describe('publisherAddress: the article inside an AMP viewer’s address', () => {
  it.each([
    ['Google’s viewer, https', 'https://www.google.com/amp/s/www.gazette.example/2019/rivers/amp', 'https://www.gazette.example/2019/rivers/amp'],
    ['Google’s viewer, http, a query of the article', 'https://www.google.co.uk/amp/m.gazette.example/story?id=7', 'http://m.gazette.example/story?id=7'],
    ['the AMP cache', 'https://www-gazette-example.cdn.ampproject.org/c/s/www.gazette.example/2019/rivers.amp', 'https://www.gazette.example/2019/rivers.amp'],
    ['the AMP cache, a viewer path', 'https://gazette-example.cdn.ampproject.org/v/s/gazette.example/a?amp_js_v=0.1', 'https://gazette.example/a?amp_js_v=0.1'],
  ])('%s', (_, viewer, article) => {
    expect(unwrap(viewer)).toBe(article);
  });

  it.each([
    ['Google’s own pages', 'https://www.google.com/search?q=amp'],
    ['a Google path that holds no address', 'https://www.google.com/amp/about'],
    ['a site that only looks like Google', 'https://google.example.org/amp/s/www.gazette.example/a'],
    ['a publisher’s own /amp/ section', 'https://www.gazette.example/amp/s/rivers'],
  ])('leaves %s as it is', (_, address) => {
    expect(unwrap(address)).toBe(new URL(address).href);
  });

  it('is how an import keys the link, and names its site', () => {
    expect(webAddress('https://www.google.com/amp/s/www.gazette.example/2019/rivers/')).toEqual({
      url: 'https://www.gazette.example/2019/rivers/', key: 'https://www.gazette.example/2019/rivers', edition: '//gazette.example/2019/rivers', site: 'gazette.example',
    });
  });
});
