// @vitest-environment node
// The mechanism bugs found on pages nobody tuned for, each on a small page of our own.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { pageShape } from '../../../utils/extract/article-gate';
import { removeBoxes } from '../../../utils/extract/rules/boxes';
import { removeChrome } from '../../../utils/extract/rules/chrome';
import { removeLinkParagraphs } from '../../../utils/extract/rules/link-paragraphs';
import { betterMainBlock, markedBlock } from '../../../utils/extract/main-block';
import { ARTICLE_RULES, RULE_NAMES, type RuleName } from '../../../utils/extract/rules';
import { plainText } from '../../../utils/extract/plain-text';
import { parseHtml } from '../dom';

function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`).body;
}
const para = (n: number) => `<p>Paragraph ${n} of the story, long enough to be real text that a reader came here to read today.</p>`;
const story = (n: number) => Array.from({ length: n }, (_, i) => para(i)).join('');
const article = (head: string, bodyHtml: string, html = '<html lang="en">') => {
  const result = extractArticle(parseHtml(`${html}<head><title>The harbour story</title>${head}</head><body>${bodyHtml}</body></html>`), { force: true });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
};

describe('removeChrome and removeBoxes share a budget', () => {
  it('keeps headers that hold a heading or prose (standfirsts, accordion headings), drops a page header of links', () => {
    const root = body(`<header><a href="/">Home</a> <a href="/news">News</a></header>
      <header><p class="standfirst">The council says the harbour will reopen in spring, after two years of work on its walls.</p></header>
      ${[1, 2, 3].map((n) => `<section><header><h3>Question ${n}</h3></header>${para(n)}</section>`).join('')}`);
    removeChrome(root);
    const text = plainText(root);
    expect(text).not.toContain('Home');
    for (const wanted of ['The council says', 'Question 1', 'Question 3', 'Paragraph 3']) expect(text).toContain(wanted);
  });

  it('keeps a standfirst written as bare text in a <header>, drops a short bare label', () => {
    const root = body(`<header>The council says the harbour will reopen in spring, after two years of work on its walls.</header><header>Menu</header>${story(4)}`);
    removeChrome(root);
    expect(plainText(root)).toContain('The council says');
    expect(plainText(root)).not.toContain('Menu');
  });

  it('removes small boxes only until 40 % of the text has gone, however many there are', () => {
    const root = body(`${para(0)}${[1, 2, 3, 4].map((n) => `<div class="related">${para(n)}</div>`).join('')}`);
    removeBoxes(root);
    expect(plainText(root).split('\n\n')).toHaveLength(3);
  });

  it('reads words in classes and short ids, not in the heading slugs of documentation sites', () => {
    const root = body(`${para(0)}<section id="sharing-with-your-team"><h2>Sharing with your team</h2>${para(1)}</section><div id="share">Share on X</div>${story(3)}`);
    removeBoxes(root);
    expect(plainText(root)).toContain('Sharing with your team');
    expect(plainText(root)).not.toContain('Share on X');
  });
});

describe('removeLinkParagraphs', () => {
  it('keeps named anchors (no href), e-mail addresses and footnote addresses; drops teasers', () => {
    const root = body(`<p><a name="q1">What made you start the harbour project in the first place?</a></p>
      <p><a href="mailto:desk@example.org">desk@example.org</a></p>
      <p>[1] <a href="https://example.org/report.pdf">https://example.org/report.pdf</a></p>
      <p><a href="/other-story">Another story about something else entirely</a></p>${para(1)}`);
    removeLinkParagraphs(root);
    const text = plainText(root);
    for (const wanted of ['What made you start', 'desk@example.org', 'https://example.org/report.pdf', 'Paragraph 1']) expect(text).toContain(wanted);
    expect(text).not.toContain('Another story');
  });

  it('keeps the links of a data table (a name in each row linking to its page)', () => {
    const rows = ['Harbour Maps', 'Tide Tables', 'Boat Finder'].map((app, i) => `<tr><td><p><a href="/apps/${i}">${app}</a></p></td><td>Free</td><td>4.${i}</td></tr>`).join('');
    const root = body(`${para(1)}<table><tbody>${rows}</tbody></table>`);
    removeLinkParagraphs(root);
    for (const app of ['Harbour Maps', 'Tide Tables', 'Boat Finder']) expect(plainText(root)).toContain(app);
  });
});

describe('metadata from pages that get it half right', () => {
  it("takes the article's own direction over the page's", () => {
    const rtl = '<p>هذا نص المقال الطويل الذي جاء القارئ لقراءته اليوم، وهو طويل بما يكفي ليكون نصا حقيقيا.</p>'.repeat(6);
    expect(article('', `<nav><a href="/">Home</a></nav><article dir="rtl">${rtl}</article>`, '<html lang="en" dir="ltr">').dir).toBe('rtl');
  });

  it('reads JSON-LD wrapped in CDATA', () => {
    const ld = `<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","headline":"The harbour story","datePublished":"2024-03-05T08:00:00Z"}\n//]]></script>`;
    expect(article(ld, `<article>${story(6)}</article>`).publishedTime).toBe('2024-03-05T08:00:00.000Z');
  });

  it('skips a broken description, reads property lists, decodes entities encoded twice', () => {
    const head = `<meta name="description" content="undefined"><meta property="og:description twitter:description" content="That&amp;#039;s how the harbour was saved, in the words of those who did it.">`;
    expect(article(head, `<article>${story(6)}</article>`).excerpt).toBe("That's how the harbour was saved, in the words of those who did it.");
  });

  it('falls back to the first paragraph for the excerpt, not a heading', () => {
    expect(article('', `<article><h2>About This Site</h2>${story(6)}</article>`).excerpt).toMatch(/^Paragraph 0/);
  });

  it("keeps the byline Readability found on the page when the article is re-read from the page's marked main block", () => {
    const box = `<aside class="service"><h3>Customer service</h3>${'<p>Call us Monday, Tuesday, Wednesday, Thursday, Friday, by phone, e-mail, chat, letter, fax, or in a shop, any week, any month, all year round.</p>'.repeat(3)}</aside>`;
    const steps = Array.from({ length: 12 }, (_, i) => `<p>Step ${i} of the recipe tells you what to do next and how long it takes before you move on to the next step.</p>`).join('');
    expect(article('', `<header><h1>The harbour story</h1><span itemprop="author">Ann Lee</span></header>${box}<div itemprop="articleBody">${steps}</div>`).byline).toBe('Ann Lee');
  });

  it('cuts a site name after a dash off the page title, as later Readability versions do; keeps a short title whole', () => {
    const got = (title: string) => {
      const result = extractArticle(parseHtml(`<html><head><title>${title}</title></head><body><article>${story(6)}</article></body></html>`), { force: true });
      return result.ok ? result.article.title : null;
    };
    expect(got('Why the harbour wall failed last winter – The Coastal Times')).toBe('Why the harbour wall failed last winter');
    expect(got('Evolve: Shared Mutable History — evolve extension for Mercurial')).toBe('Evolve: Shared Mutable History — evolve extension for Mercurial');
    expect(got('Coastal Times — Why the harbour wall failed last winter')).toBe('Why the harbour wall failed last winter');
  });

  it("takes the site's name from application-name without its slogan", () => {
    expect(article('<meta name="application-name" content="Coastal News - Latest News &amp; Headlines">', `<article>${story(6)}</article>`).siteName).toBe('Coastal News');
  });

  it('drops soft hyphens from the text and the title', () => {
    const a = article('<meta property="og:title" content="The har&shy;bour story">', `<article><p>The har&shy;bour re&shy;opens next spring, the council said on Tuesday, after two years of work.</p>${story(5)}</article>`);
    expect(a.text).toContain('The harbour reopens');
    expect(a.text + a.title).not.toContain('\u00ad');
  });
});

describe('betterMainBlock: the block the page marks as its main text, where Readability picked another', () => {
  // Readability favours commas: a contact box full of them can outscore a plain-spoken recipe.
  const box = `<div class="service"><h3>Customer service</h3>${'<p>Call us Monday, Tuesday, Wednesday, Thursday, Friday, by phone, e-mail, chat, letter, fax, or in a shop, any week, any month, all year round.</p>'.repeat(3)}</div>`;
  const steps = Array.from({ length: 12 }, (_, i) => `<p>Step ${i} of the recipe tells you what to do next and how long it takes before you move on to the next step.</p>`).join('');
  const page = parseHtml(`<html><body><main><aside>${box}</aside><article itemprop="articleBody">${steps}</article></main></body></html>`);

  it('points at the marked block holding clearly more running text than the choice', () => {
    const service = page.querySelector('.service')!;
    expect(betterMainBlock(page, service, pageShape(service))).toEqual({ mark: 'articleBody', index: 0 });
  });

  it("keeps Readability's choice when it holds the article, and ignores pages that are lists of cards", () => {
    const marked = page.querySelector('article')!;
    expect(betterMainBlock(page, marked, pageShape(marked))).toBeNull();
    const cards = parseHtml(`<html><body>${Array.from({ length: 41 }, () => `<article>${steps}</article>`).join('')}</body></html>`);
    const first = cards.querySelector('p')!;
    expect(betterMainBlock(cards, first, pageShape(first))).toBeNull();
  });

  it('takes the element holding every paragraph when the page marks each paragraph as the articleBody', () => {
    // A magazine page marks each paragraph's text, not the article; a sale teaser after the footer is one long block.
    const teaser = '<div id="push"><div>Summer sale on garden tools</div><div>Every rake, spade, hoe, pair of shears, hose and watering can is a third off this week, in every shop, online and by phone, while stocks last.</div></div>';
    const parts = Array.from({ length: 8 }, (_, i) => `<p><span itemprop="articleBody">Part ${i} of the feature on the allotments follows the growers through a whole season of work and weather.</span></p>`).join('');
    const magazine = parseHtml(`<html><body><div class="feature"><h1>The allotments</h1><div class="text">${parts}</div></div><footer><a href="/">Home</a></footer>${teaser}</body></html>`);
    const chosen = magazine.getElementById('push')!;
    const block = betterMainBlock(magazine, chosen, pageShape(chosen));
    expect(block).not.toBeNull();
    const whole = markedBlock(magazine, block!);
    expect(whole.className).toBe('text');
    expect(plainText(whole)).toContain('Part 0 of the feature');
    expect(plainText(whole)).toContain('Part 7 of the feature');
  });

  it("takes a marked block of an article's length when Readability's choice lies outside every marked block", () => {
    // A short post of numbered links: Readability passes over it for the site's long disclaimer in the footer.
    const links = Array.from({ length: 6 }, (_, i) => `<p>${i + 1}. <a href="/files/${i}">Radio archive ${i}</a> recordings of the station, sorted by year.</p>`).join('');
    const intro = '<p>A collection of old radio recordings that listeners sent in over the years, gathered here for anyone who wants them.</p>';
    const disclaimer = '<p class="legal">All material on this site was collected from the web; we do not produce it and keep it for study only. If it infringes your rights, write to us at the address below and we will remove it at once, without question. Links to other sites are the business of those sites, not ours. Thank you for understanding, and for reading.</p>';
    const post = parseHtml(`<html><body><main><article>${intro.repeat(5)}${links}</article></main><footer>${disclaimer}</footer></body></html>`);
    const legal = post.querySelector('.legal')!;
    expect(betterMainBlock(post, legal, pageShape(legal))).toEqual({ mark: 'article', index: 0 });
    // The same amount of text chosen inside the marked block stands.
    const inside = post.querySelector('article p')!;
    expect(betterMainBlock(post, inside, pageShape(legal))).toBeNull();
  });

});

describe('extractArticle works on a copy', () => {
  it("leaves the page as it was, its style sheets included, and keeps the page's address and title in the copy", () => {
    const page = parseHtml(`<html><head><title>The harbour story</title><style>p { color: red }</style></head>
      <body><style>.x { color: blue }</style><article><p><a href="/harbour/map">The map</a> of the works.</p>${story(6)}</article></body></html>`);
    const before = page.documentElement.outerHTML;
    const result = extractArticle(page);
    expect(page.documentElement.outerHTML).toBe(before);
    expect(result.ok && result.article.title).toBe('The harbour story');
    expect(result.ok && result.article.html).toContain('href="https://example.org/harbour/map"');
    expect(result.ok && result.article.html).not.toMatch(/<style|color:/);
  });
});

describe('rules as a list, switched by options', () => {
  it('names every rule, and switches one off for one call only', () => {
    expect(ARTICLE_RULES.map((r) => r.name).every((name) => RULE_NAMES.includes(name))).toBe(true);
    const html = `<html><head><title>The harbour story</title></head><body><article>${story(6)}<section class="newsletter-box"><p>Get the weekly letter about harbours</p></section></article></body></html>`;
    const text = (off?: RuleName[]) => {
      const result = extractArticle(parseHtml(html), { force: true, off });
      return result.ok ? result.article.text : '';
    };
    expect(text(['boxes'])).toContain('Get the weekly letter about harbours');
    expect(text()).not.toContain('Get the weekly letter about harbours');
  });
});
