import { isProse, removeWithinBudget, text } from './text';
import { byTags, elementsWhere } from '../walk';

// The pitch that comes with a form: "Support our journalism… [amount] [Give]", "Get the morning briefing
// [e-mail] [Sign up]", "Was this helpful? [Yes] [No]". Readability drops the form (its controls) and keeps the
// heading and paragraphs beside it, which then read as the end of the article. Recognised by structure, in
// any language: on the page, before Readability, the smallest box around a form that holds words besides the
// form's own is marked when those words are a pitch's length; after Readability, what is left of it goes.

/** The mark Readability carries through (it keeps data attributes); page-attributes removes every `data-cr-` mark. */
const FORM_PITCH = 'data-cr-pitch';
/** A form of its own is labels and buttons; a longer one wraps the page (one ASP.NET form around everything) or is the text. */
const MAX_FORM = 300;
/** A pitch is a heading and a paragraph or two; a box with more words around a form is the article with a form in it. */
const MAX_PITCH = 700;

/** Before Readability: marks the box around each small form that asks for input when its other words are a pitch's length. */
export function markFormPitches(doc: Document): void {
  for (const form of byTags(doc.body ?? doc, 'form')) {
    const own = text(form).length;
    // A form asks for something (an address, an amount, a choice); one of buttons alone ("Print", "Save") labels a recipe or a tool.
    if (own > MAX_FORM || ![...form.getElementsByTagName('input')].some((input) => !/^(hidden|submit|button|image)$/.test(input.type))) continue;
    for (let box = form.parentElement; box && box.localName !== 'body'; box = box.parentElement) {
      const pitch = text(box).length - own;
      if (pitch) {
        if (pitch <= MAX_PITCH) box.setAttribute(FORM_PITCH, '');
        break;
      }
    }
  }
}

/**
 * After Readability: removes what it kept of the marked boxes, within the shared box budget. A box that holds the
 * article's first paragraph of running text is the article (a short story with a sign-up form in its own column).
 */
export function removeFormPitches(root: Element): void {
  const first = [...root.getElementsByTagName('p')].find(isProse);
  removeWithinBudget(root, elementsWhere(root, (el) => el.hasAttribute(FORM_PITCH) && !(first && el.contains(first))));
}
