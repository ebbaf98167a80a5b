// "Not an article" is decided after extraction, from what extraction found: how much running text
// there is, how much of it is links, whether it is a list of teasers, and what the page declares
// itself to be. (Readability's isProbablyReaderable looked before extraction and refused real
// articles written in short paragraphs or in <div>s: 4 of the 111 dev pages.)
import { textBlocks } from './plain-text';

/** What extraction found, in numbers (characters of text a reader sees; CJK characters weigh CJK_WEIGHT). */
export interface PageShape {
  chars: number;
  /** Characters inside links (`<a href>`). */
  linked: number;
  /** Characters in prose blocks: at least PROSE_BLOCK characters, under 30 % links. */
  prose: number;
  proseBlocks: number;
  /** Prose blocks right after a block that is all link: a headline link and its summary. */
  teasers: number;
}

/** A paragraph shorter than this is a caption, a label or a teaser line rather than running text. */
const PROSE_BLOCK = 80;
/** Less text than this is no article (the shortest dev article has 365 characters). */
export const MIN_TEXT = 150;
/**
 * Running text needed when the page declares no type: the shortest such dev article has 538
 * characters; the video descriptions, lone teasers and category blurbs of the labelled
 * non-article pages stay under 290.
 */
const MIN_PROSE = 300;
/** Running text needed when the page declares itself a product, list, search, video or app page. */
const MIN_PROSE_DECLARED_OTHER = 2000;
/** Teasers (link + summary) this many and at least half the prose blocks: a home page, section front or result list. */
const MIN_TEASERS = 4;

// Only tested, unanchored: BlogPosting, NewsArticle and the like match through Posting and Article.
const ARTICLE_TYPE = /Article|Posting|Report|Recipe|HowTo|Review|\barticle\b/;
const OTHER_TYPE = /Product|ItemList|CollectionPage|SearchResultsPage|VideoObject|ProfilePage|WebApplication|SoftwareApplication|\b(video|product|music)\.|\b(product|profile)\b/;

/**
 * Chinese and Japanese are written without spaces, a word in one to three characters: a character
 * of theirs counts as this many, so that a Chinese article measures about as long as its
 * translation (Readability's qq test page, 733 characters, was refused).
 */
const CJK_WEIGHT = 3;
const CJK = /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}]/gu;

export function pageShape(root: Node): PageShape {
  const shape: PageShape = { chars: 0, linked: 0, prose: 0, proseBlocks: 0, teasers: 0 };
  let afterLink = false;
  for (const block of textBlocks(root)) {
    const scale = 1 + ((block.text.match(CJK)?.length ?? 0) * (CJK_WEIGHT - 1)) / block.text.length;
    const n = block.text.length * scale;
    const linked = block.linked * scale;
    shape.chars += n;
    shape.linked += linked;
    const link = linked > n * 0.8;
    if (!link && n >= PROSE_BLOCK && linked < n * 0.3) {
      shape.prose += n;
      shape.proseBlocks++;
      if (afterLink) shape.teasers++;
    }
    afterLink = link;
  }
  return shape;
}

/**
 * `found`: Readability's choice before our clean-up (its links and teasers intact); `kept`: the text
 * we show; `types`: the page's declared JSON-LD types and og:type.
 */
export function looksLikeArticle(found: PageShape, kept: PageShape, types: string): boolean {
  if (kept.chars < MIN_TEXT || kept.linked * 2 > kept.chars) return false;
  if (ARTICLE_TYPE.test(types)) return true;
  if (found.teasers >= MIN_TEASERS && found.teasers * 2 >= found.proseBlocks) return false;
  return kept.prose >= (OTHER_TYPE.test(types) ? MIN_PROSE_DECLARED_OTHER : MIN_PROSE);
}
