// The other addresses one article goes by. Pocket and Instapaper kept the address the reader saved years ago:
// http://, a mobile or AMP page, a www. or not, a trailing index.html. A page visited today is looked up under
// those too. Every variant keeps the article's path and its other query parameters, so two articles
// (`?id=123`, `?p=45`, `/a` and `/b`) never become one.
import { urlKey } from './url-key';

/** Host prefixes of the same site's other editions; stripped only when a dotted host remains ("m.example.org", not "m.me"). */
const EDITION_HOST = /^(?:www|m|mobile|amp)\.(?=[^.]+\.)/i;
/** A host prefix that is itself the AMP edition: no AMP path marker is added to it. */
const AMP_HOST = 'amp.';
/** Query parameters that only ask for the AMP edition (`?amp`, `?amp=1`, `?outputType=amp`). */
const AMP_QUERY: ReadonlyArray<[string, string]> = [['amp', ''], ['amp', '1'], ['outputType', 'amp']];
const INDEX_FILE = /\/index\.html?$/i;
/** A host name with a top-level domain (its last label starts with a letter): not an IP address, not "localhost". */
const SITE_NAME = /\.[a-z][a-z0-9-]*$/i;

/** An article's address without its edition: scheme, host prefix, AMP marker and index file gone. */
interface ArticleCore {
  host: string;
  /** ":8080", or empty. */
  port: string;
  path: string;
  query: URLSearchParams;
}

/** The article's core, or null for an address that is no web page's. */
function articleCore(raw: string): ArticleCore | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const query = new URLSearchParams(url.search);
  for (const [name, value] of AMP_QUERY) if (query.get(name) === value) query.delete(name);
  const path = url.pathname
    .replace(/\/+$/, '')
    .replace(INDEX_FILE, '')
    .replace(/\/amp$/i, '')
    .replace(/\.amp(\.html?)?$/i, '$1')
    .replace(/^\/amp(?=\/)/i, '');
  return { host: url.hostname.replace(EDITION_HOST, ''), port: url.port ? `:${url.port}` : '', path: path || '/', query };
}

/** The core's path and query in each edition an article is published as (the plain one first). */
function editions(core: ArticleCore): Array<{ path: string; query: URLSearchParams }> {
  const { path, query } = core;
  const dir = path === '/' ? '' : path;
  const paths = [path, `${dir}/amp`, `/amp${path}`, `${dir}/index.html`];
  if (dir && !/\.html?$/i.test(dir)) paths.push(`${dir}.amp`);
  if (/\.html?$/i.test(dir)) paths.push(dir.replace(/(\.html?)$/i, '.amp$1'));
  const withQuery = AMP_QUERY.map(([name, value]) => {
    const q = new URLSearchParams(query);
    q.append(name, value);
    return { path, query: q };
  });
  return [...paths.map((p) => ({ path: p, query })), ...withQuery];
}

/**
 * The keys (as `normaliseUrl` makes them) under which the article at `raw` may have been saved: http and
 * https, the bare, www., m. and mobile. hosts, each with and without an AMP marker or index file, and the
 * amp. host. Empty for an address that is no web page's.
 */
export function addressVariants(raw: string): string[] {
  const core = articleCore(raw);
  if (!core) return [];
  const keys = new Set<string>();
  const add = (scheme: string, host: string, path: string, query: URLSearchParams) => {
    const search = query.toString();
    keys.add(urlKey(new URL(`${scheme}//${host}${core.port}${path}${search ? `?${search}` : ''}`)));
  };
  // Only a named site has editions: "m.localhost" would be another host, and "www.127.0.0.1" is no address at all
  // (URL throws on a host whose last label is a number).
  const site = SITE_NAME.test(core.host);
  for (const scheme of ['https:', 'http:']) {
    for (const prefix of site ? ['', 'www.', 'm.', 'mobile.'] : ['']) {
      for (const { path, query } of editions(core)) add(scheme, prefix + core.host, path, query);
    }
    if (site) add(scheme, AMP_HOST + core.host, core.path, core.query);
  }
  return [...keys];
}
