import { linkShare, short } from './text';
import { elementsWhere } from '../walk';

// A credit line: "Photo: …", "(Image: © …)", "Credit…", "Image copyright …", "© …", and "©" after a label of one word in any
// language ("Foto(s): © 123RF.com", "저작권자 © 뉴스타운 …", "Bild © dpa").
const CREDIT = /^\(?\s*((photo(graph)?|image|picture)s?\s*(credit|courtesy|copyright)?\s*[:.]|(photo(graph)?|image|picture)s? (by|courtesy of)\b|courtesy of\b|credits?\s*[:.]|(\S{1,20}\s+)?©|\(c\)|image copyright|copyright\b)/i;
/** Credit lines are short; a longer block that starts with "©" or "Copyright" is text about rights. */
const MAX_CREDIT = 150;
/** Inside a figure, an unpunctuated "Name/Agency" or "Name | Agency" line this short is a credit, not a caption. */
const MAX_FIGURE_CREDIT = 60;

/**
 * "Jane Doe | Bloomberg | Getty Images", "Foto: …" aside: names and agencies joined by spaced bars or slashes, each
 * capitalised, no sentence. Its Unicode regex is made and compiled only for text with a spaced bar or slash, as every
 * match has: ~0.4 ms in a renderer new to it, on nearly every page (docs/benchmarks.md, thirty-second round).
 */
const isAgencyLine = (t: string) => / [|/] /.test(t) && /^\p{Lu}[^|/.!?]{0,30}( [|/] \p{Lu}[^|/.!?]{0,30})+$/u.test(t);
/**
 * In a figure, "Foto: Michael Rauhe", "(Bild: Hersteller)", "Fuente: EFE", "图片：新华社" in any language: one word, a colon,
 * a name of a few words starting with a capital (or in a script without case), no sentence. Its Unicode regex is made and
 * compiled only for text with a colon, as every match has: ~0.8 ms in a renderer new to it (docs/benchmarks.md, nineteenth round).
 */
const isLabelledName = (t: string) => /[:：]/.test(t) && /^\(?\p{L}{2,15}\s?[:：]\s*(?=[\p{Lu}\p{Lo}])[^.!?。:：]{1,50}\)?$/u.test(t);
/** Microdata that says a line of a figure names who made the picture: `<figcaption itemprop="author">Jane Doe/Agency</figcaption>`. */
const MAKER_PROP = /\b(author|creator|copyrightHolder|copyrightNotice|creditText)\b/;
/** Class names that say an element of a figure is its credit: "hero-img__credits", "source", "photographer". */
const CREDIT_CLASS = /credit|copyright|source|photographer/i;
/** Who made the other media or the translation: "Video courtesy of Monotype", "TRANSLATION BY …", "Animation by …", "Illustration: …", "Photo illustration by …". */
const ROLE_CREDIT = /^\(?\s*((photo )?(video|animation|illustration|graphics?|infographic|map|translation)s?\s+(by|courtesy of)|translated by|(illustration|animation|translation)s?\s*[:：])\s*\S/i;
/** "Source: <a>Amazon.co.jp</a>", "Quelle: …", "出典：…": a line naming where a picture or quote came from, the name a link. */
const SOURCE_LINE = /^\(?\s*(sources?|quelle|fuente|fonte|出典|来源|來源|출처)\s*[:：]/i;
/** Role and source credits are a name or two; a longer line is a sentence about the video or the source. */
const MAX_ROLE_CREDIT = 80;

/** A custom element the page names for its credit: `<image-credits>`, `<photo-credit>`. */
const isCreditElement = (el: Element) => el.localName.includes('-') && CREDIT_CLASS.test(el.localName);
/** The elements that may hold a credit line (italics too: "<p><em>Aus dem Englischen von …</em><br><em>Copyright: Project Syndicate</em></p>"). */
const LINE_TAGS = /^(p|span|div|small|cite|figcaption|em|i)$/;

/** A short line crediting the maker of a video, animation, map or translation (or several: "Animation by …. Photo by …."), or a linked source. */
function isRoleCredit(el: Element, t: string): boolean {
  if (t.length > MAX_ROLE_CREDIT) return false;
  const sentences = t.split(/(?<=[.!?。])\s+(?=\S)/);
  if (sentences.length > 1) return sentences.some((s) => ROLE_CREDIT.test(s)) && sentences.every((s) => ROLE_CREDIT.test(s) || CREDIT.test(s));
  return ROLE_CREDIT.test(t) || (SOURCE_LINE.test(t) && linkShare(el) > 0.5);
}

/**
 * In a figure, a credit line: "Label: Name", a short line its microdata calls the maker, or (not the caption itself) a
 * short unpunctuated line that names the maker by its form: "Name/Agency", one its class calls a credit, or a picture's
 * `<cite>` (HTML's element for a work's source; in a figure of a quote, its author, so only beside an image).
 */
function isFigureCredit(el: Element, t: string, figure: Element): boolean {
  const brief = t.length < MAX_FIGURE_CREDIT;
  return isLabelledName(t) || (brief && (MAKER_PROP.test(el.getAttribute('itemprop') ?? '') || (el.tagName !== 'FIGCAPTION' && !/[.!?]$/.test(t) && namesMaker(el, t, figure))));
}

function namesMaker(el: Element, t: string, figure: Element): boolean {
  return /[/|]/.test(t) || CREDIT_CLASS.test(el.className) || (el.localName === 'cite' && !!figure.querySelector('img,picture,video'));
}

/**
 * Removes image credits (inside figures: also short "Name/Agency" lines; anywhere: "Name | Agency | Agency",
 * credits of videos, animations and translations, linked "Source:" lines, custom credit elements); the caption itself stays.
 */
export function removeCredits(root: Element): void {
  // One walk, in document order: a removed element's descendants are skipped as no longer connected.
  for (const el of elementsWhere(root, (el) => LINE_TAGS.test(el.localName) || isCreditElement(el))) {
    const t = short(el, MAX_CREDIT);
    if (!t || !el.isConnected) continue;
    if (isCreditElement(el) || isRoleCredit(el, t)) {
      el.remove();
      continue;
    }
    const figure = el.closest('figure');
    if (CREDIT.test(t) || (figure && isFigureCredit(el, t, figure)) || (t.length < MAX_FIGURE_CREDIT && isAgencyLine(t))) el.remove();
  }
}
