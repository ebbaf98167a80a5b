/** The attribute on a link whose text is its own address (entrypoints/reader/reader.css prints no address after it). */
const ADDRESS_LINK_ATTR = 'data-cr-address';

/** An address as a reader reads it: no web or mail scheme, no "www.", no closing slash, no escapes, any case. */
function asRead(address: string): string {
  let text = address.trim();
  try {
    text = decodeURI(text);
  } catch {
    // a lone % in a link's text or address: compared as written
  }
  return text.replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/^www\./i, '').replace(/\/$/, '').toLowerCase();
}

/**
 * Marks each link whose text is its own address. Printed, the reader follows every link with its address in brackets
 * (paper has no links); after a link that already reads as its address, that only said the same address twice.
 */
export function markAddressLinks(root: ParentNode): void {
  for (const link of root.querySelectorAll('a[href]')) {
    if (asRead(link.textContent ?? '') === asRead(link.getAttribute('href')!)) link.setAttribute(ADDRESS_LINK_ATTR, '');
  }
}
