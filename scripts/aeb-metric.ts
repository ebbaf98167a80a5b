// The article-extraction-benchmark metric (see ../shared/corpus/README.md), re-implemented to match
// `score.py` exactly: 4-token shingles over \w+ tokens, TP/FP/FN per page normalised by their sum,
// precision and recall averaged over pages, F1 of the two averages, accuracy = equal token lists.

/** Python's `\w` with re.UNICODE: letters, numbers and the underscore (combining marks are not in it). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of 4-token shingles; a text of 1–3 tokens gives one shorter shingle, an empty text none. */
export function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const gram = t.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  /** TP, FP and FN divided by their sum (all 0 when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  /** Token lists exactly equal. */
  exact: boolean;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0;
    const y = b.get(key) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const s = tp + fp + fn;
  const ta = tokens(truth);
  const tb = tokens(predicted);
  const exact = ta.length === tb.length && ta.every((t, i) => t === tb[i]);
  return s ? { tp: tp / s, fp: fp / s, fn: fn / s, exact } : { tp: 0, fp: 0, fn: 0, exact };
}

export function pagePrecision({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

/**
 * Aggregates page scores as score.py does: a page enters the precision mean only if it has predicted
 * shingles (tp+fp > 0) and the recall mean only if it has true ones (tp+fn > 0).
 */
export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const ps = pages.filter((p) => p.tp + p.fp > 0).map(pagePrecision);
  const rs = pages.filter((p) => p.tp + p.fn > 0).map(pageRecall);
  const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = pages.length ? pages.filter((p) => p.exact).length / pages.length : 0;
  return { f1, precision, recall, accuracy, pages: pages.length };
}
