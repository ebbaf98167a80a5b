/**
 * The page side of `npm run bench:highlights` (bundled by scripts/bench-highlights.ts, run in Chromium):
 * an invented 10,000-word article with inline markup, 300 highlights of 3–40 words described from DOM
 * ranges as the reader makes them, then re-anchored unchanged (stored positions hold), after a paragraph
 * was added on top (positions stale: found by quote and context) and after one word changed inside 30 of
 * the quotes (fuzzy). Median of 9 runs each.
 */
import type { Highlight } from '../utils/clippings/types';
import { anchorHighlights, describeRange } from '../utils/highlights/anchor';
import { indexText, rangeAt } from '../utils/highlights/text-index';
import { percentile } from './bench-util';

const WORDS = 10_000;
const HIGHLIGHTS = 300;
const RUNS = 9;

let seed = 7;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const VOCABULARY = 'harbour tide ferry council volunteers budget bridge river market lighthouse survey report winter summer repairs museum school station archive quarry orchard engineer mayor fishermen storm records weather'.split(' ');
const SMALL = 'the a of and to in on for with by was were had has said that from at as it'.split(' ');

function article(root: HTMLElement) {
  let words = 0;
  while (words < WORDS) {
    const p = document.createElement('p');
    const length = 40 + Math.floor(random() * 50);
    for (let i = 0; i < length; i++) {
      const word = random() < 0.4 ? pick(SMALL) : `${pick(VOCABULARY)}${random() < 0.2 ? Math.floor(random() * 1000) : ''}`;
      const inline = i % 17 === 5 ? document.createElement('em') : i % 29 === 11 ? document.createElement('a') : null;
      if (inline) {
        inline.textContent = word;
        p.append(inline, ' ');
      } else p.append(`${word} `);
    }
    words += length;
    root.append(p);
  }
}

function time(label: string, root: HTMLElement, highlights: Highlight[]): string {
  const times: number[] = [];
  let placed = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    placed = anchorHighlights(root, highlights).placed.length;
    times.push(performance.now() - t0);
  }
  return `${label}: median ${percentile(times, 50).toFixed(1)} ms (best ${Math.min(...times).toFixed(1)}), placed ${placed}/${highlights.length}`;
}

export function run(): string[] {
  const root = document.createElement('div');
  document.body.append(root);
  article(root);
  const index = indexText(root);
  const wordStarts = [...index.text.matchAll(/\S+/g)].map((m) => m.index!);
  const highlights: Highlight[] = [];
  const addTimes: number[] = [];
  while (highlights.length < HIGHLIGHTS) {
    const first = Math.floor(random() * (wordStarts.length - 50));
    const last = first + 3 + Math.floor(random() * 37);
    const t0 = performance.now();
    const s = describeRange(indexText(root), rangeAt(index, wordStarts[first]!, wordStarts[last]! - 1));
    addTimes.push(performance.now() - t0);
    if (s) highlights.push({ id: String(highlights.length), color: 'yellow', ...s, note: '', createdAt: 0, updatedAt: 0 });
  }
  const out = [
    `${wordStarts.length} words, ${index.text.length} characters, ${index.nodes.length} text nodes, ${highlights.length} highlights`,
    `describe a selection (text index + selectors): median ${percentile(addTimes, 50).toFixed(2)} ms, p95 ${percentile(addTimes, 95).toFixed(2)} ms`,
    time('re-anchor 300, unchanged', root, highlights),
  ];
  const note = document.createElement('p');
  note.textContent = "An editor's note added after the highlights were made, moving every position.";
  root.prepend(note);
  out.push(time('re-anchor 300, paragraph added on top', root, highlights));
  // one word changed in the middle of 30 of the quotes (the text node that holds it)
  for (const p of anchorHighlights(root, highlights.slice(0, 30)).placed) {
    const node = p.range.startContainer as Text;
    const at = node.data.indexOf(' ', p.range.startOffset + 1);
    if (at > 0 && at + 3 < node.data.length) node.replaceData(at + 1, 2, 'XY');
  }
  out.push(time('re-anchor 300, 30 quotes edited', root, highlights));
  return out;
}
