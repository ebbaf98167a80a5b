import { linkShare, removeWithinBudget, text } from './text';
import { MEDIA, TITLE_BLOCK } from './title-block';
import { elementsWhere } from '../walk';

/** Page parts Readability may keep: `nav, header, footer, [role=navigation], [role=menu]…`, and a player's controls (`[role=application]`: "Play/Pause", "Press shift question mark…"). */
const PAGE_PART_TAGS = new Set(['nav', 'header', 'footer']);
const PAGE_PART_ROLES = new Set(['navigation', 'menu', 'menubar', 'dialog', 'alertdialog', 'complementary', 'application']);
/** A <header> mostly of links is the page's (logo, menu); with less, and a heading or a paragraph, it is the article's. */
const HEADER_LINK_SHARE = 0.5;
/** A line of the title block this long, mostly not links, is its standfirst (kept), not a kicker, byline or date. */
const STANDFIRST = 50;
/** A <header> with this much text is a standfirst even as bare text (no paragraph element); less is a label or a logo. */
const HEADER_PROSE = 80;

/**
 * Removes navigation, menus, dialogs, page footers and page headers that Readability kept, within
 * the shared box budget. The article's title block (the <header> marked by rules/title-block.ts:
 * kicker, byline, date; the reader shows its own) goes, its standfirst, images and captions moved
 * out first. Another <header> holding a heading or a paragraph is part of the text (a section
 * or accordion heading, a standfirst, with or without a <p>) and stays unless it is mostly links.
 */
export function removeChrome(root: Element): void {
  for (const block of elementsWhere(root, (el) => el.localName === 'header' && el.hasAttribute(TITLE_BLOCK))) {
    const kept = [...block.querySelectorAll(`${MEDIA},p,h2,h3,h4,h5,h6`)].filter((el) => (el.matches(MEDIA) || isStandfirst(el)) && !el.parentElement?.closest(`${MEDIA},p`));
    block.before(...kept);
  }
  const pageParts = elementsWhere(root, (el) => PAGE_PART_TAGS.has(el.localName) || PAGE_PART_ROLES.has(el.getAttribute('role') ?? '')).filter(
    (el) => el.tagName !== 'HEADER' || el.hasAttribute(TITLE_BLOCK) || linkShare(el) > HEADER_LINK_SHARE || (!el.querySelector('h2,h3,h4,h5,h6,p') && text(el).length < HEADER_PROSE),
  );
  removeWithinBudget(root, pageParts);
}

function isStandfirst(el: Element): boolean {
  return text(el).length >= STANDFIRST && linkShare(el) <= HEADER_LINK_SHARE;
}
