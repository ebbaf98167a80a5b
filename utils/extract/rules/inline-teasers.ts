import { ownStory, pageUrl } from './site';
import { short, showsAddress, text } from './text';
import { byTags } from '../walk';
import type { RuleContext } from '.';

// "Lesen Sie auch: <a>…</a>", "À lire aussi » <a>…</a>", "<strong>Más noticias</strong> <a>…</a> | <a>…</a>":
// a short label and then only links to other stories of the site, in the middle of the text. Recognised by
// that shape, not by the label's words, so that it goes in any language.

/** A teaser line or box: a label and a headline or two. */
const MAX_TEASER = 300;
/** The label before the links is this short ("Lesen Sie auch:", "Plus d'infos"). */
const MAX_LABEL = 40;
/** A label set apart by punctuation: a colon or an arrow after it, or before it. */
const MARKED_LABEL = /[:»›>▶►→]$|^[»›>▶►→]/;
/** A teaser's link names another story: a headline of a few words, not a name or a label ("Fotos", "Kontakt"). */
const MIN_HEADLINE = 20;
/** Between and after the links only separators, or the bracket that closes a teaser set in brackets ("[Read: <a>…</a>]"). */
const SEPARATORS = /^[\s|,;·•/–—.\-)\]）】]*$/;

/** The text of `el` before its first link, and the text outside links after it; null when `el` has no link. */
function aroundLinks(el: Element): { label: string; labelApart: boolean; rest: string } | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let label = '';
  let rest = '';
  let labelApart = false;
  let linked = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    const link = parent.closest('a[href]');
    if (link && el.contains(link)) linked = true;
    else if (linked) rest += node.nodeValue;
    else {
      label += node.nodeValue;
      // The label in an element of its own, without the links (a heading, <strong>): set apart by markup.
      if (node.nodeValue!.trim() && parent !== el && !parent.querySelector('a[href]')) labelApart = true;
    }
  }
  return linked ? { label: label.replace(/\s+/g, ' ').trim(), labelApart, rest } : null;
}

/**
 * Removes paragraphs, boxes and list items (a teaser set as a one-line list in the text) that are a short label
 * set apart (by a colon, an arrow or its own element) followed only by links to other pages of the same site. A
 * sentence with a link stays (its label is not set apart), and so does a line of sources on other sites or showing
 * their address.
 */
export function removeInlineTeasers(root: Element, { url }: Pick<RuleContext, 'url'>): void {
  const page = pageUrl(url);
  if (!page) return;
  for (const el of byTags(root, 'p div aside section li blockquote')) {
    if (!el.isConnected || !short(el, MAX_TEASER)) continue;
    const parts = aroundLinks(el);
    if (!parts || parts.label.length > MAX_LABEL || !SEPARATORS.test(parts.rest)) continue;
    // Without a label, a teaser is set apart by being a list of its own: the one item of a list between paragraphs.
    if (!(parts.labelApart || MARKED_LABEL.test(parts.label) || (!parts.label && el.localName == 'li' && !el.previousElementSibling && !el.nextElementSibling))) continue;
    const links = el.querySelectorAll('a[href]');
    if ([...links].every((a) => ownStory(a, page) && !showsAddress(a) && text(a).length >= MIN_HEADLINE)) el.remove();
  }
}
