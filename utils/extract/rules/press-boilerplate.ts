import { short, text } from './text';
import { publisherName } from './site';
import { byTags } from '../walk';
import type { RuleContext } from '.';

/**
 * The heading of a press release's closing boilerplate: "About Acme Corp", "Media contact",
 * "Forward-looking statements". One phrase: "About Lute. He felt worse." is a sentence of the story.
 */
const HEADING = /^(about\s+(?!(the|this|our|us)\b)(?!.*[.!?]\s)\S.{0,60}|(media|press|investor) (contacts?|inquiries|enquiries|relations)|contacts?|forward[- ]looking statements|safe harbou?r statement)\s*:?$/i;
/** The end mark of a press release ("###", "-30-"): what follows is boilerplate. */
const END_MARK = /^(#\s*#\s*#|-\s*30\s*-)$/;
/** A company's "About" paragraph is a few sentences; a longer paragraph under a bold lead-in is the story's. */
const MAX_ABOUT = 600;
/** A heading's line after a rule, not a paragraph that mentions the publisher. */
const MAX_HEADING = 80;
/** The boilerplate closes the text: it starts in the last part of it. */
const LAST_PART = 0.35;

/**
 * Removes the closing boilerplate of press releases, from where it starts to the end, when that is in
 * the last part of the text: an "About <company>" or contacts heading, an end mark ("###"), or, after a
 * rule (`<hr>`), a paragraph that opens with the publisher's name (ascom.com: "Ascom is a global…") or a heading's
 * line that names it (vox.com: "Support Vox's explanatory journalism").
 */
export function removePressBoilerplate(root: Element, { url }: Pick<RuleContext, 'url'>): void {
  const total = text(root).length;
  const publisher = publisherName(url);
  for (const el of byTags(root, 'h2 h3 h4 h5 h6 p div strong b hr')) {
    if (!el.isConnected) continue;
    const start = boilerplateStart(el, publisher);
    if (!start?.parentElement || !lastSiblings(start, root)) continue;
    const rest: Element[] = [];
    for (let next: Element | null = start; next; next = next.nextElementSibling) rest.push(next);
    if (rest.reduce((n, next) => n + text(next).length, 0) < total * LAST_PART) for (const next of rest) next.remove();
  }
}

/** Where the boilerplate starts if this element opens it, else null. */
function boilerplateStart(el: Element, publisher: string | null): Element | null {
  if (el.localName === 'hr') {
    const next = el.nextElementSibling;
    return publisher && next && new RegExp(`${short(next, MAX_HEADING) ? '\\b' : '^'}${publisher}\\b`, 'i').test(text(next)) ? el : null;
  }
  const t = short(el, MAX_HEADING);
  if (END_MARK.test(t)) return el;
  if (!t || !HEADING.test(t)) return null;
  // The heading may be a bold run opening a paragraph: alone in it, or run into the boilerplate's first sentence in
  // the text's last paragraph ("<p><b>About Acme<br></b>Acme is …</p>"). The block it opens is that paragraph.
  const p = el.parentElement;
  return /^(STRONG|B)$/.test(el.tagName) && p && (text(p) === t || (!p.nextElementSibling && short(p, MAX_ABOUT).startsWith(t))) ? p : el;
}

/** True when nothing follows the element's parent chain up to the root (it and its siblings close the text). */
function lastSiblings(el: Element, root: Element): boolean {
  for (let node: Element | null = el.parentElement; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling && text(node.nextElementSibling)) return false;
  }
  return true;
}
