/**
 * Lines that come with an article's page but do not tell its story: photo credits, bylines, and the captions that
 * sit next to a credit. Extracted text keeps them in the prose ("Photo", a caption, "Credit Jane Roe/Reuters"), and a
 * caption reads like a lead ("Peacekeepers at a camp in Sudan on Monday."), so only its neighbour gives it away.
 */

/** "Photo", "Credit Jane Roe", "Source: Supplied", "Image: Acme", "© Provided by …", "Photograph: …". */
const CREDIT_LINE = /^(?:Photo(?:graph)?s?|PHOTO|Credits?|Source|Images?|Pictures?|Video|Illustration)\b(?:\s*[:|]|\s+(?:by\s+)?\p{Lu}|\s*$)|^©/u;
/** A line that is only a bracketed agency or photographer: "(Reuters)", "(Jane Roe/AFP/Getty Images)". */
const BRACKETED_CREDIT = /^\([^().]{2,60}\)$/;
/** Agencies and picture desks inside a credit: "Roe/AFP", "Getty Images". */
const PICTURE_DESK = /\/\s*(?:AFP|AP|Reuters|Getty|EPA|Shutterstock)\b|Getty Images|AP Photo/;
/** "By Jane Roe", "Posted by Jane Roe, Engineer", "… BY TMZ STAFF". */
const BYLINE = /^(?:By|Posted by|Written by|Reported by)\s+\p{Lu}|\bBY\s+[A-Z][A-Z ]+$/u;
/** A credit names a desk or a photographer in a few words; a longer line with a desk is a caption glued to its credit. */
const CREDIT_WORDS_MAX = 8;
/** A caption is short: a longer paragraph next to a credit is prose that a picture sits beside. */
const CAPTION_SENTENCES_MAX = 2;

const words = (t: string) => t.split(/\s+/).length;
const endsLikeSentence = (t: string) => /[.!?]["”’]?$/.test(t);

/** A credit line of its own: the caption is next to it. */
export function isCreditLine(t: string): boolean {
  if (CREDIT_LINE.test(t)) return true;
  if (words(t) > CREDIT_WORDS_MAX) return false;
  return (BRACKETED_CREDIT.test(t) && words(t) <= CREDIT_WORDS_MAX - 2) || (PICTURE_DESK.test(t) && !endsLikeSentence(t));
}

/** A credit in brackets at a line's end: "Fans at the gate (Photo: Jane Roe/Acme)", "… was hurt (Image: NX)". */
const BRACKETED_CREDIT_END = /\((?:Photo(?:graph)?|Image|Picture|Credit|Video)s?:\s*[^()]{1,60}\)$/i;

/**
 * "Protesters outside parliament on Friday.Jane Roe / Getty Images", "Fans at the gate (Photo: Jane Roe)": a caption
 * and its credit read as one sentence.
 */
const isGluedCaption = (t: string) => (PICTURE_DESK.test(t) && !endsLikeSentence(t)) || BRACKETED_CREDIT_END.test(t);

export interface ParaText {
  text: string;
  para: number;
}

/**
 * Per sentence: page furniture, which carries no key sentence: a credit, a byline, a caption glued to its credit,
 * and the caption next to a credit (the sentence before it in its paragraph, the short paragraph before a credit
 * that stands alone, or the one after a bare "Photo").
 */
export function pageFurniture(sentences: ParaText[]): boolean[] {
  const out = sentences.map((s) => BYLINE.test(s.text) || isGluedCaption(s.text));
  const size = new Map<number, number>();
  for (const s of sentences) size.set(s.para, (size.get(s.para) ?? 0) + 1);
  const captions = new Set<number>();
  const caption = (para: number) => (size.get(para) ?? Infinity) <= CAPTION_SENTENCES_MAX && captions.add(para);
  sentences.forEach((s, i) => {
    if (!isCreditLine(s.text)) return;
    out[i] = true;
    const before = sentences[i - 1];
    if (before?.para === s.para) out[i - 1] = true;
    else if (/^photos?$/i.test(s.text)) caption(s.para + 1); // a bare "Photo" heads its caption
    else caption(s.para - 1); // a credit with a name ends one
  });
  sentences.forEach((s, i) => {
    if (captions.has(s.para)) out[i] = true;
  });
  return out;
}
