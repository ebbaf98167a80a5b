import { short } from './text';
import { elementsWhere } from '../walk';

/** "Image 1 of 5", "3/12", "Slide 2 of 9", "Photo 4 von 7": where a gallery stands, not what it shows. */
const COUNTER = /^(image|photo|picture|slide|foto|bild|imagen|photos?)?\s*\d+\s*(of|\/|von|de|sur|di)\s*\d+$/i;
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
    if (t && (COUNTER.test(t) || CONTROL.test(t))) el.remove();
  }
}
