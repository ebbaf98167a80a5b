import { removeAfterProse, short, showsAddress, text } from './text';
import { byTags } from '../walk';
import type { RuleContext } from '.';

// "Fehler gefunden? <a>Jetzt melden.</a>", "Get in touch with our news team by emailing <a>news@…</a>", "Hat Ihnen
// dieser Artikel gefallen? Dann unterstützen Sie uns mit einer <a>Spende</a>": a short block after the article's
// last paragraph that asks the reader to write, give or go to a page of the site. Recognised by its place and by
// where its links lead (an address to write to, a section or service page of the site), not by its words, so that
// it goes in any language.

/** A prompt is a line or two (as long as a teaser, closing-teasers.ts); a longer block after the text is the story's own ending. */
const MAX_PROMPT = 300;
/** A prompt's link is a button's words ("Jetzt melden", "Spende"); a headline or a name at length is a story's. */
const MAX_LINK_TEXT = 30;

/**
 * Where a prompt's link leads, its site's address taken off: an address to write to (mailto:), or a page of the site
 * named by a word ("/news/", "/spende"), not a search (a story's address carries its number or date, another site's its host).
 */
const ASKING_HREF = /^(mailto:|\/?[^/\d?]*\/?$)/;

/**
 * The link asks something of the reader in a button's words: not an address shown as it is (an author's contact line,
 * "Name name@example.org"), nor set in brackets (an editor's initials "(<a href="mailto:…">bsc</a>)" sign the story off).
 */
function asksSomething(a: Element, origin: string): boolean {
  return text(a).length <= MAX_LINK_TEXT && !showsAddress(a) && !/[([]\s*$/.test(a.previousSibling?.textContent ?? '') && ASKING_HREF.test(a.getAttribute('href')!.replace(origin, ''));
}

/** A short block with a link, every link of which asks something of the reader. */
function isPrompt(el: Element, origin: string): boolean {
  if (!short(el, MAX_PROMPT)) return false;
  const links = el.querySelectorAll('a[href]');
  return links.length > 0 && [...links].every((a) => asksSomething(a, origin));
}

/** Removes the prompts after the article's last paragraph of running text (within the shared box budget). */
export function removeClosingPrompts(root: Element, { url }: Pick<RuleContext, 'url'>): void {
  const { origin } = new URL(url); // the document's own address: always a valid one
  const prompts = byTags(root, 'p div').filter((el) => isPrompt(el, origin));
  removeAfterProse(root, prompts);
}
