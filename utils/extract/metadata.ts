import { isoDate } from '../format';
import { attributeTokens } from './walk';
import { pageUrl } from './rules/site';

/** Article metadata the page declares: JSON-LD first, then OpenGraph and other meta tags. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  leadImage: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  articleBody: string | null;
  /** The page's declared types: JSON-LD `@type`s and `og:type`, space-separated ("NewsArticle article"). */
  declaredTypes: string;
}

type JsonObject = Record<string, unknown>;

// Only tested, unanchored: NewsArticle, LiveBlogPosting and the like match through Article and BlogPosting.
const ARTICLE_TYPE = /Article|BlogPosting|Report|WebPage/;

export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const nodes = jsonLd(doc);
  const ld = findJsonLdArticle(nodes);
  const tags = metaTags(doc);
  const meta = (...names: string[]) => firstMeta(doc, tags, names);
  return {
    title: text(ld?.headline) ?? meta('og:title', 'twitter:title'),
    byline: personNames(ld?.author) ?? meta('author', 'article:author', 'byl', 'dc.creator', 'parsely-author'),
    // application-name often carries a slogan after the name ("Yahoo News - Latest News & Headlines").
    siteName: personNames(ld?.publisher) ?? meta('og:site_name') ?? meta('application-name')?.split(/\s[-|–—:]\s/)[0] ?? null,
    publishedTime: isoDate(
      text(ld?.datePublished) ??
        meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'parsely-pub-date') ??
        [...doc.getElementsByTagName('time')].find((t) => t.hasAttribute('datetime'))?.getAttribute('datetime') ??
        null,
    ),
    leadImage: absoluteUrl(imageUrl(ld?.image) ?? meta('og:image', 'twitter:image'), pageUrl),
    canonicalUrl: absoluteUrl([...doc.getElementsByTagName('link')].find((l) => attributeTokens(l, 'rel').includes('canonical'))?.getAttribute('href') ?? meta('og:url'), pageUrl),
    lang: normaliseLang(doc.documentElement.getAttribute('lang') ?? meta('og:locale', 'content-language')),
    dir: direction(doc),
    excerpt: description([meta('og:description'), meta('twitter:description'), meta('dc.description', 'dcterms.description'), meta('description')], text(ld?.headline) ?? meta('og:title')),
    articleBody: text(ld?.articleBody),
    declaredTypes: [...nodes.map((n) => [n['@type']].flat().join(' ')), meta('og:type') ?? ''].join(' ').trim(),
  };
}

/**
 * The page's meta tags by lower-cased name (`name`, each word of `property`, `itemprop`), the first
 * with a value winning: one pass over the document's <meta> elements instead of one query a name (jsdom
 * and large pages made the queries a third of extraction's time).
 */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const value = el.getAttribute('content')?.trim();
    if (!value) continue;
    const keys = [...(el.getAttribute('property') ?? '').split(/\s+/), el.getAttribute('name') ?? '', el.getAttribute('itemprop') ?? ''];
    for (const key of keys) if (key && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), value);
  }
  return tags;
}

/** The first of these meta tags with a value, entities decoded. */
function firstMeta(doc: Document, tags: Map<string, string>, names: string[]): string | null {
  for (const name of names) {
    const value = tags.get(name.toLowerCase());
    if (value) return decodeEntities(doc, value);
  }
  return null;
}

/** Content encoded twice by the page ("That&amp;#039;s" arrives as "That&#039;s"): decoded once more, as text. */
function decodeEntities(doc: Document, value: string): string {
  if (!/&(#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(value)) return value;
  const area = doc.implementation.createHTMLDocument('').createElement('textarea');
  area.innerHTML = value;
  return area.value;
}

/** The first description that says something: not a placeholder, not the headline again, not a few words. */
function description(candidates: (string | null)[], headline: string | null): string | null {
  return candidates.find((d) => d && d.length >= 25 && d !== headline && !/^(undefined|null|none|description)$/i.test(d)) ?? candidates.find(Boolean) ?? null;
}

function findJsonLdArticle(nodes: JsonObject[]): JsonObject | null {
  return nodes.find((node) => ARTICLE_TYPE.test(String(node['@type'] ?? '')) && (node.headline || node.articleBody)) ?? null;
}

/** Every top-level JSON-LD node of the page (arrays and @graph flattened); CDATA wrappers and bad JSON tolerated. */
function jsonLd(doc: Document): JsonObject[] {
  const scripts = [...doc.getElementsByTagName('script')].filter((s) => s.getAttribute('type')?.toLowerCase() === 'application/ld+json');
  return scripts.flatMap((script) => {
    const source = script.textContent.trim().replace(/^(\/\/\s*)?<!\[CDATA\[|(\/\/\s*)?\]\]>$/g, '');
    try {
      return flattenLd(JSON.parse(source));
    } catch {
      return [];
    }
  });
}

function flattenLd(data: unknown): JsonObject[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (!data || typeof data !== 'object') return [];
  const node = data as JsonObject;
  return [node, ...flattenLd(node['@graph'])];
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function personNames(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as JsonObject).name : null))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map((n) => n.trim());
  return names.length ? [...new Set(names)].join(', ') : null;
}

function imageUrl(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return imageUrl(value[0]);
  if (value && typeof value === 'object') return text((value as JsonObject).url);
  return null;
}

function absoluteUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  const url = pageUrl(value, base);
  return url && /^https?:$/.test(url.protocol) ? url.href : null;
}

function normaliseLang(value: string | null): string | null {
  const lang = value?.trim().replace('_', '-');
  return lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang) ? lang : null;
}

const RTL_LANGS = /^(ar|arc|dv|fa|ha|he|iw|khw|ks|ku|ps|sd|ur|yi)(-|$)/i;

function direction(doc: Document): 'ltr' | 'rtl' | null {
  const dir = (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir'))?.toLowerCase();
  if (dir === 'rtl' || dir === 'ltr') return dir;
  const lang = doc.documentElement.getAttribute('lang');
  return lang && RTL_LANGS.test(lang) ? 'rtl' : null;
}
