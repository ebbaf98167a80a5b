import { elementsWhere } from '../walk';

/** Class or id tokens that mark advertising slots ("ad-slot" and "gpt-ad" are an "ad" between separators). */
const AD_TOKEN = /(^|[\s_-])(ad|ads|advert|advertisement|adslot|dfp|sponsor(ed)?)([\s_-]|$)/i;
/** An ad slot holds a label and an iframe; a block with more text than this is content that happens to say "ad". */
const MAX_SLOT_TEXT = 200;

/** Before Readability: removes advertising slots from the clone of the page. */
export function removeAdSlots(doc: Document): void {
  // An element without attributes (most) has no class or id to test.
  const slots = elementsWhere(doc, (el) => el.hasAttributes() && AD_TOKEN.test(`${el.getAttribute('class') ?? ''} ${el.id}`) && el !== doc.body && el !== doc.documentElement);
  for (const el of slots) if (el.textContent.length < MAX_SLOT_TEXT) el.remove();
}
