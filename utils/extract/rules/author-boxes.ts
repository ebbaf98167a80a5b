import { after, isProse, removeWithinBudget, short, text } from './text';
import type { RuleContext } from '.';

// An author's box after the article, headed by the name alone ("Nicole Opitz" / "Redakteurin" / "Seit 2019 bei der
// taz…", a heading "Greg Alexander" over a tagline and a bio): a line whose whole text is a name the byline gives, its
// box taken up to the article's text before it, when no running text follows the box. authorBios reads bios that open
// with the name; this reads the name written as the box's own heading. By the byline and the place, no words.

/** A name line is short: a person's name, not a sentence that happens to hold one. */
const MAX_NAME = 50;
/** The box (the name, a role, a bio of a few paragraphs, its links) holds at most this much text. */
const MAX_BOX = 2500;

/** Removes the author's box opened by the last line that is only a name the byline holds, within the shared box budget. */
export function removeAuthorBoxes(root: Element, { byline }: Pick<RuleContext, 'byline'>): void {
  const by = ` ${(byline ?? '').replace(/[\s,;&]+/g, ' ')} `;
  const lines = root.querySelectorAll('p,h2,h3,h4,h5,h6');
  let box: Element | undefined;
  let name = '';
  for (let i = lines.length - 1; i >= 0 && !box; i--) {
    name = short(lines[i]!, MAX_NAME);
    if (name.includes(' ') && by.includes(` ${name} `)) box = lines[i];
  }
  if (!box) return;
  const prose = [...root.getElementsByTagName('p')].filter(isProse);
  const last = prose.filter((p) => !after(p, box)).pop();
  while (box.parentElement && box.parentElement !== root && !box.parentElement.contains(last ?? null) && text(box.parentElement).length <= MAX_BOX) box = box.parentElement;
  // A name alone in the article's own block is a signature line (bylineLine's), not a box; running text after it is the article.
  if (text(box).length > name.length && !prose.some((p) => after(p, box!))) removeWithinBudget(root, [box]);
}
