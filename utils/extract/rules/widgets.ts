import { removeWithinBudget, text } from './text';
import { elementsWhere } from '../walk';

// Page widgets recognised by what they are made of, not by what they say, so that they go in any
// language: share bars (links to the networks' share addresses), forms (newsletter, search, comment:
// Readability already dropped their inputs, their prompts stayed), the parts of a page schema.org
// names, and text only screen readers get ("Artikel teilen", "Ouvre un nouvel onglet").

/** The address of a network's "share this page" endpoint, or of an e-mail draft. */
const SHARE_LINK = /[/.](facebook\.com\/shar|twitter\.com\/(intent|share)|x\.com\/intent|linkedin\.com\/(share|cws)|pinterest\.\w+\/pin\/create|reddit\.com\/submit|whatsapp\.com\/send|wa\.me\/|t\.me\/share|xing\.com\/spi|bsky\.app\/intent)|^(mailto:\?|whatsapp:)/i;
/** A share bar holds this many share links or more (a single one may be a "tweet this quote" in the text). */
const MIN_SHARE_LINKS = 2;
/** schema.org types of page parts, not of the article. */
const PAGE_PART_TYPE = /schema\.org\/(BreadcrumbList|Comment|WPSideBar|WPFooter|WPHeader|WPAdBlock|SiteNavigationElement)\b/i;
/** Classes of text hidden from sight and read to screen readers only (Bootstrap, WordPress, GOV.UK…). */
const SCREEN_READER_ONLY = /(^|\s|-)(sr-only|visually-?hidden|screen-?reader-(text|only))(\s|$)/i;
/** A widget is a prompt and its controls; a form or share bar with more text than this holds content. */
const MAX_WIDGET_TEXT = 300;

const isShareLink = (a: Element) => SHARE_LINK.test(a.getAttribute('href') ?? '');

function isWidget(el: Element): boolean {
  if (SCREEN_READER_ONLY.test(el.getAttribute('class') ?? '') || PAGE_PART_TYPE.test(el.getAttribute('itemtype') ?? '')) return true;
  return el.localName === 'form' && text(el).length <= MAX_WIDGET_TEXT;
}

/** The outermost element around `link` whose text stays within a widget's, and that holds another share link. */
function shareBar(link: Element, root: Element): Element | null {
  let bar: Element | null = null;
  for (let el = link.parentElement; el && el !== root && text(el).length <= MAX_WIDGET_TEXT; el = el.parentElement) {
    if ([...el.getElementsByTagName('a')].filter(isShareLink).length >= MIN_SHARE_LINKS) bar = el;
  }
  return bar;
}

/** Removes share bars, forms, page parts typed by schema.org and screen-reader-only text, within the shared box budget. */
export function removeWidgets(root: Element): void {
  const bars = [...root.getElementsByTagName('a')].filter(isShareLink).map((a) => shareBar(a, root));
  removeWithinBudget(root, [...elementsWhere(root, isWidget), ...bars.filter((bar) => bar !== null)]);
}
