import { text } from './text';
import { byTags } from '../walk';

/** Removes a block that repeats the block just before it (captions printed twice, repeated headings). */
export function removeDuplicates(root: Element): void {
  let previous: Element | null = null;
  for (const el of byTags(root, 'p figcaption li h2 h3 h4 h5 h6')) {
    const t = text(el);
    if (!t) continue;
    if (previous && !previous.contains(el) && text(previous) === t) el.remove();
    else previous = el;
  }
}
