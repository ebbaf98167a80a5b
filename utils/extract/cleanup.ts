// Clean-up rules around Readability. Each rule is general (no site names, no page phrases) and was
// measured on the corpus with `npm run bench:extract` before it was kept (gains in docs/benchmarks.md).

/** Rule names, so the benchmark can switch one off (`--without name`) and measure what it brings. */
export const RULE_NAMES = ['adSlots', 'adLabels', 'boxes', 'chrome', 'credits', 'lines', 'dates', 'cta', 'linkParas', 'dupes', 'title', 'jsonLd', 'mainBlock'] as const;
export type RuleName = (typeof RULE_NAMES)[number];
export const disabledRules = new Set<RuleName>();
export const on = (rule: RuleName) => !disabledRules.has(rule);

/** Class or id tokens that mark advertising slots. */
const AD_TOKEN = /(^|[\s_-])(ad|ads|advert|advertisement|adslot|ad-slot|dfp|gpt-ad|sponsor(ed)?)([\s_-]|$)/i;
/** A block whose whole text is an ad label ("Advertisement", "ADVERTISEMENT 300x250", …). */
const AD_LABEL = /^\s*(advertisement|advertising|advert|ad|sponsored( content)?|story continues below( this)? advertisement|continue reading below)(\s+\d+\s*[x×]\s*\d+)?\s*$/i;

/** Before Readability: removes advertising slots from the clone. */
export function removeAdSlots(doc: Document): void {
  if (!on('adSlots')) return;
  for (const el of [...doc.querySelectorAll<HTMLElement>('[class], [id]')]) {
    if (el === doc.body || el === doc.documentElement) continue;
    const tokens = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (AD_TOKEN.test(tokens) && (el.textContent ?? '').length < 200) el.remove();
  }
}

/** After Readability: removes blocks that are nothing but an ad label. */
export function removeAdLabels(root: ParentNode): void {
  if (!on('adLabels')) return;
  for (const el of [...root.querySelectorAll('p, div, span, aside, section')]) {
    if (AD_LABEL.test(el.textContent ?? '')) el.remove();
  }
}

// Class/id words (camelCase, - and _ split) of boxes readers never want inside the article.
const BOX_WORD = new RegExp(
  '^(share|sharing|sharebar|social|related|recommended|recommendations|newsletter|newsletters|subscribe|subscription|signup|' +
    'cookie|cookies|consent|gdpr|breadcrumb|breadcrumbs|comments|disqus|byline|bio|disclaimer|disclosure|trending|outbrain|taboola)$',
);
const BOX_PAIR = /\b(read more|more stories|most read|most popular|author (bio|box|info|details)|about author|post author|(post|entry|article) meta|email signup|sign up|print header|read time)\b/;

/** Class words, and id words unless the id is a heading slug (three words or more: "sharing-with-others"). */
function words(el: Element): string {
  const split = (v: string) => v.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/[-_\d]+/g, ' ');
  const id = split(el.id).trim();
  return `${split(el.getAttribute('class') ?? '')} ${id.split(' ').length < MAX_ID_WORDS ? id : ''}`;
}
/** Ids of this many words are slugs of headings on documentation sites, not names of boxes. */
const MAX_ID_WORDS = 3;

/**
 * Removes elements in order while they fit in a shared budget: at most `share` of the root's text
 * goes in all, so that no run of boxes (each small) takes the article with it.
 */
function removeWithinBudget(root: Element, candidates: Element[], share: number): void {
  let budget = text(root).length * share;
  for (const el of candidates) {
    if (!el.isConnected) continue;
    const size = text(el).length;
    if (size > budget) continue;
    budget -= size;
    el.remove();
  }
}
/** Boxes and page chrome never take more than this share of the text: above it they are the article. */
const BOX_BUDGET = 0.4;

/**
 * After Readability (classes kept): removes share bars, related/read-more blocks, newsletter and
 * subscription boxes, author boxes, bylines and meta lines, cookie notices and comment blocks,
 * recognised by their class or id, within BOX_BUDGET of the text.
 */
export function removeBoxes(root: Element): void {
  if (!on('boxes')) return;
  const boxes = [...root.querySelectorAll('[class], [id]')].filter((el) => {
    const w = words(el);
    return w.split(' ').some((t) => BOX_WORD.test(t)) || BOX_PAIR.test(w);
  });
  removeWithinBudget(root, boxes, BOX_BUDGET);
}

/**
 * After Readability: removes navigation, menus, dialogs, page footers and page headers that
 * Readability kept, within BOX_BUDGET of the text. A <header> holding a heading or a paragraph of
 * prose is the article's own (a standfirst, an accordion heading) and stays unless it is mostly links.
 */
export function removeChrome(root: Element): void {
  if (!on('chrome')) return;
  const chrome = [...root.querySelectorAll('nav, header, footer, [role=navigation], [role=menu], [role=menubar], [role=dialog], [role=alertdialog], [role=complementary]')].filter(
    (el) => el.tagName !== 'HEADER' || linkShare(el) > 0.5 || !el.querySelector('h1, h2, h3, h4, h5, h6, p'),
  );
  removeWithinBudget(root, chrome, BOX_BUDGET);
}

// A credit line: "Photo: …", "(Image: © …)", "Credit…", "Image copyright …", "© …".
const CREDIT = /^\(?\s*((photo|image|picture)s?\s*(credit|courtesy|copyright)?\s*[:.]|credit\s*[:.]|©|\(c\)|image copyright|copyright\b)/i;

/** After Readability: removes image credits (inside figures: also short "Name/Agency" lines). */
export function removeCredits(root: Element): void {
  if (!on('credits')) return;
  for (const el of [...root.querySelectorAll('p, span, div, small, cite, figcaption')]) {
    const t = short(el, 150);
    if (!t || !el.isConnected) continue;
    if (CREDIT.test(t) || (el.closest('figure') && el.tagName !== 'FIGCAPTION' && t.length < 60 && /[/|]/.test(t) && !/[.!?]$/.test(t))) el.remove();
  }
}

// Whole short blocks that are page furniture rather than article text.
const LINE = [
  /^(published|updated|posted|first published|last updated|last modified)\b.{0,80}\d/i,
  /^[Bb][Yy]\s+\p{Lu}.{0,60}[^.!?]$/u,
  /^\W?(related|read more|see more|also read|read also|see also|recommended|you may also like|more from|more .{0,30}stories|recent (articles|posts|stories)|don't miss|trending|most read|latest news|popular)\b.{0,100}$|^more\W*$/i,
  /^(skip to (main )?content|share( this)?( article| story)?|print|email|comments?|\d+ comments?|(post|leave|add) a (comment|reply)|follow us|subscribe( now| today)?|sign (in|up)|log ?in|register)\W*$/i,
  /\b\d+\s+min(ute)?s? read\b/i,
  /^(filed under|tags?|tagged( with)?|categories|topics)\s*:/i,
];
// Short promotional asides: "Click here…", "Follow her on Twitter", "may be reached at", "requires JavaScript".
const PROMO = /\bclick here\b|\b(affiliate|referral) links?\b|\bfollow\b.{0,40}\bon (twitter|facebook|instagram|youtube|linkedin)\b|\bshare (it|this)\b.{0,20}\bwith\b|\b(can|may) be reached at\b|\b(join|download|get) (our|the) (app|forums?|podcast)\b|\brequires javascript\b/i;
const CTA = /\b(sign up|subscribe)\b.*\b(newsletters?|inbox|e-?mails?)\b|\b(newsletters?|inbox|e-?mails?)\b.*\b(sign up|subscribe)\b|\bcookies\b.*\b(accept|consent|experience|opt out|policy)\b/i;

/**
 * After Readability: removes short furniture lines: date and byline lines, "Related:"/"Read more"
 * labels and links (and the link list a label introduces), share/comment/skip labels, reading-time
 * notes, and short newsletter, subscription and cookie calls to action.
 */
export function removeFurnitureLines(root: Element): void {
  if (!on('lines')) return;
  for (const el of [...root.querySelectorAll('p, div, span, li, h2, h3, h4, h5, h6')]) {
    const t = el.isConnected && short(el, 250);
    if (!t) continue;
    const label = LINE.findIndex((re) => re.test(t));
    if (el.tagName !== 'SPAN' && ((on('dates') && isDateLine(t)) || /^[^\p{L}\p{N}]+$/u.test(t))) {
      el.remove();
      continue;
    }
    if (on('cta') && t.length < 200 && PROMO.test(t)) {
      el.remove();
      continue;
    }
    const isLine = (label >= 0 && t.length <= 140 && (label !== 2 || t.length < 30 || /:$/.test(t) || linkShare(el) > 0.5 || /^H/.test(el.tagName))) || CTA.test(t) && (linkShare(el) > 0 || t.length < 200) && !/[,;]\s.*[,;]\s/.test(t);
    if (!isLine) continue;
    // The link lists a label introduces (some pages put each link in a list of its own).
    for (let next = el.nextElementSibling; label === 2 && next && /^(UL|OL)$/.test(next.tagName) && linkShare(next) > 0.7; next = el.nextElementSibling) next.remove();
    el.remove();
  }
}

/**
 * After Readability: removes a short line near the top that is only the byline and/or a <time>
 * ("News Desk · 14 جنوری 2025"): the reader shows both in its header, in any language.
 */
export function removeBylineLine(root: Element, byline: string | null): void {
  if (!on('lines')) return;
  let blocks = 0;
  for (const el of root.querySelectorAll('p, div')) {
    if (el.querySelector('p, div') || !el.textContent?.trim()) continue;
    if (++blocks > 3) return;
    const t = short(el, 120);
    if (!t) continue;
    const parts = [...el.querySelectorAll('time')].map(text);
    if (byline && byline.length > 2) parts.push(byline);
    let rest = t;
    for (const part of parts) if (part) rest = rest.split(part).join(' ');
    if (rest !== t && /^[\s\p{P}\p{S}\p{N}]*(by\s*)?[\s\p{P}\p{S}\p{N}]*$/iu.test(rest)) el.remove();
  }
}

/** After Readability: removes a block that repeats the block just before it (duplicated captions). */
export function removeDuplicates(root: Element): void {
  if (!on('dupes')) return;
  let previous: Element | null = null;
  for (const el of [...root.querySelectorAll('p, figcaption, li, h2, h3, h4, h5, h6')]) {
    const t = text(el);
    if (!t) continue;
    if (previous && !previous.contains(el) && text(previous) === t) el.remove();
    else previous = el;
  }
}

/** After Readability: removes the article's title where the page repeats it near the top of the text (the reader shows it). */
export function removeTitleRepeat(root: Element, title: string): void {
  if (!on('title')) return;
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const wanted = norm(title);
  let seen = 0;
  for (const el of root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div, header')) {
    if (!el.textContent?.trim()) continue;
    const t = short(el, 300);
    if (t && wanted && norm(t) === wanted) el.remove();
    if (++seen >= 12) break;
  }
}

/** After Readability: removes paragraphs that are nothing but a link (teasers for other stories). */
export function removeLinkParagraphs(root: Element): void {
  if (!on('linkParas')) return;
  for (const p of [...root.querySelectorAll('p')]) {
    const share = linkShare(p);
    if (share > 0.9 || (share > 0.7 && p.querySelectorAll('a[href]').length > 1 && text(p).length * (1 - share) < 40)) p.remove();
  }
}

/**
 * Classes served the rules above; the reader does not have the page's styles. Event-handler
 * attributes never run in our pages (DOMPurify drops them at render), but Chromium reports each one
 * against the extension's CSP as soon as any parser there meets it, so they go here already.
 */
export function removePageAttributes(root: Element): void {
  for (const el of root.querySelectorAll('*')) {
    for (const { name } of [...el.attributes]) {
      if (/^on/i.test(name) || (name === 'class' && el.getAttribute('class') !== 'page')) el.removeAttribute(name);
    }
  }
}

const DATE_WORDS = /\d+|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(today|yesterday|[ap]\.?m\.?|utc|gmt|[a-z][sd]t|at|on|updated|published|posted)\b|[\s,.:;|/\-–—()]/gi;

/** A short line that is only a date and time ("Nov. 20, 2019 5:52 AM EST", "Updated: 18 NOV 2019"). */
function isDateLine(t: string): boolean {
  return t.length < 60 && /\b(1[89]|20)\d\d\b/.test(t) && t.replace(DATE_WORDS, '') === '';
}

/** The element's text when it is at most `max` characters (cheap length check first), else ''. */
function short(el: Element, max: number): string {
  const raw = el.textContent ?? '';
  if (raw.length > max * 20) return '';
  const t = raw.replace(/\s+/g, ' ').trim();
  return t.length > max ? '' : t;
}

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An address shown as the link's text (a source, a footnote, a contact), not a teaser for another page. */
const ADDRESS = /^(https?:\/\/|www\.)\S+$|^\S+@\S+\.\w+$/;

/** Share of an element's text that sits in links to other pages: named anchors (no href) and shown addresses do not count. */
function linkShare(el: Element): number {
  const all = text(el).length;
  let linked = 0;
  for (const a of el.querySelectorAll('a[href]')) {
    const t = text(a);
    if (!ADDRESS.test(t)) linked += t.length;
  }
  return all ? linked / all : 0;
}
