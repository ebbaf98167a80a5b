import { short, text } from './text';
import { byTags } from '../walk';

/**
 * The heading of a press release's closing boilerplate: "About Acme Corp", "Media contact",
 * "Forward-looking statements". One phrase: "About Lute. He felt worse." is a sentence of the story.
 */
const HEADING = /^(about\s+(?!(the|this|our|us)\b)(?!.*[.!?]\s)\S.{0,60}|(media|press|investor) (contacts?|inquiries|enquiries|relations)|contacts?|forward[- ]looking statements|safe harbou?r statement)\s*:?$/i;
/** The boilerplate closes the text: it starts in the last part of it. */
const LAST_PART = 0.35;

/**
 * Removes the closing boilerplate of press releases: an "About <company>" or contacts section
 * (its heading and what follows it to the end), when it starts in the last part of the text.
 */
export function removePressBoilerplate(root: Element): void {
  const total = text(root).length;
  const blocks = byTags(root, 'h2 h3 h4 h5 h6 p div strong b');
  for (const heading of blocks) {
    const t = short(heading, 80);
    if (!t || !HEADING.test(t) || !heading.isConnected) continue;
    // The heading may be a bold run inside a paragraph: the block it opens is that paragraph.
    const start = /^(STRONG|B)$/.test(heading.tagName) && heading.parentElement && text(heading.parentElement) === t ? heading.parentElement : heading;
    const rest: Element[] = [];
    for (let el: Element | null = start; el; el = el.nextElementSibling) rest.push(el);
    const size = rest.reduce((n, el) => n + text(el).length, 0);
    if (start.parentElement && lastSiblings(start, root) && size < total * LAST_PART) for (const el of rest) el.remove();
  }
}

/** True when nothing follows the element's parent chain up to the root (it and its siblings close the text). */
function lastSiblings(el: Element, root: Element): boolean {
  for (let node: Element | null = el.parentElement; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling && text(node.nextElementSibling)) return false;
  }
  return true;
}
