import { short } from './text';

/** A filing line is its tag links and a few words ("Filed under", "Abgelegt unter", "in … on …"): never longer than this. */
const MAX_TAG_LINE = 250;

/**
 * Removes the lines that file the post under its tags or categories, told by structure in any language:
 * a link marked `rel="tag"` (HTML's link type for "a tag of this document"; WordPress writes its
 * categories `rel="category tag"`) in a short paragraph or list.
 */
export function removeTagLines(root: Element): void {
  for (const link of root.querySelectorAll('a[rel~=tag]')) {
    const line = link.closest('p,ul,ol');
    if (line && short(line, MAX_TAG_LINE)) line.remove();
  }
}
