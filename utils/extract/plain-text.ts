// Elements that start a new paragraph in the text a reader sees.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL', 'DETAILS', 'SUMMARY', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);

/**
 * Text without its white space and soft hyphens (which textBlocks drops): to find one text inside another whatever
 * their line breaks (a paragraph inside a page's block, a highlight's quote inside a clipping's plain text).
 */
export const squeezed = (text: string) => text.replace(/[\s\u00ad]+/g, '');

/** One paragraph as a reader sees it, with how much of it is link text (for the article gate). */
export interface TextBlock {
  text: string;
  linked: number;
}

/** The text of an element as a reader sees it: paragraphs separated by blank lines. */
export function plainText(root: Node): string {
  return textBlocks(root)
    .map((b) => b.text)
    .join('\n\n');
}

/** The paragraphs of an element, each with the length of its text inside links. */
export function textBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  let line = '';
  let linked = 0;
  const flush = () => {
    // Soft hyphens (&shy;) are invisible line-break hints: in the text they would split words for search and matching.
    const clean = line.replace(/\u00ad/g, '').replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (clean) blocks.push({ text: clean, linked: Math.min(linked, clean.length) });
    line = '';
    linked = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        line += value;
        if (inLink) linked += value.replace(/\s+/g, ' ').trim().length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR' || tag === 'TD' || tag === 'TH') line += ' ';
      const block = BLOCK.has(tag);
      if (block) flush();
      walk(child, inLink || (tag === 'A' && (child as Element).hasAttribute('href')));
      if (block) flush();
    }
  };
  walk(root, false);
  flush();
  return blocks;
}
