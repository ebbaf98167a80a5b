/** Class or id tokens that mark advertising slots. */
const AD_TOKEN = /(^|[\s_-])(ad|ads|advert|advertisement|adslot|ad-slot|dfp|gpt-ad|sponsor(ed)?)([\s_-]|$)/i;
/**
 * The elements AD_TOKEN can match: a class or id holding "ad", "dfp" or "sponsor" in any (ASCII) case, as every
 * token above does. One native query of the page instead of a script callback on every element.
 */
const MAYBE_SLOT = ['ad', 'dfp', 'sponsor'].flatMap((part) => [`[class*="${part}" i]`, `[id*="${part}" i]`]).join(', ');
/** An ad slot holds a label and an iframe; a block with more text than this is content that happens to say "ad". */
const MAX_SLOT_TEXT = 200;

/** Before Readability: removes advertising slots from the clone of the page. */
export function removeAdSlots(doc: Document): void {
  const slots = [...doc.querySelectorAll(MAYBE_SLOT)].filter((el) => AD_TOKEN.test(`${el.getAttribute('class') ?? ''} ${el.id}`) && el !== doc.body && el !== doc.documentElement);
  for (const el of slots) if ((el.textContent ?? '').length < MAX_SLOT_TEXT) el.remove();
}
