import { sanitizeToFragment } from '@/utils/sanitize';

// A transparent pixel: the sample's picture loads nothing.
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
const PARAGRAPH = '<p>A paragraph of plain words, with <a href="#a-section">a link</a>, <em>a stressed word</em> and <strong>a strong one</strong>, set as an article is set.</p>';
/** Invented article HTML with the tags articles have (links, emphasis, a figure, a quote, a list); a few paragraphs are enough. */
export const WARM_UP_HTML = `<div class="page"><div><h2>A heading</h2>${PARAGRAPH.repeat(3)}<figure><img src="${PIXEL}" alt=""><figcaption>A caption</figcaption></figure><blockquote><p>A quote</p></blockquote><ul><li>An item</li></ul></div></div>`;

/**
 * What the popup does once while it waits for its extraction's result, so that the article's first render finds
 * it done: the sanitizer made, configured and run once on invented HTML (its first run in a new popup window
 * took ~13 ms warm, ~45 cold: bench:popup), one task (utils/while-waiting.ts). A second step that rendered the
 * article's header and body out of sight was dropped: it saved the first render ~24 ms on a cold click, but held
 * the result back while it ran and, on two cores, ran beside the page's extraction (docs/benchmarks.md, tenth round).
 */
export function articleWarmUp(doc: Document): Array<() => void> {
  return [() => void sanitizeToFragment(WARM_UP_HTML, doc.defaultView!)];
}
