// Markdown export: YAML front matter (title, url, author, site, dates, tags…) and the body through
// Turndown. Turndown parses HTML with the DOM it finds (the library page, or jsdom in tests).
import TurndownService from 'turndown';
import { isoDate } from '../format';
import { highlightsMarkdown, linkTarget } from './export-highlights';
import { addTableRule } from './markdown-table';
import type { Clipping } from './types';

let turndown: TurndownService | undefined;
function converter(): TurndownService {
  if (!turndown) {
    turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
    turndown.remove(['script', 'style', 'noscript', 'iframe', 'form']);
    addTableRule(turndown);
    // Text is text: Turndown leaves `<` as it is, so page text such as "&lt;img src=x onerror=…&gt;"
    // became a live tag in the .md file, and Markdown viewers render inline HTML. `\<` is CommonMark
    // for a literal `<` (code spans and blocks are not escaped, and need not be).
    const escape = turndown.escape.bind(turndown);
    turndown.escape = (text: string) => escapeAngle(escape(text));
  }
  return turndown;
}

function escapeAngle(text: string): string {
  return text.replace(/</g, '\\<');
}

/** A YAML scalar: JSON strings are valid YAML double-quoted scalars, so no value can break the header. */
export function yaml(value: string | number | null | undefined): string {
  // `\u003c` for `<`: still the same YAML string, and no tag for a viewer that shows front matter as text.
  // (undefined: a record from before a field existed.)
  return value === null || value === undefined ? 'null' : JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The front matter of a clipping, between `---` lines. */
export function frontMatter(clipping: Clipping): string {
  const lines = [
    `title: ${yaml(clipping.title)}`,
    `url: ${yaml(clipping.url)}`,
    ...(clipping.canonicalUrl && clipping.canonicalUrl !== clipping.url ? [`canonical_url: ${yaml(clipping.canonicalUrl)}`] : []),
    `author: ${yaml(clipping.byline)}`,
    `site: ${yaml(clipping.siteName)}`,
    `published: ${yaml(isoDate(clipping.publishedTime))}`,
    `saved: ${yaml(isoDate(clipping.savedAt))}`,
    `kind: ${yaml(clipping.kind)}`,
    ...(clipping.textFragmentUrl ? [`text_fragment_url: ${yaml(clipping.textFragmentUrl)}`] : []),
    ...(clipping.lang ? [`lang: ${yaml(clipping.lang)}`] : []),
    `tags: [${clipping.tags.map(yaml).join(', ')}]`,
    `state: ${yaml(clipping.state)}`,
    ...(clipping.progress ? [`progress: ${Math.round(clipping.progress.fraction * 100) / 100}`] : []),
    ...(clipping.note ? [`note: ${yaml(clipping.note)}`] : []),
  ];
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Stored HTML made safe for Turndown, as a string or as inert nodes (`inertArticle`: Turndown then need not parse it again). */
type Sanitize = (html: string) => string | DocumentFragment | HTMLElement;

/** Whether the body has an element or text (walking its children until the first: no array of them, ~5 % of a folder export). */
function hasMarkup(clean: string | DocumentFragment | HTMLElement): boolean {
  if (typeof clean === 'string') return clean.trim() !== '';
  for (let node = clean.firstChild; node; node = node.nextSibling) if (node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim()) return true;
  return false;
}

/** The body as Markdown; `sanitize` strips stored HTML of what no Markdown file may carry (stored HTML is checked again here). */
function bodyMarkdown(clipping: Clipping, sanitize: Sanitize): string {
  const clean = sanitize(clipping.html);
  const body = hasMarkup(clean) ? converter().turndown(clean) : clipping.text;
  return clipping.kind === 'selection' ? body.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n') : body;
}

/** One clipping as a Markdown document; `header` writes its front matter (ours, or another layout's). */
export function clippingMarkdown(clipping: Clipping, sanitize: Sanitize, header: (clipping: Clipping) => string = frontMatter): string {
  const source = linkTarget(clipping.textFragmentUrl ?? clipping.url);
  const escape = (text: string) => converter().escape(text);
  const highlights = highlightsMarkdown(clipping, escape);
  return `${header(clipping)}\n# ${escape(clipping.title.replace(/\n/g, ' '))}\n\n${bodyMarkdown(clipping, sanitize)}\n\n${highlights ? `${highlights}\n` : ''}[Source](<${source}>)\n`;
}

/** A file name from a title: letters, digits and dashes, never empty. */
export function fileNameFor(title: string, extension: string): string {
  const stem = title.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80).toLowerCase();
  return `${stem || 'clipping'}.${extension}`;
}
