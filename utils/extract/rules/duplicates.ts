import { removeWithinBudget, text } from './text';

/** A repeat this long anywhere in the text is a caption or teaser printed again; shorter ones may be labels ("Q:", a name). */
const MIN_REPEAT = 40;

/**
 * Removes a block that repeats the block just before it (captions printed twice, repeated headings),
 * and, within the shared box budget, a later copy of any block of at least MIN_REPEAT characters (a
 * gallery's caption under every image): a text that is mostly repeats keeps most of them.
 */
export function removeDuplicates(root: Element): void {
  let previous: Element | null = null;
  const seen = new Set<string>();
  const repeats: Element[] = [];
  for (const el of [...root.querySelectorAll('p, figcaption, li, h2, h3, h4, h5, h6')]) {
    const t = text(el);
    if (!t) continue;
    const leaf = !el.querySelector('p, li');
    if (previous && !previous.contains(el) && text(previous) === t) el.remove();
    else previous = el;
    if (leaf && el.isConnected && t.length >= MIN_REPEAT && seen.has(t)) repeats.push(el);
    if (leaf) seen.add(t);
  }
  removeWithinBudget(root, repeats);
}
