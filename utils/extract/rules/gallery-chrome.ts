import { short } from './text';
import { elementsWhere } from '../walk';

/**
 * "Image 1 of 5", "3/12", "Photo 4 von 7", "Zdjęcie 2 z 9", "Фото 1 из 5": where a gallery stands, not what it
 * shows. In any language: a word or none, a number, a slash or a short word between spaces, a number
 * (not "2n2", a formula). Its Unicode regex is made and compiled only for text that ends in a digit, as every match
 * does: in a renderer new to it that costs ~0.9 ms (docs/benchmarks.md, nineteenth round).
 */
const isCounter = (t: string) => /\d$/.test(t) && /^(\p{L}{1,12}\s*)?\d+(\s*(\/|of)\s*|\s\p{L}{1,3}\s)\d+$/iu.test(t);
/** A bare count with thousands grouped ("6,762", "12.345", "1 204"): views, shares or likes, never prose. */
const COUNT = /^\d{1,3}([,. ]\d{3})+$/; // `short` made every space (no-break, narrow) a plain one
/** The buttons of a gallery or lightbox, written out as text. */
const CONTROL = /^(previous|next|prev|close|expand|enlarge( this)? image|view( the)? (gallery|slideshow)|open (gallery|slideshow)|start slideshow|fullscreen|full screen|(view|see) all \d+ (photos|images))$/i;
const GALLERY_TAGS = new Set(['span', 'div', 'p', 'li', 'button']);
/** Counters and control labels are short. */
const MAX_CONTROL = 40;

/** Removes gallery counters and control labels; the images and their captions stay. */
export function removeGalleryChrome(root: Element): void {
  // span, div, p, li, button, figcaption > *
  for (const el of elementsWhere(root, (el) => GALLERY_TAGS.has(el.localName) || el.parentElement?.localName === 'figcaption')) {
    const t = el.isConnected && short(el, MAX_CONTROL);
    if (t && (isCounter(t) || COUNT.test(t) || CONTROL.test(t))) el.remove();
  }
}
