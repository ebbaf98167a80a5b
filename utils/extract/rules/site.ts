// Which site an address belongs to, from the address alone (no list of public suffixes: a short
// second-level label such as "co" or "com" under a country's code is taken for part of the suffix).

/**
 * The labels of a host name that name its site: the last two, or three after a short second-level label under a
 * country's code ("bbc.co.uk", "globo.com.br"); under a generic one a short label is the name ("www.vox.com", "www.ft.com").
 */
function siteLabels(hostname: string): string[] {
  const labels = hostname.toLowerCase().split('.');
  return labels.slice(labels.length > 2 && labels.at(-2)!.length <= 3 && labels.at(-1)!.length < 3 ? -3 : -2);
}

/** The site a host belongs to: "news.example.co.uk" → "example.co.uk". */
export function siteOf(hostname: string): string {
  return siteLabels(hostname).join('.');
}

/**
 * The name a host registers (its label before the public suffix): "prachatai" of prachatai.com, "ntv" of www.ntv.com.tr
 * (a two-letter country's "com", "co" or "org" is part of the suffix), "bbc" of news.bbc.co.uk.
 */
export function siteName(hostname: string): string {
  return siteLabels(hostname)[0]!;
}

/** The name the site's owner goes by in its address ("ascom" of www.ascom.com), or null. */
export function publisherName(url: string): string | null {
  const parsed = pageUrl(url);
  const name = parsed && siteName(parsed.hostname);
  return name && /^[a-z][a-z0-9]{2,}$/.test(name) ? name : null;
}

/** A link to an image file opens the picture (a gallery of the article), not another story. */
export const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)([?#]|$)/i;

/** An address (relative to `base`), or null when it does not parse. */
export function pageUrl(url: string, base?: string | URL): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

/** The link leads to another page of the same site (a story of the site's own), not to a picture. */
export function ownStory(a: Element, page: URL): boolean {
  const raw = a.getAttribute('href');
  const href = raw !== null && pageUrl(raw, page);
  return !!href && !(href.pathname === page.pathname && href.host === page.host) && /^https?:$/.test(href.protocol) && !IMAGE_FILE.test(href.pathname) && siteOf(href.hostname) === siteOf(page.hostname);
}
