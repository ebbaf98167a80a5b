// @vitest-environment node
// An article set in parts, each part in its own nest of wrappers with a media box between (wrappers): an invented
// German page, tests/fixtures/extract/wrappers/split-article.html.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import type { RuleName } from '../../../utils/extract/rules';
import { FIXTURES } from '../dom';

function text(off: RuleName[] = []) {
  const source = readFileSync(path.join(FIXTURES, 'extract/wrappers/split-article.html'), 'utf8');
  const result = extractArticle(new JSDOM(source, { url: 'https://example.de/region/alte-bruecke.html' }).window.document, { off });
  if (!result.ok) throw new Error(result.reason);
  return result.article.text;
}

describe('wrappers', () => {
  it('keeps every part of an article whose parts sit each in its own nest of wrappers', () => {
    const kept = text();
    for (const part of ['Die Alte Brücke über den Fluss wird ab Mai', 'In der Altstadt sorgen sich die Händler', 'Schon vor zehn Jahren war über einen Neubau']) expect(kept).toContain(part);
  });

  it('leaves out what is not the article: the menu, the footer', () => {
    const kept = text();
    for (const gone of ['Impressum', 'Datenschutz', 'Wetter']) expect(kept).not.toContain(gone);
  });

  it('is what joins the parts (switched off, Readability keeps the longest part alone)', () => {
    const kept = text(['wrappers']);
    expect(kept).toContain('Schon vor zehn Jahren war über einen Neubau');
    expect(kept).not.toContain('Die Alte Brücke über den Fluss wird ab Mai');
  });
});
