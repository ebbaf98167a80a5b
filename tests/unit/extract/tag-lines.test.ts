// @vitest-environment node
// Twenty-seventh round: the line that files a post under its tags or categories goes, told by its links'
// rel="tag" rather than by its words, so in any language (the invented German page of german-page.ts).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import type { RuleName } from '../../../utils/extract/rules';
import { removeTagLines } from '../../../utils/extract/rules/tag-lines';
import { parseHtml } from '../dom';
import { body, story, URL } from './german-page';

const FILED = 'Abgelegt unter Hafen, Stadtrat.';
const filing = '<p>Abgelegt unter <a href="/kategorie/hafen" rel="category tag">Hafen</a>, <a href="/tag/stadtrat" rel="tag">Stadtrat</a>.</p>';
const page = `<html lang="de"><head><title>Die Hafenmauer</title></head><body><main><article><h1>Die Hafenmauer</h1>${story(6)}${filing}</article></main></body></html>`;
const extracted = (off: RuleName[]) => {
  const result = extractArticle(parseHtml(page, URL), { force: true, off });
  return result.ok ? result.article.text : '';
};

describe('removeTagLines', () => {
  it('keeps the filing line out of the article, the text in', () => {
    expect(extracted([])).toContain('Absatz 5 der Geschichte');
    expect(extracted([])).not.toContain(FILED);
  });

  it('is what does it: without it the line is kept', () => {
    expect(extracted(['tagLines'])).toContain(FILED);
  });

  it('removes a short list of tag links, and leaves a paragraph of text that links one tag and a link without rel="tag"', () => {
    const long = `${'Die Stadträte gingen jeden Morgen an der Mauer entlang und schrieben auf, was sie sahen. '.repeat(3)}Mehr unter <a href="/tag/hafen" rel="tag">Hafen</a>.`;
    const root = body(`<ul><li><a href="/tag/hafen" rel="tag">Hafen</a></li><li><a href="/tag/mauer" rel="tag">Mauer</a></li></ul><p>${long}</p><p>Weiter <a href="/autor" rel="author">hier</a>.</p>`);
    removeTagLines(root);
    expect(root.querySelector('ul')).toBeNull();
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });
});
