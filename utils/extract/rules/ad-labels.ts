import { byTags } from '../walk';

/** A block whose whole text is an ad label ("Advertisement", "ADVERTISEMENT 300x250", "Article continues below this ad", …). */
const AD_LABEL = /^\s*(advertisement|advertising|advert|ad|sponsored( content)?|(story|article) continues below( this)? ad(vertisement)?|continue reading below)(\s+\d+\s*[x×]\s*\d+)?\s*$/i;

/** Removes blocks that are nothing but an ad label. */
export function removeAdLabels(root: Element): void {
  for (const el of byTags(root, 'p div span aside section')) {
    if (AD_LABEL.test(el.textContent)) el.remove();
  }
}
