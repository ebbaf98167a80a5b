/**
 * Selects the first `text` under `root` (a CSS selector; the text within one text node), as a mouse
 * selection would. Self-contained, so Playwright can run it in a page as well as jsdom in a unit test.
 */
export function selectText([root, text]: [string, string]): void {
  const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return;
  }
  throw new Error(`no "${text}" in ${root}`);
}
