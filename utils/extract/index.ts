import Readability from '@mozilla/readability/Readability.js';
import { withReadingTime } from '../reading-time';
import { MAX_NESTING_DEPTH, nestedDeeperThan } from './bounds';
import { looksLikeArticle, MIN_TEXT, pageShape } from './article-gate';
import { chosenFromComments, removeComments } from './comment-thread';
import { betterMainBlock, markedBlock, type MarkedBlock } from './main-block';
import { isoDate } from '../format';
import { readMetadata } from './metadata';
import { plainText } from './plain-text';
import { removePageAttributes } from './rules/page-attributes';
import { ARTICLE_RULES, PAGE_RULES, runRules } from './rules';
import { switchedOff } from './switched-off';
import type { ExtractOptions, ExtractResult, PageArticle, PageExtractResult } from './types';

export type { Article, ExtractFailure, ExtractOptions, ExtractResult } from './types';

/** Pages with more elements than this are refused rather than freezing the tab. */
export const DEFAULT_MAX_ELEMENTS = 60_000;

/**
 * Extracts the article of a document without touching it (Readability works on a clone).
 * Runs in the page and in Node with a DOM implementation; never throws.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  return withReadingTime(extractPageArticle(doc, options));
}

/** The same, without the article's word count and reading time: what extract.js returns (types.ts, PageArticle). */
export function extractPageArticle(doc: Document, options: ExtractOptions = {}): PageExtractResult {
  try {
    return extract(doc, options);
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

function extract(doc: Document, { force, maxElements = DEFAULT_MAX_ELEMENTS, off }: ExtractOptions): PageExtractResult {
  const elementCount = doc.getElementsByTagName('*').length;
  if (elementCount > maxElements) {
    return { ok: false, reason: 'too-large', detail: `${elementCount} elements` };
  }
  if (nestedDeeperThan(doc)) return { ok: false, reason: 'too-large', detail: `nested over ${MAX_NESTING_DEPTH} levels deep` };
  const url = doc.location?.href || doc.URL;
  const meta = readMetadata(doc, url);
  /** The page as Readability is given it: a copy (of the main block alone, when there is one; without its comment sections, when asked), the page's rules run. */
  const input = (main: MarkedBlock | null, withoutComments?: boolean) => {
    const clone = pageCopy(doc);
    if (main) clone.body.replaceChildren(markedBlock(clone, main));
    if (withoutComments) removeComments(clone.body);
    runRules(PAGE_RULES, clone, { title: meta.title ?? doc.title }, off); // before Readability: what the page declares
    return clone;
  };
  const readability = (main: MarkedBlock | null, withoutComments?: boolean) => {
    // No maxElemsToParse: the page's elements were counted above, and the copy has no more (nor counts them again).
    const reader = new Readability(input(main, withoutComments), { keepClasses: true });
    // For a retry Readability needs its page as it was given it: made again then, not serialised ahead (readability-speed.ts).
    reader._pageAgain = () => input(main, withoutComments);
    return reader.parse();
  };
  let parsed = readability(null);

  // An inert document: nothing in it loads or runs. The HTML is sanitized where it is rendered or
  // stored (DOMPurify would double this script's size, and the page is no place to trust anyway).
  // Parsing Readability's HTML again (not adopting its element) is what splits the blocks it leaves
  // inside a <p> (`<p><h2>`) as the reader's own parse will.
  const inert = doc.implementation.createHTMLDocument('');
  const body = inert.body;
  body.innerHTML = parsed?.content ?? '';
  let found = pageShape(body);
  const main = !switchedOff(off, 'mainBlock') ? betterMainBlock(doc, body, found) : null;
  // The byline Readability found on the whole page (the main block alone may not hold it).
  let pageByline = parsed?.byline;
  if (main) {
    parsed = readability(main) ?? parsed;
    body.innerHTML = parsed?.content ?? '';
    found = pageShape(body);
  } else if (!switchedOff(off, 'comments') && chosenFromComments(body, doc.body)) {
    // A comment thread taken for the article: the best block outside the comments, unless the page holds nothing else.
    // The first look's byline goes with it: with the comments gone, a byline it found outside them is found again.
    const outside = readability(null, true);
    body.innerHTML = outside?.content ?? '';
    const shape = pageShape(body);
    if (shape.chars >= MIN_TEXT) [parsed, found, pageByline] = [outside, shape, null];
    else body.innerHTML = parsed?.content ?? '';
  }
  const byline = clean((parsed?.byline || pageByline)?.replace(/^\s*by\s+/i, '')) ?? meta.byline;
  const title = bestTitle(clean(meta.title ? parsed?.title : dashTitle(doc.title, parsed?.title)), clean(meta.title)) ?? (clean(doc.title) || url);
  runRules(ARTICLE_RULES, body, { byline, title, url }, off);
  // Our clean-up never empties what Readability found: a short article all of whose text a rule reads as clutter is shown uncleaned.
  let text = plainText(body) || ((body.innerHTML = parsed?.content ?? ''), plainText(body));
  // The page's declared article body (JSON-LD) when Readability found nothing or much less of it.
  const declared = meta.articleBody;
  const fromDeclared = !!declared && !switchedOff(off, 'jsonLd') && text.length < declared.length * 0.5;
  if (fromDeclared) {
    if (/<\/?[a-z][^>]*>/i.test(declared)) body.innerHTML = declared;
    else body.replaceChildren(...declared.split(/\n+/).filter((t) => t.trim()).map((t) => Object.assign(inert.createElement('p'), { textContent: t.trim() })));
    text = plainText(body);
  }
  if (!text) return { ok: false, reason: parsed?.content || !force ? 'not-article' : 'failed' };
  if (!force && !looksLikeArticle(found, pageShape(body), fromDeclared ? 'Article' : meta.declaredTypes)) return { ok: false, reason: 'not-article' };
  removePageAttributes(body);
  const html = body.innerHTML;

  const article: PageArticle = {
    title,
    byline,
    siteName: clean(parsed?.siteName) ?? meta.siteName,
    publishedTime: meta.publishedTime ?? isoDate(parsed?.publishedTime),
    url,
    canonicalUrl: meta.canonicalUrl ?? url,
    lang: meta.lang ?? clean(parsed?.lang),
    // Readability's direction is the nearest one declared around the article, the page's may be another.
    dir: parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : meta.dir,
    leadImage: meta.leadImage,
    // The page's description, else our first paragraph (Readability's is its first, before our cleanup).
    excerpt: meta.excerpt ?? clean(firstParagraph(body) ?? text.split('\n\n')[0]),
    html,
    text,
    ...(fromDeclared ? { bodySource: 'structured-data' as const } : {}),
  };
  return { ok: true, article };
}

/**
 * A copy of the page for Readability to take apart, without its style sheets: a `<style>` in a
 * document is parsed (10 ms for one dev page's 350 KB of inline CSS, most of that page's copy), and
 * Readability removes them unread. Copied detached, so that none is parsed before it is removed.
 * Without its scripts too (Readability removes them after reading the JSON-LD ones, kept): the page
 * rules that weigh a box by its text (formPitch) would count an inline script's code as its words.
 */
function pageCopy(doc: Document): Document {
  const copy = doc.cloneNode() as Document;
  const root = copy.importNode(doc.documentElement, true);
  for (const style of root.querySelectorAll('style,script:not([type*=json])')) style.remove();
  copy.append(root);
  return copy;
}

/** The page's declared headline when Readability's title is that headline plus a site name. */
function bestTitle(readability: string | null, declared: string | null): string | null {
  if (readability && declared && readability !== declared && readability.includes(declared)) return declared;
  return readability ?? declared;
}

/**
 * Readability 0.6 cuts the site name off the page's title after " | ", " - " or " / " but not after
 * a dash (" – ", " — "); its later versions do, as here when the page declares no title of its own:
 * the part before the last dash (or after the first, when that leaves under 3 words), unless 4
 * words or fewer remain.
 */
function dashTitle(pageTitle: string, title: string | null | undefined): string | null | undefined {
  const head = /^(.*)\s[–—]\s/.exec(pageTitle)?.[1];
  // With other separators Readability already cut at one of them.
  if (!head || !title || !pageTitle.includes(title) || /\s[|\-\\/>»]\s/.test(pageTitle)) return title;
  const words = (t: string) => t.trim().split(/\s+/).length;
  const cut = words(head) < 3 ? pageTitle.replace(/^.*?\s[–—]\s/, '') : head;
  return words(cut) > 4 ? cut : pageTitle;
}

/** The first paragraph of running text (not a heading or a label). */
function firstParagraph(body: Element): string | null {
  for (const p of body.querySelectorAll('p')) if (p.textContent.trim().length >= 40) return p.textContent;
  return null;
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}
