import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { HighlightsPanel } from '@/components/reader/HighlightsPanel';
import { clippingIndex } from '@/utils/clippings/db';
import { readwiseCsvRows } from '@/utils/clippings/export-highlights';
import { clippingMarkdown } from '@/utils/clippings/export-markdown';
import type { Highlight } from '@/utils/clippings/types';
import { plainText } from '@/utils/extract/plain-text';
import { anchorHighlights, describeSpan } from '@/utils/highlights/anchor';
import { quoteReader, rangeReadable } from '@/utils/highlights/readable-quote';
import { indexText } from '@/utils/highlights/text-index';
import { sanitizeHtml } from '@/utils/sanitize';
import { makeClipping } from '../clippings/helpers';
import { componentTests } from '../ui-helpers';

const { mount } = componentTests();

// An invented article: paragraphs, a heading, list items and table cells, whose Text nodes join with no break between blocks.
const ARTICLE =
  '<p>The canal keeper logged 3.7 metres at the lock</p>\n<p>Autumn rains kept the gates shut for a week.</p><h2>Boats</h2>' +
  '<ul><li>Barges waited</li><li>Tugs idled</li></ul><table><tr><td>Monday</td><td>2.9 m</td></tr></table>';

const stored = (id: string, quote: Highlight['quote'], start: number, end: number): Highlight =>
  ({ id, color: 'yellow', quote, position: { type: 'TextPositionSelector', start, end }, note: '', createdAt: Date.UTC(2026, 0, 2), updatedAt: 1 });

// Highlights across blocks as main's code (describeSpan, before this change) stored them: the selectors keep this meaning.
const STORED_ON_MAIN: Highlight[] = [
  stored('paragraphs', { type: 'TextQuoteSelector', exact: 'metres at the lock\nAutumn rains', prefix: 'The canal keeper logged 3.7 ', suffix: ' kept the gates shut for a week.' }, 28, 59),
  stored('heading', { type: 'TextQuoteSelector', exact: 'a week.BoatsBarges', prefix: 'n rains kept the gates shut for ', suffix: ' waitedTugs idledMonday2.9 m' }, 84, 102),
  stored('cells', { type: 'TextQuoteSelector', exact: 'Monday2.9', prefix: 'eek.BoatsBarges waitedTugs idled', suffix: ' m' }, 119, 128),
];
const READABLE = ['metres at the lock\n\nAutumn rains', 'a week.\n\nBoats\n\nBarges', 'Monday 2.9'];

function article(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = ARTICLE; // test fixture markup, written here (detached: the panel's mount clears the body)
  return root;
}

const clipping = (highlights: Highlight[]) =>
  makeClipping(1, { url: 'https://canal.example/log', html: ARTICLE, text: plainText(article()), highlights, highlightCount: highlights.length });

describe('a highlight across blocks', () => {
  it('is still described as before (the selectors keep their meaning) and a stored one anchors to the same text', () => {
    const root = article();
    const index = indexText(root);
    const at = index.text.indexOf('metres');
    expect(describeSpan(index, at, index.text.indexOf(' kept'))).toEqual({ quote: STORED_ON_MAIN[0]!.quote, position: STORED_ON_MAIN[0]!.position });
    const { placed, unplaced } = anchorHighlights(root, STORED_ON_MAIN);
    expect(unplaced).toEqual([]);
    expect(placed.map((p) => p.range.toString())).toEqual(STORED_ON_MAIN.map((h) => h.quote.exact));
  });

  it('reads with the break between its blocks, from the rendered range and from the clipping\'s text alike', () => {
    const root = article();
    expect(anchorHighlights(root, STORED_ON_MAIN).placed.map((p) => rangeReadable(p.range))).toEqual(READABLE);
    expect(STORED_ON_MAIN.map(quoteReader(plainText(root)))).toEqual(READABLE);
  });

  it('takes the occurrence with its context nearest its position, and is its stored quote where the text does not hold it', () => {
    const read = quoteReader('Tide out.\n\nGates open.\n\nTide out. Gates open.');
    const quote = (prefix: string) => ({ type: 'TextQuoteSelector' as const, exact: 'out.Gates', prefix, suffix: '' });
    // the same context at both: the nearest the stored position
    expect(read({ quote: quote('Tide '), position: { type: 'TextPositionSelector', start: 0, end: 9 } })).toBe('out.\n\nGates');
    expect(read({ quote: quote('Tide '), position: { type: 'TextPositionSelector', start: 28, end: 37 } })).toBe('out. Gates');
    // the context before the position
    expect(read({ quote: quote('open.Tide '), position: { type: 'TextPositionSelector', start: 0, end: 9 } })).toBe('out. Gates');
    // no-break spaces and soft hyphens are whitespace-like in the body's text: ignored alike
    expect(quoteReader('Tide\u00a0out.\n\nGa\u00adtes.')({ quote: quote(''), position: { type: 'TextPositionSelector', start: 0, end: 9 } })).toBe('out.\n\nGa\u00adtes');
    expect(quoteReader('Nothing alike here.')({ quote: quote(''), position: { type: 'TextPositionSelector', start: 0, end: 9 } })).toBe('out.Gates');
  });

  it('shows in the highlights panel with a break', () => {
    const root = article();
    const host = mount(<HighlightsPanel anchoring={anchorHighlights(root, STORED_ON_MAIN)} editing={null} onEdit={vi.fn()} onShow={vi.fn()} onNote={vi.fn()} onDelete={vi.fn()} deleted={null} onUndo={vi.fn()} />);
    expect([...host.querySelectorAll('.cr-mark-quote')].map((q) => q.textContent)).toEqual(READABLE);
  });

  it('is a quote of separate paragraphs in the Markdown export, its link a passage with spaces', () => {
    const md = clippingMarkdown(clipping([STORED_ON_MAIN[0]!]), sanitizeHtml);
    expect(md).toContain('> metres at the lock\n>\n> Autumn rains ([link](<https://canal.example/log#:~:text=metres%20at%20the%20lock%20Autumn%20rains>))');
  });

  it('keeps its break in the Readwise CSV', () => {
    const { data } = Papa.parse<string[]>(readwiseCsvRows([clipping(STORED_ON_MAIN)]).trim());
    expect(data.map((row) => row[0])).toEqual(READABLE);
  });

  it('gives the search the words on both sides of the break, not one glued word', () => {
    const { words } = clippingIndex(clipping([STORED_ON_MAIN[1]!]));
    expect(words).not.toContain('boatsbarges');
    expect(words).toEqual(expect.arrayContaining(['boats', 'barges']));
  });
});
