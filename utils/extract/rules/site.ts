// Which site an address belongs to, from the address alone (no list of public suffixes: a short
// second-level label such as "co" or "com" is taken for part of the suffix).

/** The labels of a host name that name its site: the last two, or three after a short second-level label ("bbc.co.uk", "globo.com.br"). */
function siteLabels(hostname: string): string[] {
  const labels = hostname.toLowerCase().split('.');
  return labels.slice(labels.length > 2 && labels.at(-2)!.length <= 3 ? -3 : -2);
}

/** The site a host belongs to: "news.example.co.uk" → "example.co.uk". */
export function siteOf(hostname: string): string {
  return siteLabels(hostname).join('.');
}

/** The name the site's owner goes by in its address ("ascom" of www.ascom.com), or null. */
export function publisherName(url: string): string | null {
  try {
    const name = siteLabels(new URL(url).hostname)[0];
    return name && /^[a-z][a-z0-9]{2,}$/.test(name) ? name : null;
  } catch {
    return null;
  }
}
