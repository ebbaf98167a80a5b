import { text } from './text';
import { elementsWhere } from '../walk';

/** What a figure can show besides its caption (a quote, a table, code and formulas are figures too). */
const SHOWN = 'img picture video audio iframe embed object svg canvas math table pre blockquote'.split(' ');

/** A figure whose text is all its caption and that shows nothing. */
function captionOnly(el: Element): boolean {
  const caption = el.localName === 'figure' && el.getElementsByTagName('figcaption')[0];
  return !!caption && text(caption) === text(el) && !SHOWN.some((tag) => el.getElementsByTagName(tag)[0]);
}

/**
 * Removes figures left with nothing but their caption: the player or picture they described was not
 * kept (a video, a script-drawn chart), and a caption of nothing reads as a stray line of the text.
 */
export function removeOrphanCaptions(root: Element): void {
  for (const figure of elementsWhere(root, captionOnly)) figure.remove();
}
