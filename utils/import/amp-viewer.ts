// Pocket and Instapaper often kept a Google AMP viewer's address (google.com/amp/s/…, …cdn.ampproject.org/c/s/…)
// rather than the publisher's: the article is the address inside it, which a visit to the page can match.

const GOOGLE_HOST = /^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$/i;
const AMP_CACHE_HOST = /\.cdn\.ampproject\.org$/i;
/** The publisher's address in the viewer's path: "s/" when it is served over https. */
const GOOGLE_PATH = /^\/amp\/(s\/)?([^/]+\.[^/]+(?:\/.*)?)$/i;
const AMP_CACHE_PATH = /^\/(?:c|v|i|r|wp)\/(s\/)?([^/]+\.[^/]+(?:\/.*)?)$/i;

/** The publisher's address a Google AMP viewer or AMP cache address shows, else the address itself. */
export function publisherAddress(url: URL): URL {
  const path = GOOGLE_HOST.test(url.hostname) ? GOOGLE_PATH : AMP_CACHE_HOST.test(url.hostname) ? AMP_CACHE_PATH : null;
  const match = path?.exec(url.pathname);
  if (!match) return url;
  try {
    return new URL(`${match[1] ? 'https' : 'http'}://${match[2]}${url.search}${url.hash}`);
  } catch {
    return url;
  }
}
