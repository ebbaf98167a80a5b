import { removeWithinBudget, short, text } from './text';
import { byTags, elementsWhere } from '../walk';

// The notes that come with a page's controls: "Save this article to read later — for members", "Reactions
// need an account", "You can follow a category…", a paywall's "Log in to read on" beside its buttons. Readability
// drops the buttons and keeps their note, which then reads as a line of the article. Recognised by structure, in
// any language: on the page, before Readability, the widest group around a button that holds a short text besides
// it (and no media, code or heading) is marked; after Readability, what is left of a marked group goes.

/** The mark Readability carries through (it keeps data attributes); gone from the output either way. */
const CONTROL_GROUP = 'data-cr-controls';
/** A control's note is a sentence or two; a longer group around a button ("Show more" under the text) is the article. */
const MAX_NOTE = 200;
/** Captions, galleries, players and code (a "Copy" button beside it) keep their words: a group holding one is never a control's note. */
const KEPT = 'img,picture,video,figure,iframe,pre,code,h1,h2,h3,h4,h5,h6';

/** The largest ancestor of `control` whose text, the control's own left out, is at most MAX_NOTE characters. */
function controlGroup(control: Element): Element | null {
  const own = text(control).length;
  let group: Element | null = null;
  for (let el = control.parentElement; el && el.localName !== 'body'; el = el.parentElement) {
    if (short(el, MAX_NOTE + own).length > own) group = el;
    else if (text(el).length > MAX_NOTE + own) break;
  }
  return group && !group.querySelector(KEPT) ? group : null;
}

/** Before Readability: marks the groups around the page's buttons that hold a note besides the button. */
export function markControlNotes(doc: Document): void {
  for (const control of byTags(doc.body ?? doc, 'button')) controlGroup(control)?.setAttribute(CONTROL_GROUP, '');
}

/** After Readability: removes what it kept of the marked groups (their notes), within the shared box budget. */
export function removeControlNotes(root: Element): void {
  const groups = elementsWhere(root, (el) => el.hasAttribute(CONTROL_GROUP));
  for (const group of groups) group.removeAttribute(CONTROL_GROUP);
  removeWithinBudget(root, groups.filter((group) => !group.closest('figure')));
}
