import { formatDate } from '@/utils/format';
import { countWords } from '@/utils/reading-time';
import { sanitizeToFragment } from '@/utils/sanitize';

// A transparent pixel: the sample's picture loads nothing.
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
const PARAGRAPH = '<p>A paragraph of plain words, with <a href="#a-section">a link</a>, <em>a stressed word</em> and <strong>a strong one</strong>, set as an article is set.</p>';
/** Invented article HTML with the tags articles have (links, emphasis, a figure, a quote, a list); a few paragraphs are enough. */
export const WARM_UP_HTML = `<div class="page"><div><h2>A heading</h2>${PARAGRAPH.repeat(3)}<figure><img src="${PIXEL}" alt=""><figcaption>A caption</figcaption></figure><blockquote><p>A quote</p></blockquote><ul><li>An item</li></ul></div></div>`;

/** Any valid date: formatted once, for the formatter the article's header then finds made. */
export const WARM_UP_DATE = '2024-03-12T09:30:00Z';

/**
 * What the popup does while it waits for its extraction's result, so that the article's first render finds it
 * done, one task a step (utils/while-waiting.ts): the sanitizer made, configured and run once on invented HTML (its
 * first run in a new popup window took ~13 ms warm, ~45 cold: bench:popup); then the date formatter made
 * (utils/format.ts keeps it): in a new renderer, on a cold click, making it loads the locale's data, ~16 ms of the
 * first render after the result (a CDP profile, docs/benchmarks.md, twelfth round); made instead in the first
 * script, while the UI's files load, it ran beside the page's injection and slowed the extraction. Last, the word
 * count run once on the same HTML's words: its two Unicode regexes are compiled before the result's count
 * (reading-time.ts withReadingTime; ~1.5 ms in a new renderer, which the page's first run of extract.js paid until the
 * thirty-third round). A step that
 * rendered the article's header and body out of sight was dropped: it saved the first render ~24 ms on a cold
 * click, but held the result back while it ran and, on two cores, ran beside the page's extraction (tenth round).
 */
export function articleWarmUp(doc: Document): Array<() => void> {
  return [() => void sanitizeToFragment(WARM_UP_HTML, doc.defaultView!), () => void formatDate(WARM_UP_DATE), () => void countWords(WARM_UP_HTML)];
}
