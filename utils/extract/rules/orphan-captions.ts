import { short, text } from './text';

/** What a figure can show besides its caption (a quote, a table, code and formulas are figures too). */
const SHOWN = 'img picture video audio iframe embed object svg canvas math table pre blockquote'.split(' ');
/** A player's or gallery's title line over it is a headline's length, not a paragraph. */
const MAX_TITLE = 120;

/** A figure that shows nothing and whose text, if any, is all its caption. */
function showsNothing(figure: Element): boolean {
  const caption = figure.getElementsByTagName('figcaption')[0];
  return (caption ? text(caption) : '') === text(figure) && !SHOWN.some((tag) => figure.getElementsByTagName(tag)[0]);
}

/** A title set apart just before a figure: a heading, or a short paragraph all in one emphasis, without a sentence's end. */
function isTitleLine(el: Element | null): el is Element {
  const t = el && short(el, MAX_TITLE);
  return !!t && !/[.!?。]$/.test(t) && (/^h[2-6]$/.test(el.localName) || (el.localName === 'p' && el.children.length === 1 && text(el.children[0]!) === t));
}

/**
 * Removes figures left with nothing but their caption, or with nothing at all: the player or picture
 * they described was not kept (a video, a script-drawn chart), and a caption of nothing reads as a
 * stray line of the text. The player's title line right before such a figure goes with it.
 */
export function removeOrphanCaptions(root: Element): void {
  for (const figure of [...root.getElementsByTagName('figure')].filter(showsNothing)) {
    const title = figure.previousElementSibling;
    if (isTitleLine(title)) title.remove();
    figure.remove();
  }
}
