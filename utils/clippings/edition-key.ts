// One key per story, whatever edition of it an address names. Pocket and Instapaper kept the address the reader
// saved years ago: http://, a mobile or AMP page, a www. or not, a trailing index.html. The edition-free key drops
// exactly those differences, so a page visited today and the link kept then meet in one index look-up (the
// clippings' `editionKey` index, schema v5), and an import's twins meet as one. It keeps the path, the port and
// every other query parameter, so two articles (`?id=123`, `?p=45`, `/a` and `/b`) never share a key.
import type { Clipping } from './types';
import { articleQuery, keyOfText, urlKey } from './url-key';

/** Host prefixes of the same site's other editions; stripped only when a dotted host remains ("m.example.org", not "m.me"). */
const EDITION_HOST = /^(?:www|m|mobile|amp)\.(?=[^.]+\.)/i;
/** A host name with a top-level domain (its last label starts with a letter): not an IP address, not "localhost". */
const SITE_NAME = /\.[a-z][a-z0-9-]*$/i;
/** Query parameters that only ask for the AMP edition (`?amp`, `?amp=1`, `?outputType=amp`). */
const AMP_QUERY: ReadonlyArray<readonly [string, string]> = [['amp', ''], ['amp', '1'], ['outputType', 'amp']];
const INDEX_FILE = /\/index\.html?$/i;

/**
 * The edition-free key of a web address: `//host[:port]/path?query` with no scheme, no www./m./mobile./amp. host
 * prefix (on a named site only), no AMP marker (`/amp` at either end of the path, `.amp`, `.amp.html`, `?amp`,
 * `?amp=1`, `?outputType=amp`), no trailing index.html, and what the normalised key drops (fragment, tracking
 * parameters, trailing slash; parameters sorted). An address that is no web page's keeps its normalised key.
 * `url` is not changed.
 */
export function editionKeyOfUrl(url: URL): string {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return urlKey(new URL(url.href));
  const query = articleQuery(url.searchParams);
  for (const [name, value] of AMP_QUERY) if (query.get(name) === value) query.delete(name);
  const path = url.pathname
    .replace(/\/+$/, '')
    .replace(INDEX_FILE, '')
    .replace(/\/amp$/i, '')
    .replace(/\.amp(\.html?)?$/i, '$1')
    .replace(/^\/amp(?=\/)/i, '');
  const host = SITE_NAME.test(url.hostname) ? url.hostname.replace(EDITION_HOST, '') : url.hostname;
  const search = query.toString();
  return `//${host}${url.port ? `:${url.port}` : ''}${path || '/'}${search ? `?${search}` : ''}`;
}

/** `editionKeyOfUrl` of an address in text; text that is no address is only trimmed (as `normaliseUrl` does). */
export function editionKey(raw: string): string {
  return keyOfText(raw, editionKeyOfUrl);
}

/**
 * The value of a stored clipping's `editionKey` field: its key's edition-free key for an article; none for a
 * selection (its key names a passage, which no page visit fills in), so selections are not in that index.
 */
export function editionKeyOf(clipping: Pick<Clipping, 'kind' | 'key'>): string | undefined {
  return clipping.kind === 'article' ? editionKey(clipping.key) : undefined;
}
