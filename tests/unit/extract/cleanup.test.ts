// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { removeAdLabels } from '../../../utils/extract/rules/ad-labels';
import { removeBoxes } from '../../../utils/extract/rules/boxes';
import { removeBylineLine } from '../../../utils/extract/rules/byline-line';
import { removeChrome } from '../../../utils/extract/rules/chrome';
import { removeCredits } from '../../../utils/extract/rules/credits';
import { removeDateLines } from '../../../utils/extract/rules/date-lines';
import { removeDuplicates } from '../../../utils/extract/rules/duplicates';
import { removeFurnitureLines } from '../../../utils/extract/rules/furniture-lines';
import { removeLinkParagraphs } from '../../../utils/extract/rules/link-paragraphs';
import { removePageAttributes } from '../../../utils/extract/rules/page-attributes';
import { removePromoLines } from '../../../utils/extract/rules/promo-lines';
import { removeTitleRepeat } from '../../../utils/extract/rules/title-repeat';
import { plainText } from '../../../utils/extract/plain-text';
import { parseHtml } from '../dom';

/** A body of our own making, parsed as Readability's output would be (classes kept). */
function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`).body;
}
const textOf = (el: Element) => plainText(el).replace(/\n\n/g, ' ');
const para = (n: number) => `<p>Paragraph ${n} of the story, long enough to be real text that a reader came here to read today.</p>`;

describe('removeBoxes (class and id words)', () => {
  it('drops share, related, newsletter, author-bio, byline, cookie and comment boxes', () => {
    const root = body(`${para(1)}
      <div class="share-bar"><a href="#">Facebook</a></div>
      <section class="relatedArticles"><a href="/x">Another story</a></section>
      <div id="newsletter-signup">Get our daily email</div>
      <div class="author-bio">Jane writes about things.</div>
      <div class="article-byline">By Jane Doe</div>
      <div class="cookie_notice">We use cookies</div>
      <div id="comments">3 comments</div>${para(2)}`);
    removeBoxes(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + para(2))));
  });

  it('drops an author box whose class writes "author" and the box in one word (authorbox, authorinfo), with its parts', () => {
    const root = body(`${para(1)}${para(2)}${para(3)}
      <div class="authorbox"><div class="authorbox__header"><p><a href="/staff/lena">Lena Ortiz</a></p></div>
      <p class="authorbox__description">Empecé como reportera del puerto en 2019 y cubro desde entonces la pesca y los muelles.</p></div>
      <aside class="authorinfo">Lena Ortiz escribe sobre el mar.</aside>`);
    removeBoxes(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + para(2) + para(3))));
  });

  it('keeps a box that holds most of the article, and boxes with unrelated words', () => {
    const root = body(`<div class="post-content social-reading">${para(1)}${para(2)}${para(3)}</div><div class="shared-data">${para(4)}</div>`);
    removeBoxes(root);
    expect(textOf(root)).toContain('Paragraph 3');
    expect(textOf(root)).toContain('Paragraph 4');
  });
});

describe('removeChrome', () => {
  it('drops nav, page header and footer, menus and dialogs kept by Readability', () => {
    const root = body(`<header><a href="/">Home</a> Sign in</header><nav><a href="/news">News</a></nav>${para(1)}
      <ul role="menu"><li>Sports</li></ul><div role="dialog">Accept all</div>${para(2)}<footer>Tags: x, y</footer>`);
    removeChrome(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + para(2))));
  });

  it("drops a player's controls (role=application) left after the article, keeps the article", () => {
    const player = `<div role="application" aria-label="Lecteur vidéo"><span>0 secondes sur 0 secondes</span><span>Volume 0 %</span>
      <span>Appuyez sur Maj + point d'interrogation pour afficher les raccourcis clavier</span><div>Lecture/PauseESPACE</div><div>Plein écranf</div></div>`;
    const root = body(`${para(1)}${para(2)}${para(3)}${player}`);
    removeChrome(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + para(2) + para(3))));
  });
});

describe('removeCredits', () => {
  it('drops credit lines but keeps the caption itself', () => {
    const root = body(`${para(1)}<figure><img src="a.jpg"><figcaption>The harbour at dawn. <span>Jane Doe/Agency</span></figcaption></figure>
      <p>Photo: Jane Doe, Agency</p><p>(Image: © Agency)</p><p>Image copyright Agency</p><p>© Agency 2019</p>${para(2)}`);
    removeCredits(root);
    expect(textOf(root)).toBe(textOf(body(`${para(1)}<p>The harbour at dawn.</p>${para(2)}`)));
  });
});

describe('removeFurnitureLines', () => {
  it('drops date and byline lines, related labels with their link list, share/comment labels and calls to action', () => {
    const root = body(`<p>Published 10:02 AM EST Nov 19, 2019</p><p>By Jane Doe</p>${para(1)}
      <p>Related: <a href="/y">Another story entirely</a></p><h3>You may also like:</h3><ul><li><a href="/a">Story A</a></li><li><a href="/b">Story B</a></li></ul>
      <p>Share this article</p><p>3 Comments</p><p>5 min read</p><p>Filed under: News |</p><p>Tags: rivers, floods</p><p>Sign up for our free newsletter to get the news in your inbox.</p>
      <p>This website uses cookies to improve your experience. Accept</p>${para(2)}`);
    removeFurnitureLines(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + para(2))));
  });

  it('keeps sentences that merely start like furniture', () => {
    const kept = ['By Tuesday the river had risen.', 'More than 200 people were there.', 'Popular support fell, the poll says, and fell again.', 'Subscribers pay more, she said.'];
    const root = body(kept.map((t) => `<p>${t}</p>`).join(''));
    removeFurnitureLines(root);
    expect(textOf(root)).toBe(kept.join(' '));
  });
});

describe('removeDateLines and removeFurnitureLines: date-only lines and separators', () => {
  it('drops a line that is only a date and time, and a line of underscores', () => {
    const root = body(`<p>Nov. 20, 2019 5:52 AM EST</p><div>Updated: 18 NOV 2019</div>${para(1)}<p>___</p>${para(2)}`);
    removeDateLines(root);
    removeFurnitureLines(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + para(2))));
  });

  it('drops a date with a time of day and a label of a few words in any language, keeps a label with a date alone and a sentence', () => {
    const kept = '<p>Gesperrt ab 01.03.2020</p><p>2020.03.01 Fähre</p><p>Die Fähre fährt am 01.03.2020 um 18:50 Uhr wieder.</p>';
    const root = body(`<p>Zuletzt geändert 07.01.2026 - 18:50 Uhr</p><div>3 Mar, 2020, 9.15PM IST</div><p>Oppdatert 7. januar 2026 kl. 18.50</p>${para(1)}${kept}`);
    removeDateLines(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + kept)));
  });

  it('counts no single character as a label word: drops a date line with a date\'s units or initials, keeps a sentence', () => {
    const kept = '<p>Матч начнётся 12 марта 2021 г. в 19:00 по Москве.</p><p>Der Bus kam 2021 um 9:40 an, zu spät.</p>';
    const root = body(`<p>Дата выхода: 12 марта 2021 г., 09:40</p><div>Text: A.B. 2021年3月12日 09:40</div>${para(1)}${kept}`);
    removeDateLines(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + kept)));
  });

  it('drops a <time> standing alone over the title, keeps one inside a sentence or beside words', () => {
    const inSentence = '<p>Die Wahl fand am <time datetime="2021-09-26">26. September 2021</time> statt, früher als geplant.</p>';
    const beside = '<div><span>Kurz gesagt:</span> <time>26. September 2021</time> und dann mehr, viel mehr als ein Datum.</div>';
    const root = body(`<article><time datetime="2021-09-26">26. September 2021</time>\n<h2>Titel</h2>${para(1)}${inSentence}${beside}</article>`);
    removeDateLines(root);
    expect(textOf(root)).toBe(textOf(body(`<h2>Titel</h2>${para(1)}${inSentence}${beside}`)));
  });

  it('keeps times without a year, numbers inside a sentence and short numeric spans', () => {
    const root = body(`<p>10 p.m.</p><p>The vote was held in 2019.</p><p>Image <span>1</span> of 9</p>`);
    removeDateLines(root);
    removeFurnitureLines(root);
    expect(textOf(root)).toBe('10 p.m. The vote was held in 2019. Image 1 of 9');
  });
});

describe('removeAdLabels', () => {
  it('drops "Article continues below this ad" and "Story continues below advertisement", keeps a sentence that says an article continues', () => {
    const sentence = '<p>The article continues below the fold in the print edition, the editor said.</p>';
    const root = body(`${para(1)}<div class="ad-note"><span>Article continues below this ad</span></div><p>Story continues below advertisement</p>${sentence}${para(2)}`);
    removeAdLabels(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + sentence + para(2))));
  });
});

describe('removePromoLines and removeFurnitureLines: promotional asides', () => {
  it('drops click-here, follow-us, share-it and contact asides, and noscript notices', () => {
    const root = body(`${para(1)}<p>Get the print edition every month. Click here for more information.</p>
      <p>Follow us on Instagram, Facebook and YouTube.</p><p>Like this story? Share it with a friend!</p>
      <p>Have a tip? Jane Doe may be reached at jane@example.org.</p><p>This slideshow requires JavaScript.</p>${para(2)}`);
    removePromoLines(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + para(2))));
  });

  it('drops an affiliate disclosure of two or three sentences, keeps a longer paragraph that mentions affiliate links', () => {
    const disclosure = '<p>Every gadget in our buying guides is picked by our reviewers, who are not told which shops pay us. Some of the links in this guide are affiliate links: when you buy through one, the shop pays us a small affiliate commission at no extra cost to you.</p>';
    const story = `<p>The regulator said the reviews site had not told readers that its "best buy" lists were ordered by the affiliate commissions shops paid it, and fined it 40,000 euros. The site's owners said they would appeal, that every list had been written by staff reviewers, and that the commissions paid for the testing lab where the products were tried, which they said was the largest of its kind in the country.</p>`;
    const root = body(`${para(1)}${disclosure}${story}${para(2)}`);
    removePromoLines(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + story + para(2))));
  });

  it('drops an editor\'s contact note ("Questions? Email us at …"), keeps a sentence about e-mail', () => {
    const story = '<p>Readers can now e-mail the harbour master directly, the port said, and most questions are answered within a day.</p>';
    const root = body(`${para(1)}${story}${para(2)}<p>Questions about the ferry? Email us at harbour@example.org and we will look into it.</p>`);
    removePromoLines(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + story + para(2))));
  });

  it("drops a review's disclosure of the copy it was given, keeps a sentence about a review", () => {
    const disclosure = '<p>Harbour Tycoon was reviewed on PC using a download code provided by its publisher. More on how we review games here.</p>';
    const story = '<p>The plan was reviewed by the council last week, with figures the port authority had provided.</p>';
    const root = body(`${para(1)}${story}${para(2)}${disclosure}`);
    removePromoLines(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + story + para(2))));
  });

  it('removes every link list a "More:" label introduces', () => {
    const root = body(`${para(1)}<h4>More:</h4><ul><li><a href="/a">Story A</a></li></ul><ul><li><a href="/b">Story B</a></li></ul>${para(2)}`);
    removeFurnitureLines(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + para(2))));
  });
});

describe('removeLinkParagraphs', () => {
  it('keeps a paragraph that is a bare source address', () => {
    const root = body(`<p><a href="https://example.org/report">https://example.org/report</a></p>`);
    removeLinkParagraphs(root);
    expect(textOf(root)).toBe('https://example.org/report');
  });

  it('drops a paragraph of several links with little else, keeps a sentence with many links', () => {
    const root = body(`<p><a href="/a">Minister resigns after a long week of protests</a> [VIDEO] | <a href="/b">Storm closes schools across the region</a> [INSIGHT]</p>
      <p>A New York man pleaded guilty on Monday to threatening <a href="/p">a member of Congress</a>, <a href="/q">prosecutors said</a>.</p>`);
    removeLinkParagraphs(root);
    expect(textOf(root)).toBe('A New York man pleaded guilty on Monday to threatening a member of Congress, prosecutors said.');
  });

  it('drops a paragraph that is only a link, keeps paragraphs with links in them', () => {
    const root = body(`${para(1)}<p><a href="/other">ANOTHER STORY TEASED IN CAPITALS</a></p><p>She told <a href="/x">the paper</a> she would return next year.</p>`);
    removeLinkParagraphs(root);
    expect(textOf(root)).toBe(`${textOf(body(para(1)))} She told the paper she would return next year.`);
  });
});

describe('removeFurnitureLines: list labels', () => {
  it('drops bracketed related links and "more … stories" / "recent articles" labels', () => {
    const root = body(`${para(1)}<p>[Related: <a href="/r">Another story about the same thing</a>]</p><p>More Great Example Stories</p><h3>RECENT ARTICLES</h3>${para(2)}`);
    removeFurnitureLines(root);
    expect(textOf(root)).toBe(textOf(body(para(1) + para(2))));
  });
});

describe('removeTitleRepeat', () => {
  it('drops the title where the page repeats it at the top of the text, whatever its case and punctuation', () => {
    const root = body(`<div>New car sales plunge 10 percent in October</div><h2>NEW CAR SALES PLUNGE 10 PERCENT IN OCTOBER!</h2>${para(1)}`);
    removeTitleRepeat(root, { title: 'New car sales plunge 10 percent in October' });
    expect(textOf(root)).toBe(textOf(body(para(1))));
  });
});

describe('removeDuplicates', () => {
  it('drops a block that repeats the one before it, not a paragraph inside a list item', () => {
    const root = body(`<figure><figcaption>A caption</figcaption></figure><p>A caption</p>${para(1)}<ul><li><p>Item</p></li></ul>`);
    removeDuplicates(root);
    expect(textOf(root)).toBe(`A caption ${textOf(body(para(1)))} Item`);
  });
});

describe('extractArticle keeps what readers want', () => {
  it('keeps tables, lists, code, figure captions and block quotes through every rule', () => {
    const html = `<html><head><title>A test story</title></head><body><nav><a href="/">Home</a><a href="/news">News</a></nav>
      <article><h1>A test story</h1><div class="share-tools"><a href="#">Share</a></div>
      ${para(1)}${para(2)}<table><tr><th>Year</th><th>Count</th></tr><tr><td>2019</td><td>42</td></tr></table>
      <ul><li>First point of the list</li><li>Second point of the list</li></ul>
      <pre><code>const answer = 42;</code></pre>
      <figure><img src="x.jpg"><figcaption>The caption readers want.</figcaption></figure>
      <blockquote><p>A quoted passage worth keeping.</p></blockquote>${para(3)}${para(4)}
      <div class="related-stories"><h3>Related</h3><a href="/r">Read this too</a></div></article></body></html>`;
    const result = extractArticle(parseHtml(html));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const wanted of ['2019 42', 'First point of the list', 'const answer = 42;', 'The caption readers want.', 'A quoted passage worth keeping.', 'Paragraph 4']) {
      expect(result.article.text).toContain(wanted);
    }
    for (const unwanted of ['Share', 'Read this too', 'Home']) expect(result.article.text).not.toContain(unwanted);
    expect(result.article.html).not.toContain('class="share');
  });
});

describe('removePageAttributes', () => {
  it("drops the page's classes and every event-handler attribute, keeps the rest", () => {
    const root = body(`<p class="lede" onclick="x()" ONMOUSEOVER="y()" title="t" lang="fr">Text <img src="a.png" alt="A" onerror="z()"></p><svg class="icon" onload="w()"></svg>`);
    removePageAttributes(root);
    expect(root.innerHTML).toBe('<div class="page"><p title="t" lang="fr">Text <img src="a.png" alt="A"></p><svg></svg></div>');
  });
});

describe('removeBylineLine', () => {
  it('removes a top line that is only the byline and a date, in any script', () => {
    const root = body(`<p>نیوز ڈیسک · <time datetime="2025-01-14">14 جنوری 2025</time></p>${para(1)}`);
    removeBylineLine(root, { byline: 'نیوز ڈیسک' });
    expect(textOf(root)).toBe(textOf(body(para(1))));
  });

  it('removes "By X | <time>" but keeps sentences that name the writer or give a date', () => {
    const root = body(`<div><p>By Jane Doe | <time>March 3, 2024</time></p></div><p>Jane Doe, who wrote this, was there on <time>March 3</time> for the vote.</p>${para(1)}`);
    removeBylineLine(root, { byline: 'Jane Doe' });
    expect(textOf(root)).toMatch(/^Jane Doe, who wrote this/);
  });

  it('looks only at the first three blocks, and needs a byline or a <time> to match', () => {
    const root = body(`${para(1)}${para(2)}${para(3)}<p><time>May 5, 2024</time></p><p>12 · 2024</p>`);
    removeBylineLine(root, { byline: null });
    expect(root.querySelectorAll('p')).toHaveLength(5);
  });
});
