import { isProse, removeWithinBudget, short, text } from './text';
import type { RuleContext } from '.';

// An author's bio after the article ("Carolyn Said, an enterprise reporter for …", "Anne-Marie Slaughter (*1958) war
// Direktorin für …"): a paragraph that opens with the name the byline gives, after the article's last paragraph of
// running text. Recognised by the byline and the place, no words, so in any language that writes names in words.

/** A bio is a few sentences... */
const MAX_BIO = 700;
/** ...longer than a name alone (a list of contributors is `bylineLine`'s or stays)... */
const MIN_AFTER_NAME = 30;
/** ...and its box (the name as a heading, a photo's label, "About" / "Latest posts" tabs) adds at most this much text. */
const MAX_BOX_EXTRA = 60;

/**
 * "Jane Doe is a freelance journalist…", "Kelly is an associate editor…", "… was the paper's correspondent in…": a bio
 * known by its first words when the byline does not give the name (a staff byline, none at all, the first name only).
 * English words: the names-only test is the general one. Its Unicode regex is made and compiled only for text that holds
 * its "is a", "was the", as every match does: ~0.5 ms in a renderer new to it (docs/benchmarks.md, nineteenth round).
 */
const isRoleBio = (t: string) => /\s(is|was) (a|an|the)\b/.test(t) && /^\p{Lu}[\p{L}.'’-]*(\s\p{Lu}[\p{L}.'’-]*)?\s(is|was) (a|an|the)\b[^.]{0,40}\b(journalist|writer|reporter|editor|correspondent|columnist|contributor|photographer)s?\b/u.test(t);

/** The paragraph's first two words, capitalised, are a name the byline holds, or its possessive ("Mike Wall's book … is out now"). */
function opensWithName(p: Element, byline: string): boolean {
  const t = short(p, MAX_BIO);
  const name = /^\p{Lu}[\p{L}.'’-]*\s\p{Lu}[\p{L}.'’-]*/u.exec(t)?.[0].replace(/['’]s$/, '');
  return (!!name && t.length > name.length + MIN_AFTER_NAME && ` ${byline} `.includes(` ${name} `)) || isRoleBio(t);
}

/**
 * Removes the author's bio (and the box it sits in) after the article's last paragraph, within the shared box budget.
 * One walk back from the end tests each paragraph once: a bio is kept as a candidate, the first other paragraph of
 * running text is the article's last.
 */
export function removeAuthorBios(root: Element, { byline }: Pick<RuleContext, 'byline'>): void {
  const by = (byline ?? '').replace(/[\s,;&]+/g, ' ');
  const paragraphs = root.getElementsByTagName('p');
  const bios: Element[] = [];
  let last: Element | undefined;
  for (let i = paragraphs.length - 1; i >= 0 && !last; i--) {
    const p = paragraphs[i]!;
    if (opensWithName(p, by)) bios.unshift(p);
    else if (isProse(p)) last = p;
  }
  const boxes = bios.map((p) => {
    let box: Element = p;
    const size = text(p).length + MAX_BOX_EXTRA;
    while (box.parentElement && box.parentElement !== root && !box.parentElement.contains(last ?? null) && text(box.parentElement).length <= size) box = box.parentElement;
    return box;
  });
  removeWithinBudget(root, boxes);
}
