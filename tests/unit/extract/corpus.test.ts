// @vitest-environment node
// Checks on the dev corpus in ../shared (skipped when it is absent, e.g. outside this workplace):
// our metric agrees with the reference score.py, and our extractor never loses a page Readability gets.
import { Readability } from '@mozilla/readability';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageRecall, scoreCorpus, scorePage } from '../../../scripts/aeb-metric';
import { extractArticle } from '../../../utils/extract';
import { plainText } from '../../../utils/extract/plain-text';
import { parseHtml } from '../dom';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const DEV = path.join(CORPUS, 'aeb-dev');
const present = existsSync(path.join(DEV, 'ground-truth.json'));
const python = (() => {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!present)('dev corpus (../shared/corpus/aeb-dev; skipped: corpus not present)', () => {
  const truth = present ? (JSON.parse(readFileSync(path.join(DEV, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>) : {};
  // Every tenth page: enough to catch a rule that eats articles, quick enough for the unit run.
  const ids = present ? readdirSync(path.join(DEV, 'html')).map((f) => f.replace('.html.gz', '')).sort().filter((_, i) => i % 10 === 0) : [];
  const ours: Record<string, { articleBody: string }> = {};
  const bare: Record<string, string> = {};
  for (const id of ids) {
    const html = gunzipSync(readFileSync(path.join(DEV, 'html', `${id}.html.gz`))).toString('utf8');
    const result = extractArticle(parseHtml(html, truth[id]!.url), { force: true });
    ours[id] = { articleBody: result.ok ? result.article.text : '' };
    const parsed = new Readability(parseHtml(html, truth[id]!.url)).parse();
    const inert = parseHtml('<html><body></body></html>');
    inert.body.innerHTML = parsed?.content ?? '';
    bare[id] = plainText(inert.body);
  }

  it('never loses most of a page that bare Readability gets', () => {
    for (const id of ids) {
      const readability = pageRecall(scorePage(truth[id]!.articleBody, bare[id]!));
      const recall = pageRecall(scorePage(truth[id]!.articleBody, ours[id]!.articleBody));
      if (readability > 0.9) expect(recall, id).toBeGreaterThan(0.8);
    }
  }, 60_000);

  it.skipIf(!python || !existsSync(path.join(CORPUS, 'score.py')))('scores like score.py (skipped without python3 or score.py)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aeb-'));
    const subset = Object.fromEntries(ids.map((id) => [id, truth[id]]));
    writeFileSync(path.join(dir, 'gt.json'), JSON.stringify(subset));
    writeFileSync(path.join(dir, 'pred.json'), JSON.stringify(ours));
    const out = execFileSync('python3', [path.join(CORPUS, 'score.py'), path.join(dir, 'gt.json'), path.join(dir, 'pred.json')], { encoding: 'utf8' });
    const [, f1, p, r] = /F1=([\d.]+) P=([\d.]+) R=([\d.]+)/.exec(out)!;
    const mine = scoreCorpus(ids.map((id) => scorePage(truth[id]!.articleBody, ours[id]!.articleBody)));
    expect(mine.f1.toFixed(4)).toBe(f1);
    expect(mine.precision.toFixed(4)).toBe(p);
    expect(mine.recall.toFixed(4)).toBe(r);
  });
});
