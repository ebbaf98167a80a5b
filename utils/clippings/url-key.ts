// Query parameters that only track where a visit came from; they never change the article.
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|_ga|yclid|cmpid|ocid)$/i;

/** One key per article: lower-case host, no fragment, no tracking parameters, no trailing slash. */
export function normaliseUrl(raw: string): string {
  return keyOfText(raw, urlKey);
}

/** `key` of an address in text; text that is no address is only trimmed. */
export function keyOfText(raw: string, key: (url: URL) => string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.trim();
  }
  return key(url);
}

/** The key of an address already parsed (for callers that read more from it); drops its fragment and tracking parameters. */
export function urlKey(url: URL): string {
  url.hash = '';
  url.search = articleQuery(url.searchParams).toString();
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  return `${url.protocol}//${url.host.toLowerCase()}${path}${url.search}`;
}

/** Drops the query parameters that only track a visit, in place (an address's own `searchParams` too); the others keep their order and spelling. */
export function dropTracking(query: URLSearchParams): void {
  for (const name of [...query.keys()]) {
    if (TRACKING_PARAM.test(name)) query.delete(name);
  }
}

/** A copy of an address's query parameters without those that only track a visit, sorted by name. */
export function articleQuery(params: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams(params);
  dropTracking(query);
  query.sort();
  return query;
}
