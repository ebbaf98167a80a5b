import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { READWISE_COLUMNS, readwiseCsvHeader, readwiseCsvRows } from '../../../utils/clippings/export-highlights';
import { clippingMarkdown } from '../../../utils/clippings/export-markdown';
import { sanitizeHtml } from '../../../utils/sanitize';
import { makeClipping, makeHighlight } from './helpers';

const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });
const clipping = makeClipping(1, {
  title: 'Birds, "of" the bay', byline: 'Ann Writer', url: 'https://news.example/birds', state: 'reading',
  progress: { fraction: 0.4, anchor: null, updatedAt: 1 },
  highlights: [
    makeHighlight({ id: 'a', quote: quote('the pelican flew'), note: 'Check *this*\nsecond line', createdAt: Date.UTC(2026, 0, 2, 10) }),
    makeHighlight({ id: 'b', quote: quote('=HYPERLINK("http://evil.test")'), position: { type: 'TextPositionSelector', start: 90, end: 120 }, createdAt: Date.UTC(2026, 0, 3) }),
  ],
  highlightCount: 2,
});

describe('highlights in the Markdown export', () => {
  it('writes each quote as a block quote linked to its passage, its note below, state and progress in the front matter', () => {
    const md = clippingMarkdown(clipping, sanitizeHtml);
    expect(md).toContain('state: "reading"\nprogress: 0.4\n');
    expect(md).toContain(
      '## Highlights\n\n> the pelican flew ([link](<https://news.example/birds#:~:text=the%20pelican%20flew>))\n\nCheck \\*this\\*  \nsecond line\n\n' +
      '> \\=HYPERLINK("http://evil.test") ([link](<https://news.example/birds#:~:text=%3DHYPERLINK(%22http%3A%2F%2Fevil.test%22)>))\n\n[Source](<https://news.example/birds>)\n');
  });

  it('writes no section for a clipping without highlights', () => {
    expect(clippingMarkdown(makeClipping(2), sanitizeHtml)).not.toContain('## Highlights');
  });
});

describe('the Readwise CSV export', () => {
  it('writes one row per highlight in Readwise\'s columns, which a CSV parser reads back', () => {
    const csv = readwiseCsvHeader() + readwiseCsvRows([clipping, makeClipping(2)]);
    const { data, errors } = Papa.parse<string[]>(csv.trim(), { header: false });
    expect(errors).toEqual([]);
    expect(data).toEqual([
      [...READWISE_COLUMNS],
      ['the pelican flew', 'Birds, "of" the bay', 'Ann Writer', 'https://news.example/birds', 'Check *this*\nsecond line', '8', '2026-01-02T10:00:00.000Z'],
      // A spreadsheet would run a cell starting with "=": it is written as text.
      ["'=HYPERLINK(\"http://evil.test\")", 'Birds, "of" the bay', 'Ann Writer', 'https://news.example/birds', '', '90', '2026-01-03T00:00:00.000Z'],
    ]);
  });

  it('writes nothing for clippings without highlights', () => {
    expect(readwiseCsvRows([makeClipping(3)])).toBe('');
  });
});
