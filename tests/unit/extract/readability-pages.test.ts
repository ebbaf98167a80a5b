// @vitest-environment node
// Mozilla Readability's own test pages as a regression suite (scripts/readability-pages.ts has the
// checks and the named exceptions). The vendored pages always run; a full copy of the suite runs
// when present (READABILITY_PAGES, else ../readability-pages/test/test-pages): every page when
// READABILITY_PAGES is set, every tenth page otherwise (a page takes seconds under jsdom; the full
// run is `npm run bench:readability`).
import { describe, expect, it } from 'vitest';
import { checkPage, DEFAULT_PAGES_DIR, FINDINGS, MIN_RECALL, pageNames, pagesDir, problems, RECALL_EXCEPTIONS, VENDORED_PAGES_DIR } from '../../../scripts/readability-pages';

function suite(dir: string, names: string[]) {
  for (const name of names) {
    // A page with a finding for the extraction rules fails until they are fixed; then drop it from FINDINGS.
    (FINDINGS[name] ? it.fails : it)(name, () => {
      const check = checkPage(dir, name);
      expect(problems(check), `${name}${check.missing.length ? `; lost: ${check.missing.slice(0, 3).join(' | ')}` : ''}`).toEqual([]);
    }, 120_000);
  }
}

describe('Readability test pages vendored in tests/fixtures/readability', () => {
  const names = pageNames(VENDORED_PAGES_DIR);
  it('are there, with a readerable page, a right-to-left page and a named exception among them', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names.some((n) => RECALL_EXCEPTIONS[n])).toBe(true);
    expect(names).toContain('rtl-1');
  });
  suite(VENDORED_PAGES_DIR, names);

  it('fails a page whose text lost what Readability keeps', () => {
    const check = { ...checkPage(VENDORED_PAGES_DIR, '001'), recall: MIN_RECALL - 0.01 };
    expect(problems(check)).toEqual([`recall ${(MIN_RECALL - 0.01).toFixed(3)} < ${MIN_RECALL}`]);
    expect(problems({ ...check, recall: 1, refused: true, metadata: { title: ['A', 'B'] } })).toEqual(['readerable page refused as "not an article"', 'title: expected "A", ours "B"']);
  }, 60_000);
});

const full = pagesDir();
describe.skipIf(!full)(`Readability's full test-page suite (${full ?? `skipped: no pages at ${DEFAULT_PAGES_DIR} and READABILITY_PAGES unset`})`, () => {
  const names = full ? pageNames(full) : [];
  suite(full!, process.env.READABILITY_PAGES ? names : names.filter((_, i) => i % 10 === 0));
});
