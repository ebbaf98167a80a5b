import { short, text } from './text';
import { byTags } from '../walk';
import type { RuleContext } from '.';

/** The byline line sits among the first blocks of the article... */
const FIRST_BLOCKS = 3;
/** ...and is short. */
const MAX_BYLINE_LINE = 120;

/**
 * Removes a short line near the top that is only the byline and/or a <time>
 * ("News Desk · 14 جنوری 2025"): the reader shows both in its header, in any language.
 */
export function removeBylineLine(root: Element, { byline }: Pick<RuleContext, 'byline'>): void {
  let blocks = 0;
  for (const el of byTags(root, 'p div')) {
    if (el.querySelector('p,div') || !el.textContent.trim()) continue;
    if (++blocks > FIRST_BLOCKS) return;
    const t = short(el, MAX_BYLINE_LINE);
    if (!t) continue;
    const parts = [...el.querySelectorAll('time')].map(text);
    if (byline && byline.length > 2) parts.push(byline);
    let rest = t;
    for (const part of parts) if (part) rest = rest.split(part).join(' ');
    if (rest !== t && /^[\s\p{P}\p{S}\p{N}]*(by\s*)?[\s\p{P}\p{S}\p{N}]*$/iu.test(rest)) el.remove();
  }
}
