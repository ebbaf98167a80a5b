/**
 * Finds a sentence of the article's plain text in the rendered article body, scrolls it into view and highlights it.
 *
 * The plain text (`article.text`) and the rendered HTML come from the same page but break lines and space words
 * differently, so matching ignores whitespace (and soft hyphens / zero-width characters) and treats curly and
 * straight quotes alike. The sentence may run across several text nodes (links, emphasis).
 *
 * Highlighting uses the CSS Custom Highlight API (`CSS.highlights`, no DOM change) where the browser has it, and
 * otherwise wraps each touched piece of text in `<mark class="cr-highlight">`. Only one sentence is highlighted at a
 * time: a new call clears the previous highlight in the same document.
 */

export const HIGHLIGHT_NAME = 'cr-sentence';
export const MARK_CLASS = 'cr-highlight';

/** Characters that matching ignores. */
const SKIP = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;
const FOLD: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '′': "'", '“': '"', '”': '"', '„': '"', '″': '"', '–': '-', '—': '-' };
/** A sentence that is not found whole is looked for by its opening, if at least this many characters long. */
const MIN_PREFIX = 24;

function fold(text: string): string {
  let out = '';
  for (const ch of text) if (!SKIP.test(ch)) out += FOLD[ch] ?? ch;
  return out;
}

interface Haystack {
  text: string;
  /** For each character of `text`: its text node and the offset in it (UTF-16 units). */
  nodes: Text[];
  offsets: number[];
}

function haystackOf(root: HTMLElement): Haystack {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const hay: Haystack = { text: '', nodes: [], offsets: [] };
  const parts: string[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (SKIP.test(ch)) continue;
      parts.push(FOLD[ch] ?? ch);
      hay.nodes.push(node);
      hay.offsets.push(i);
    }
  }
  hay.text = parts.join('');
  return hay;
}

/** Where `needle` (already folded) starts in the haystack: exact, then ignoring case when that keeps lengths. */
function locate(hay: Haystack, needle: string): number {
  const at = hay.text.indexOf(needle);
  if (at >= 0) return at;
  const lowHay = hay.text.toLowerCase();
  const lowNeedle = needle.toLowerCase();
  if (lowHay.length !== hay.text.length || lowNeedle.length !== needle.length) return -1;
  return lowHay.indexOf(lowNeedle);
}

/** The range of the sentence in `root`, or null. Exported for tests and for callers that style it themselves. */
export function findSentenceRange(root: HTMLElement, sentence: string): Range | null {
  const needle = fold(sentence ?? '');
  if (!needle) return null;
  const hay = haystackOf(root);
  let length = needle.length;
  let at = locate(hay, needle);
  if (at < 0 && needle.length > MIN_PREFIX * 2) {
    // the rendered body may differ later in the sentence (a dropped footnote mark, an inline image's alt text)
    length = Math.max(MIN_PREFIX, Math.floor(needle.length / 2));
    at = locate(hay, needle.slice(0, length));
  }
  if (at < 0) return null;
  const last = at + length - 1;
  const range = root.ownerDocument.createRange();
  range.setStart(hay.nodes[at]!, hay.offsets[at]!);
  const endNode = hay.nodes[last]!;
  // the last character may be the high half of a surrogate pair: end after the whole code point
  let endOffset = hay.offsets[last]! + 1;
  const code = endNode.data.charCodeAt(endOffset - 1);
  if (code >= 0xd800 && code <= 0xdbff && endOffset < endNode.data.length) endOffset++;
  range.setEnd(endNode, endOffset);
  return range;
}

interface HighlightRegistryLike {
  set(name: string, value: unknown): unknown;
  delete(name: string): unknown;
}

/** The CSS Custom Highlight API of a window, or null where the browser lacks it. */
export function highlightRegistry(win: Window | null): { registry: HighlightRegistryLike; Highlight: new (...r: Range[]) => unknown } | null {
  const w = win as (Window & { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: new (...r: Range[]) => unknown }) | null;
  const registry = w?.CSS?.highlights;
  const Ctor = w?.Highlight;
  return registry && typeof registry.set === 'function' && typeof Ctor === 'function' ? { registry, Highlight: Ctor } : null;
}

/** Removes the highlight left by `highlightSentence` (both kinds) in `root`'s document. */
export function clearSentenceHighlight(root: HTMLElement): void {
  highlightRegistry(root.ownerDocument.defaultView)?.registry.delete(HIGHLIGHT_NAME);
  unwrapMarks(root, MARK_CLASS);
}

/** Takes out the `<mark class=…>` elements the fallback wrapped, putting their text back in place. */
export function unwrapMarks(root: HTMLElement, className: string): void {
  for (const mark of Array.from(root.querySelectorAll(`mark.${className}`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

/** Wraps each text node's share of the range in a mark (made with DOM methods); returns the first mark. */
export function wrapInMarks(range: Range, className = MARK_CLASS): HTMLElement | null {
  const doc = range.startContainer.ownerDocument!;
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    pieces.push({ node: root as Text, start: range.startOffset, end: range.endOffset });
  } else {
    const walker = doc.createTreeWalker(root, 4);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!range.intersectsNode(node)) continue;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.data.length;
      if (end > start && /\S/.test(node.data.slice(start, end))) pieces.push({ node, start, end });
    }
  }
  let first: HTMLElement | null = null;
  for (const { node, start, end } of pieces) {
    const piece = doc.createRange();
    piece.setStart(node, start);
    piece.setEnd(node, end);
    const mark = doc.createElement('mark');
    mark.className = className;
    piece.surroundContents(mark); // a range inside one text node can always be surrounded
    first ??= mark;
  }
  return first;
}

function scrollToElement(el: Element | null) {
  if (!el || typeof (el as HTMLElement).scrollIntoView !== 'function') return;
  const reduce = el.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  (el as HTMLElement).scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
}

/**
 * Highlights `sentence` in the rendered article under `root` and scrolls it to the middle of the view.
 * Returns false (and changes nothing but clearing an earlier highlight) when the sentence is not there.
 */
export function highlightSentence(root: HTMLElement, sentence: string): boolean {
  clearSentenceHighlight(root);
  const range = findSentenceRange(root, sentence);
  if (!range) return false;
  const api = highlightRegistry(root.ownerDocument.defaultView);
  if (api) {
    api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
    const start = range.startContainer;
    scrollToElement(start.nodeType === 1 ? (start as Element) : start.parentElement);
    return true;
  }
  try {
    scrollToElement(wrapInMarks(range));
    return true;
  } catch {
    // last resort: select the sentence, which every browser shows
    const selection = root.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const start = range.startContainer;
    scrollToElement(start.nodeType === 1 ? (start as Element) : start.parentElement);
    return true;
  }
}
