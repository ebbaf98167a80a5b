// Invented pages: a short news item under a long comment thread, a change note written as a list with
// comments below, a page that is nothing but comments.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { pageShape } from '../../../utils/extract/article-gate';
import { isCommentBlock } from '../../../utils/extract/comment-thread';
import { betterMainBlock } from '../../../utils/extract/main-block';
import { parseHtml } from '../dom';

/** A comment as forums and blogs write them: an author and a time, then a long opinion full of commas. */
const comment = (i: number, tag = 'div', cls = 'comment') =>
  `<${tag} class="${cls}"><div class="head"><span class="author">reader${i}</span> <time>2 Dec 2026, 10:${10 + i}</time></div>` +
  `<p>Well, I think, honestly, that this is, as always, a question of taste, money, time, patience and luck, and, frankly, ` +
  `of whether you, or your neighbour, or anyone, really needs it at all, which, in my case, number ${i}, I doubt, very much.</p></${tag}>`;

function page(article: string, thread: string): Document {
  return parseHtml(`<html><head><title>Harbour news</title></head><body><header><a href="/">Home</a></header>
    <div class="content">${article}</div>${thread}<footer><a href="/about">About</a></footer></body></html>`);
}

describe('a comment thread taken for the article', () => {
  const news =
    '<h1>Ferry returns to the harbour</h1><p>The old ferry to the island returns to service on Monday after a winter in the yard, the harbour office said.</p>' +
    '<p>It sails four times a day in summer and twice in winter; tickets are sold on board only.</p>';
  const thread = `<section id="comments"><h2>Comments (14)</h2>${Array.from({ length: 14 }, (_, i) => comment(i)).join('')}</section>`;

  it('gives the short news item, not the long thread under it', () => {
    const doc = page(news, thread);
    const unchecked = extractArticle(doc, { force: true, off: ['comments'] });
    expect(unchecked.ok && unchecked.article.text).toContain('a question of taste');
    const result = extractArticle(doc, { force: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('The old ferry to the island returns');
    expect(result.article.text).toContain('tickets are sold on board only');
    expect(result.article.text).not.toContain('a question of taste');
    // Readability's byline from the first look was a commenter's name.
    expect(result.article.byline ?? '').not.toMatch(/reader/);
  });

  it('gives a change note written as a list of items, with the comments below it left out', () => {
    const items = Array.from({ length: 10 }, (_, i) => `<li>#${4000 + i} Fixed crash ${i} when saving a sheet with merged cells</li>`).join('');
    const note = `<h1>Spreadsheet 3.2.1</h1><p>Version 3.2.1 is a bug-fix release of the free spreadsheet program.</p><p>Fixed in this release:</p><ul>${items}</ul>`;
    const list = `<div class="reacties"><ol>${Array.from({ length: 14 }, (_, i) => comment(i, 'li', 'reactie')).join('')}</ol></div>`;
    const result = extractArticle(page(note, list), { force: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('#4000 Fixed crash 0');
    expect(result.article.text).toContain('#4009 Fixed crash 9');
    expect(result.article.text).not.toContain('a question of taste');
  });

  it('keeps the comments of a page that holds nothing else', () => {
    const doc = parseHtml(`<html><body>${thread}</body></html>`);
    const result = extractArticle(doc, { force: true });
    expect(result.ok && result.article.text).toContain('a question of taste');
  });
});

describe('comments written as <article> elements under a short post', () => {
  // A blog post of four short paragraphs; its readers' comments are <article class="comment"> too, one of them longer
  // than the post. The main-block look must not take that comment for the page's marked article.
  const post =
    '<article class="post"><h1>Why the lighthouse clock runs late</h1>' +
    '<p>The clock in the old lighthouse loses a minute a week, and nobody noticed for years.</p>' +
    '<p>Its pendulum hangs in a draught from the stairwell, which slows it on windy nights.</p>' +
    '<p>The keepers set it right each Sunday, so the logbook never showed the drift.</p>' +
    '<p>A new door on the stairwell has fixed it; we will see how it keeps time this winter.</p></article>';
  const long =
    '<article class="comment"><header><b>Ines</b> <time>3 Dec 2026</time></header><div><div class="body">' +
    Array.from({ length: 3 }, (_, i) => `<p>Pendulum clocks, in my experience, drift with the temperature, the draught, the humidity and, ` +
      `now and then, the way the floor settles, so a minute a week, number ${i}, is, honestly, about what you would expect from one of that age.</p>`).join('') +
    '</div></div></article>';
  const short = (i: number) => `<article class="comment"><header><b>reader${i}</b></header><div><p>Nice story, thanks.</p></div></article>`;
  const doc = () => parseHtml(`<html><head><title>Lighthouse notes</title></head><body><nav><a href="/">Home</a></nav>
    <main>${post}<section class="comments-area">${short(1)}${long}${short(2)}</section></main><footer>Lighthouse notes</footer></body></html>`);

  it('gives the post, not the long comment', () => {
    const result = extractArticle(doc(), { force: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('The clock in the old lighthouse loses a minute a week');
    expect(result.article.text).toContain('A new door on the stairwell has fixed it');
    expect(result.article.text).not.toContain('Pendulum clocks, in my experience');
  });
});

describe('the main-block look and comments written as <article>', () => {
  it('does not take a reader\'s comment for the page\'s marked article', () => {
    // Readability's choice lies outside every <article> (a promotion box): the look for a marked block with an
    // article's worth of text must not settle on the one long comment.
    const remark = Array.from({ length: 3 }, (_, i) => `<p>Pendulum clocks drift with the temperature, the draught and the humidity, ` +
      `and the way the floor settles over the years; a minute a week, in my experience (remark ${i}), is what one of that age keeps.</p>`).join('');
    const doc = parseHtml(`<html><body><article class="post"><h1>The lighthouse clock</h1><p>It loses a minute a week.</p></article>
      <div class="promo"><p>Get our weekly letter about old buildings, their clocks and their keepers, every Friday morning.</p></div>
      <section id="comments"><article class="comment"><b>Ines</b>${remark}</article></section></body></html>`);
    const chosen = parseHtml(`<html><body><div><p>Get our weekly letter about old buildings, their clocks and their keepers, every Friday morning.</p></div></body></html>`).body;
    expect(betterMainBlock(doc, chosen, pageShape(chosen))).toBeNull();
  });
});

describe('isCommentBlock', () => {
  const el = (html: string) => parseHtml(`<html><body>${html}</body></html>`).body.firstElementChild!;
  it('knows comment sections by whole names and by microdata', () => {
    for (const html of ['<div id="comments">', '<ol class="commentlist">', '<div class="wrap comments-area">', '<section class="kommentare">',
      '<div id="reacties">', '<div itemscope itemtype="https://schema.org/UserComments">', '<div itemtype="http://schema.org/Comment">']) expect(isCommentBlock(el(html)), html).toBe(true);
  });
  it('leaves alone links to them and articles that merely allow them', () => {
    for (const html of ['<a class="comment-count">', '<div class="article no-comments">', '<div class="has-comments post">', '<div id="commentary">'])
      expect(isCommentBlock(el(html)), html).toBe(false);
  });
});
