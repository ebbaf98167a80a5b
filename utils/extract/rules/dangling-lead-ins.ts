import { short, text } from './text';

// An editor's closing line that announces what should follow ("<em>For more about hiring trends, watch this video:</em>",
// "<strong>Hier sehen Sie das Video:</strong>") with nothing after it: the player, gallery or form it introduced was left
// out, by Readability or an earlier rule. Recognised by its colon, its emphasis and its place at the very end, so in any
// language. A lead-in in the writer's own plain text ("Twitter seemed a bit confused by the campaign:" over an embedded
// post) is the story's sentence: it stays.

/** A lead-in is a line or two; a longer paragraph ending in a colon is text whose object went (kept, not ours to judge). */
const MAX_LEAD_IN = 200;
/** What a lead-in can introduce besides text: a picture, a player, a drawing, a table. */
const MEDIA = /^(img|video|audio|iframe|embed|object|svg|canvas|table)$/;

/** Removes the article's last paragraph when it is a short line in emphasis ending in a colon and nothing (no text, no media) follows it. */
export function removeDanglingLeadIns(root: Element): void {
  let last: Node | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1 ? MEDIA.test((node as Element).localName) : node.nodeValue!.trim()) last = node;
  }
  const p = last?.parentElement?.closest('p');
  const t = p && root.contains(p) ? short(p, MAX_LEAD_IN) : '';
  if (/[:：]$/.test(t) && [...p!.children].some((el) => /^(em|i|strong|b)$/.test(el.localName) && text(el) === t)) p!.remove();
}
