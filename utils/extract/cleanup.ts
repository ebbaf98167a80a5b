// Clean-up rules around Readability. Each rule is general (no site names) and measured on the
// corpus with `npm run bench:extract` before it is kept.

/** Class or id tokens that mark advertising slots. */
const AD_TOKEN = /(^|[\s_-])(ad|ads|advert|advertisement|adslot|ad-slot|dfp|gpt-ad|sponsor(ed)?)([\s_-]|$)/i;
/** A block whose whole text is an ad label ("Advertisement", "ADVERTISEMENT 300x250", …). */
const AD_LABEL = /^\s*(advertisement|advertising|ad|sponsored( content)?|story continues below( this)? advertisement)(\s+\d+\s*[x×]\s*\d+)?\s*$/i;

/** Before Readability: removes advertising slots from the clone. */
export function removeAdSlots(doc: Document): void {
  for (const el of [...doc.querySelectorAll<HTMLElement>('[class], [id]')]) {
    if (el === doc.body || el === doc.documentElement) continue;
    const tokens = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (AD_TOKEN.test(tokens) && (el.textContent ?? '').length < 200) el.remove();
  }
}

/** After Readability: removes blocks that are nothing but an ad label. */
export function removeAdLabels(root: ParentNode): void {
  for (const el of [...root.querySelectorAll('p, div, span, aside, section')]) {
    if (AD_LABEL.test(el.textContent ?? '')) el.remove();
  }
}
