// @vitest-environment node
// Two mechanisms of the eighteenth round, on an invented page (tests/fixtures/extract/s18/noticia.html): an inline teaser
// set in brackets ("[Mais sobre o porto: <a>…</a>]") and an editor's lead-in left leading into nothing at the end of the
// text ("<em>Assista ao vídeo:</em>" over a player Readability drops).
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import type { RuleName } from '../../../utils/extract/rules';
import { FIXTURES } from '../dom';

function extract(page: string, url: string, off: RuleName[] = []) {
  const source = readFileSync(path.join(FIXTURES, `extract/s18/${page}.html`), 'utf8');
  const result = extractArticle(new JSDOM(source, { url }).window.document, { off });
  if (!result.ok) throw new Error(result.reason);
  return result.article.text;
}

const news = (off: RuleName[] = []) => extract('noticia', 'https://www.diariodolitoral.example/economia/2024/06/porto-amplia-terminal', off);

describe('inlineTeasers: a teaser set in brackets', () => {
  it('drops "[Mais sobre o porto: <a>…</a>]" linking another story of the site', () => {
    expect(news()).not.toContain('Exportações de açúcar');
    expect(news(['inlineTeasers'])).toContain('Exportações de açúcar');
  });

  it('keeps a sentence with a bracketed source on another site', () => {
    expect(news()).toContain('relatório da dragagem');
  });
});

describe('leadIns: a closing line leading into nothing', () => {
  it('drops the closing "Assista ao vídeo da reportagem:" whose player Readability dropped', () => {
    expect(news()).not.toContain('Assista ao vídeo');
    expect(news(['leadIns'])).toContain('Assista ao vídeo');
  });

  it('keeps a line ending in a colon that leads into a list, and the paragraphs after it', () => {
    const text = news();
    for (const kept of ['foram os seguintes:', 'a fila de navios no verão', 'A licitação deve ser aberta em agosto']) expect(text).toContain(kept);
  });

  it("keeps the writer's own plain lead-in at the end, over an embedded post Readability drops", () => {
    expect(extract('nota', 'https://www.diariodolitoral.example/cidade/2024/06/balsa')).toContain('Nas redes, a reação foi imediata:');
  });
});
