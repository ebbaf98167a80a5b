// @vitest-environment node
// Twenty-second round: our clean-up never empties what Readability found. A short article all of whose text one rule
// reads as clutter (here a title written without spaces, as Chinese and Japanese titles are, which the citation rule
// takes whole as its "first words", beside an address on the page's own site) is shown uncleaned, not refused.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { parseHtml } from '../dom';

const TITLE = '港口城墙翻新工程';
const PAGE = `<html><head><title>${TITLE}</title></head><body>
  <nav><a href="/">首页</a> <a href="/news">新闻</a></nav>
  <main><article><h1>${TITLE}</h1>
    <p>${TITLE}：市政府今天宣布港口城墙将在明年春天开始翻新，工程预计持续两年，费用由市财政承担。详情见 https://www.gangkou.example/gongcheng/2026 的公告。</p>
  </article></main>
  <footer>© 港口日报</footer>
</body></html>`;

describe('extraction when the rules would leave nothing', () => {
  it('shows the article Readability found, when asked to show it anyway', () => {
    const doc = parseHtml(PAGE, 'https://www.gangkou.example/news/42');
    const result = extractArticle(doc, { force: true });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toContain('市政府今天宣布港口城墙将在明年春天开始翻新');
  });
});
