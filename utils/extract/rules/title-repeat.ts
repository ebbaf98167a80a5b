import { short, words } from './text';
import { byTags } from '../walk';
import type { RuleContext } from '.';

/** The repeated title sits among this many first blocks of the text. */
const TITLE_WINDOW = 12;
/** Titles are shorter than this; longer blocks are never the title. */
const MAX_TITLE = 300;

/** Removes the article's title where the page repeats it near the top of the text (the reader shows it). */
export function removeTitleRepeat(root: Element, { title }: Pick<RuleContext, 'title'>): void {
  // Its runs of letters and digits, as title-block.ts reads words: one Unicode regex to compile in the page, not two (docs/benchmarks.md, nineteenth round).
  const norm = (t: string) => words(t).join(' ');
  const wanted = norm(title);
  let seen = 0;
  for (const el of byTags(root, 'h1 h2 h3 h4 h5 h6 p div header')) {
    if (!el.textContent.trim()) continue;
    const t = short(el, MAX_TITLE);
    if (t && wanted && norm(t) === wanted) el.remove();
    if (++seen >= TITLE_WINDOW) break;
  }
}
