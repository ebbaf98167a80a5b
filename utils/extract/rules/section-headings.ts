import Readability from '@mozilla/readability/Readability.js';
import { byTags } from '../walk';
import { text, words } from './text';

// Readability strips any element whose class or id reads like page chrome ("header", "-ad-", "social", "related")
// before it scores the page, headings too. A section heading's own marks often read so by accident: an anchor id
// made from its words ("a-quick-note-on-ad-blockers", "social-media-and-teens") or a class that says it is a
// heading ("header-with-anchor-widget", a newsletter platform's on every section heading). Such a heading loses
// only that mark, on the copy Readability is given; a heading whose other marks still read as chrome stays as it is.

/** Readability's own test (0.6's `_grabArticle`): the element's class and id, chrome by the one and not saved by the other. */
const { unlikelyCandidates, okMaybeItsACandidate } = (Readability.prototype as unknown as { REGEXPS: Record<string, RegExp> }).REGEXPS;
const stripped = (marks: string) => unlikelyCandidates!.test(marks) && !okMaybeItsACandidate!.test(marks);

/** Letters and digits only, lower-cased: an anchor id is its heading's words with their spaces and stops turned into hyphens. */
const bare = (s: string) => words(s).join('');
/** An id shorter than this is no heading's words. */
const MIN_SLUG = 6;

/** Takes off a heading's anchor id made from its own words and its class words naming a header, where only they make Readability strip it. */
export function keepSectionHeadings(doc: Document): void {
  for (const heading of byTags(doc.body, 'h2 h3 h4 h5 h6')) {
    const id = heading.id;
    const className = heading.getAttribute('class') ?? '';
    if (!stripped(`${className} ${id}`)) continue;
    const ownWords = bare(text(heading));
    const keptId = ownWords.length >= MIN_SLUG && bare(id).includes(ownWords) ? '' : id;
    const keptClass = className.split(/\s+/).filter((c) => !/header/i.test(c)).join(' ');
    if (stripped(`${keptClass} ${keptId}`)) continue;
    if (!keptId) heading.removeAttribute('id');
    heading.className = keptClass;
  }
}
