// Mozilla Readability's own test pages (test/test-pages/<name>/ in its repository: source.html,
// expected.html, expected-metadata.json; Apache-2.0) as a second source of truth for extraction:
// our text keeps what Readability keeps, our metadata matches what it expects, and no page it calls
// readerable is refused. Used by scripts/bench-readability-pages.ts and the unit test
// tests/unit/extract/readability-pages.test.ts; the pages stay outside the repository (a few are
// vendored in tests/fixtures/readability/ so that CI always runs some).
import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../utils/extract';
import { plainText } from '../utils/extract/plain-text';
import { pageRecall, scorePage, tokens } from './aeb-metric';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Where `git archive … test/test-pages | tar -x` of mozilla/readability was unpacked (see tests/fixtures/readability/README.md). */
export const DEFAULT_PAGES_DIR = path.resolve(ROOT, '../readability-pages/test/test-pages');
export const VENDORED_PAGES_DIR = path.join(ROOT, 'tests/fixtures/readability/pages');
/** The address Readability's own tests give every page (relative links resolve against it). */
const PAGE_URL = 'http://fakehost/test/page.html';
/** Recall (4-gram shingles) of Readability's expected text that our text must reach. */
export const MIN_RECALL = 0.98;

/**
 * Pages where our rules remove on purpose some of what Readability keeps, with the reason. Their
 * recall is reported but not held to MIN_RECALL.
 */
export const RECALL_EXCEPTIONS: Record<string, string> = {
  ...named(
    ['social-buttons', 'svg-parsing', 'title-and-h1-discrepancy', 'title-en-dash', 'base-url', 'base-url-base-element', 'base-url-base-element-relative', 'dev418',
      '003-metadata-preferred', '004-metadata-space-separated-properties', 'metadata-content-missing', 'parsely-metadata'],
    'a test page that repeats one paragraph, caption or link many times; removeDuplicates keeps one of each (on real pages the repeats are pull quotes and captions shown twice)',
  ),
  ...named(['msn', 'nytimes-1', 'yahoo-2'], 'photo credits inside captions ("© Provided by…", "Credit…", "(AP Photo/…)") and placeholders ("Image", a screen-reader-only "Photo") go; the captions stay'),
  ...named(['bbc-1', 'cnn', 'lemonde-1', 'wapo-1'], 'related-story links in the body ("Related: …", "[Read: …]", "Read more:" lists, "Lire aussi : …") go'),
  breitbart: 'photo credit, repeated date line, two newsletter prompts and the author bio go',
  'citylab-1': 'title repeat, time line, newsletter prompt, "About the Author" box and a photo credit go',
  'iab-1': '"Read more about…" link and the "About the author" box go',
  'schema-org-context-object': 'photo credits in captions and the authors\' bio boxes go',
  theverge: 'the newsletter sign-up box (prices, "Sign up for…") goes',
  'yahoo-3': 'related-story links, "View photo" and a photo credit go',
  'firefox-nightly-blog': 'the comment section ("2 comments on…", the comments, "Reply", "Post a comment") goes',
  'mozilla-1': 'carousel buttons ("Next", "Try it now Learn more") go',
  hukumusume: 'the site\'s link lists around the story (other stories, sister sites) go; the story stays',
  'lwn-1': 'a front page of several stories: the closing list of links to this week\'s other sections (removeClosingTeasers) goes',
  'nytimes-5': 'a section front: section teasers Readability keeps (cards of other stories with their picture, kicker and headline, "Photo", "Credit…", "Más en … ›", bylines of other stories; the closing run of headline-and-summary teasers, removeClosingTeasers) go',
  ...named(['embedded-videos'], 'no paragraph is lost: each player becomes a link ("Embedded content: www.youtube.com"), and between the page\'s short paragraphs those links change every 4-gram that spans them'),
  'bug-1255978': 'a video player\'s controls ("Current Time 0:00", "Share", "Fullscreen"), each a short label alone in its box; removeOrphanLabels drops them',
  'hidden-nodes': 'a test page that ends in two headings with nothing under them; removeOrphanHeadings drops headings that label nothing (on real pages, labels of removed link lists: "Verwandte Themen", "その他")',
  mathjax: 'the MathJax formulas (`<mjx-container>`) are lost before the clean-up rules (an open gap, measured: the headings stand with nothing under them), so removeOrphanHeadings drops their headings; recall 0.707',
  'nytimes-3': 'photo credits inside captions ("Credit…") go, the captions stay; the reporter\'s bio after the article ("Corey Kilgannon is a Metro reporter…") goes (removeAuthorBios)',
  'yahoo-1': 'each player becomes a link ("Embedded content: www.youtube.com"), which changes every 4-gram spanning it; and the closing "Ben Silverman is on Twitter at…" line that opens with the byline\'s name (removeAuthorBios) goes',
  'lazy-image-2': 'the author\'s bio after the article ("Mama Robotnik is a video game historian…", opening with the byline\'s name) goes (removeAuthorBios)',
  'tmz-1': 'the line of the date, time and byline over the story ("2/26/2015 7:11 AM PST BY TMZ STAFF") goes (removeDateLines: a date with a time of day and a label of a few words); the reader shows both in its header',
  qq: 'the share prompt "转播到腾讯微博" and the "精彩视频推荐" video teaser go (CJK text makes few, long tokens, so one short line weighs heavily)',
};

function named(pages: string[], reason: string): Record<string, string> {
  return Object.fromEntries(pages.map((page) => [page, reason]));
}

export const METADATA_FIELDS = ['title', 'byline', 'dir', 'lang', 'siteName'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

const NO_TITLE = 'the page has no title: ours is its address (the reader and the library need a title), Readability\'s is empty';
const DECLARED_LANG = 'the page declares its language (<html lang> or og:locale) and we report it; Readability expects none';

/** Metadata where ours differs from Readability's expectation and is better, with the reason. */
export const METADATA_EXCEPTIONS: Record<string, Partial<Record<MetadataField, string>>> = {
  ...Object.fromEntries(['005-unescape-html-entities', 'ol', 'reordering-paragraphs'].map((page) => [page, { title: NO_TITLE }])),
  'bug-1255978': { lang: DECLARED_LANG },
  'topicseed-1': { lang: DECLARED_LANG },
  'buzzfeed-1': { byline: 'the page names its author (Mark Di Stefano) in its metadata; Readability finds none' },
  'la-nacion': { siteName: 'the page names its site ("LA NACION" in its title and copyright); Readability reports none' },
  'yahoo-2': { siteName: 'the page names itself in application-name ("Yahoo News - Latest News & Headlines"): we report the name before its slogan; Readability reads no application-name' },
};

/**
 * Pages that fail for a reason that is a finding for the extraction rules (utils/extract), not a
 * choice: reported by the bench, and `it.fails` in the unit test until the rules are fixed.
 */
export const FINDINGS: Record<string, string> = {};

export interface ExpectedMetadata extends Partial<Record<MetadataField, string | null>> {
  readerable?: boolean;
}

export interface PageCheck {
  name: string;
  readerable: boolean;
  /** Extraction with force failed outright (no text). */
  failed: boolean;
  /** Without force, our gate says "not an article". */
  refused: boolean;
  recall: number;
  /** Paragraphs of Readability's text that ours lacks, to say why recall fell. */
  missing: string[];
  /** Fields whose value differs from expected-metadata.json: [expected, ours]. */
  metadata: Partial<Record<MetadataField, [string | null, string | null]>>;
}

/** The directory of pages to check: the option, else READABILITY_PAGES, else the default if present. */
export function pagesDir(option?: string): string | null {
  const dir = option ?? process.env.READABILITY_PAGES ?? DEFAULT_PAGES_DIR;
  return existsSync(dir) ? dir : null;
}

export function pageNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'source.html')))
    .map((e) => e.name)
    .sort();
}

const virtualConsole = new VirtualConsole(); // keep jsdom's CSS parse errors off the terminal

/** Extracts one page (parsed with jsdom, as Readability's tests do) and compares it with what Readability expects. */
export function checkPage(dir: string, name: string): PageCheck {
  const read = (file: string) => readFileSync(path.join(dir, name, file), 'utf8');
  const expected = JSON.parse(read('expected-metadata.json')) as ExpectedMetadata;
  const window = new JSDOM(read('source.html'), { url: PAGE_URL, virtualConsole }).window;
  try {
    const doc = window.document;
    const gated = extractArticle(doc);
    const result = gated.ok ? gated : extractArticle(doc, { force: true });
    const inert = doc.implementation.createHTMLDocument('');
    inert.body.innerHTML = read('expected.html');
    const ours = result.ok ? result.article : null;
    const metadata: PageCheck['metadata'] = {};
    for (const field of METADATA_FIELDS) {
      // We drop a leading "By" from bylines (a label; the reader shows the name alone): compare without it.
      const want = field === 'byline' ? normalize(expected.byline?.replace(/^\s*by\s+/i, '')) : normalize(expected[field]);
      const got = normalize(ours?.[field]);
      if (want !== got) metadata[field] = [want, got];
    }
    const expectedText = plainText(inert.body);
    return {
      name,
      readerable: expected.readerable === true,
      failed: !result.ok,
      refused: !gated.ok && gated.reason === 'not-article',
      recall: pageRecall(scorePage(expectedText, ours?.text ?? '')),
      missing: missingParagraphs(expectedText, ours?.text ?? ''),
      metadata,
    };
  } finally {
    window.close();
  }
}

/**
 * The paragraphs of `expected` that `ours` lacks, word for word; a paragraph Readability keeps
 * twice and we keep once counts as lost once.
 */
function missingParagraphs(expected: string, ours: string): string[] {
  const have = ` ${tokens(ours).join(' ')} `;
  const seen = new Map<string, number>();
  return expected.split('\n\n').filter((paragraph) => {
    const words = ` ${tokens(paragraph).join(' ')} `;
    if (words.trim() === '') return false;
    const nth = (seen.get(words) ?? 0) + 1;
    seen.set(words, nth);
    return have.split(words).length - 1 < nth;
  });
}

/** Whitespace runs are one space; empty is null (Readability and we both trim). */
function normalize(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/** Problems a check shows, beyond the named exceptions: empty when the page passes. */
export function problems(check: PageCheck): string[] {
  const out: string[] = [];
  if (check.failed) out.push('extraction failed');
  if (check.readerable && check.refused) out.push('readerable page refused as "not an article"');
  if (check.recall < MIN_RECALL && !RECALL_EXCEPTIONS[check.name]) out.push(`recall ${check.recall.toFixed(3)} < ${MIN_RECALL}`);
  for (const [field, [want, got]] of Object.entries(check.metadata)) {
    if (!METADATA_EXCEPTIONS[check.name]?.[field as MetadataField]) out.push(`${field}: expected ${JSON.stringify(want)}, ours ${JSON.stringify(got)}`);
  }
  return out;
}
