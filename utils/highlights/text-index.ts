/**
 * The text of a rendered article body as one string, and the way back from string offsets to DOM Ranges.
 * Selectors are stored against this text (every Text node under the body root, in document order: what
 * `Range.toString()` gives), so one index built per open serves every highlight on it.
 */
export interface TextIndex {
  root: Node;
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts (UTF-16 units), ascending. */
  starts: number[];
  /** UTF-16 offsets of the high surrogates of astral characters (positions are stored in code points). */
  astral: number[];
}

export function indexText(root: Node): TextIndex {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    nodes.push(node);
    starts.push(length);
    parts.push(node.data);
    length += node.data.length;
  }
  const text = parts.join('');
  const astral: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) astral.push(i++);
  }
  return { root, text, nodes, starts, astral };
}

/** Index of the last element of ascending `list` that is <= value (-1 when none). */
function lastAtMost(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A UTF-16 offset in the text as a code-point offset (W3C selectors count characters, not code units). */
export function toCodePoints(index: TextIndex, offset: number): number {
  return offset - (lastAtMost(index.astral, offset - 2) + 1);
}

/** A code-point offset as a UTF-16 offset. */
export function fromCodePoints(index: TextIndex, points: number): number {
  let offset = points;
  // each astral character before the point adds one code unit; the ones before move the point on
  for (const at of index.astral) {
    if (at < offset) offset++;
    else break;
  }
  return offset;
}

/** Where a DOM boundary point (inside the root) falls in the text (no Range.toString: O(n) per call in jsdom's DOM too slow). */
export function offsetOf(index: TextIndex, node: Node, offset: number): number {
  if (node.nodeType === 3) {
    const i = index.nodes.indexOf(node as Text);
    if (i >= 0) return index.starts[i]! + offset;
  }
  // a point between nodes: the text from the first text node at or after it
  const point = index.root.ownerDocument!.createRange();
  point.setStart(node, offset);
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(index.nodes[mid]!, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < index.nodes.length ? index.starts[lo]! : index.text.length;
}

/** The DOM Range of text[start, end) (UTF-16 offsets). */
export function rangeAt(index: TextIndex, start: number, end: number): Range {
  const range = index.root.ownerDocument!.createRange();
  const point = (offset: number, isEnd: boolean): [Text, number] => {
    // a boundary between two nodes: a start goes into the next node, an end stays in the previous one
    let i = lastAtMost(index.starts, isEnd ? offset - 1 : offset);
    if (i < 0) i = 0;
    const node = index.nodes[i]!;
    return [node, Math.min(node.data.length, Math.max(0, offset - index.starts[i]!))];
  };
  range.setStart(...point(start, false));
  range.setEnd(...point(Math.max(start, end), true));
  return range;
}
