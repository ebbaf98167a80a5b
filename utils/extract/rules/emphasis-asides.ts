import { ownStory, pageUrl } from './site';
import { removeWithinBudget, short } from './text';

// A short paragraph set wholly in emphasis around a link: an editor's aside that points elsewhere ("Join our
// newsletters… <a>Learn more</a>" in italics above the text, "<b>Get in touch with our news team at <a>…</a></b>",
// "<b>For more stories like this, <a>check our news page</a></b>." after it, "<b>Revivez <a>le direct…</a></b>" in
// it). Recognised by the markup, no words, so in any language: every letter of the paragraph sits in <em>, <i>,
// <strong> or <b>, and it holds links to other pages of the site (a newsletter's, a live page, a section: a source on another site
// or an address is a citation and stays). A sentence with a bold phrase or a linked word has plain letters and stays;
// a wholly italic paragraph without a link (a sign-off, a quoted line) stays.

/** An aside is a line or two; a longer emphasised paragraph with a link is article text set apart (a lead, a note). */
const MAX_ASIDE = 200;

/** Removes short paragraphs whose letters are all in emphasis around links to the site's own pages, within the shared box budget. */
export function removeEmphasisAsides(root: Element, url: string): void {
  const page = pageUrl(url);
  if (!page) return;
  removeWithinBudget(root, [...root.getElementsByTagName('p')].filter((p) => {
    const links = p.querySelectorAll('a[href]');
    if (!short(p, MAX_ASIDE) || !links.length || ![...links].every((a) => ownStory(a, page))) return false;
    const plain = p.cloneNode(true) as Element;
    for (const emphasis of plain.querySelectorAll('em,i,strong,b')) emphasis.remove();
    return !/[\p{L}\p{N}]/u.test(plain.textContent ?? '');
  }));
}
