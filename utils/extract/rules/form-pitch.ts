import { isProse, removeWithinBudget, text } from './text';
import { byTags, elementsWhere } from '../walk';

// The pitch that comes with a form: "Support our journalism… [amount] [Give]", "Get the morning briefing
// [e-mail] [Sign up]", "Was this helpful? [Yes] [No]". Readability drops the form (its controls) and keeps the
// heading and paragraphs beside it, which then read as the end of the article. So it does with a choice set
// outside any form: a poll's question over its options ("Which remedy do you prefer? ( ) Soup ( ) Sleep"), an
// embed's consent switch ("An external video completes this article… [x] Show external content"). Recognised by
// structure, in any language: on the page, before Readability, the smallest box around a form (or a choice set, a
// button) that holds words besides its own and its links' is marked when those words are a pitch's length; after
// Readability, what is left of it goes.

/** The mark Readability carries through (it keeps data attributes); page-attributes removes every `data-cr-` mark. */
const FORM_PITCH = 'data-cr-pitch';
/** A form of its own is labels and buttons; a longer one wraps the page (one ASP.NET form around everything) or is the text. */
const MAX_FORM = 300;
/** A pitch is a heading and a paragraph or two; a box with more words around a form is the article with a form in it. */
const MAX_PITCH = 700;

/** A picture, a player or code: a box that shows one is a figure whose caption a switch shows or hides (or a listing with its Copy button), not a pitch. */
const MEDIA = 'img picture video audio iframe pre';

/** The spaces a box's text puts between its controls ("[Show graphics] [Privacy settings]"): no words. */
const CONTROL_GAP = 2;

/**
 * Marks the smallest box around a control (a form, a choice set, a button) that holds words besides its own and its
 * links', when they are a pitch's length. Links are controls too: a button's row may hold one ("[Show graphics]
 * Privacy settings"), and the notice they answer is the box around that row (an embed's consent placeholder); a
 * column of links around a form is the page's, not the words of an article.
 */
function markBox(control: Element | null, own: number, isChoice?: boolean): void {
  for (let box = control; box && box.localName !== 'body'; box = box.parentElement) {
    const pitch = [...box.getElementsByTagName('a')].reduce((rest, link) => rest - text(link).length, text(box).length - own);
    if (pitch > CONTROL_GAP) {
      if (pitch <= MAX_PITCH && !(isChoice && byTags(box, MEDIA).length)) box.setAttribute(FORM_PITCH, '');
      return;
    }
  }
}

/**
 * Before Readability: marks the box around each small form that asks for input, and around each choice set outside
 * a form — the options of one name, or one box — whose labels have words: a disabled box is a task list's tick, and
 * one labelled by an icon alone is a page's switch (a caption's toggle).
 */
export function markFormPitches(doc: Document): void {
  for (const form of byTags(doc.body ?? doc, 'form')) {
    const own = text(form).length;
    // A form asks for something (an address, an amount, a choice); one of buttons alone ("Print", "Save") labels a recipe or a tool.
    if (own <= MAX_FORM && [...form.getElementsByTagName('input')].some((input) => !/^(hidden|submit|button|image)$/.test(input.type))) markBox(form, own);
  }
  for (const input of doc.getElementsByTagName('input')) {
    if (!/^(checkbox|radio)$/.test(input.type) || input.disabled || input.closest('form')) continue;
    const set = input.name ? [...doc.getElementsByName(input.name)] : [input];
    // The labels' words as the box shows them, once each (a label may wrap another with the same words).
    const own = [...new Set(set.flatMap((el) => [...((el as HTMLInputElement).labels ?? [])].map(text)))].join(' ').length;
    let control: Element | null = input;
    while (control && !set.every((el) => control!.contains(el))) control = control.parentElement;
    if (own && own <= MAX_FORM) markBox(control, own, true);
  }
  // A button with words outside a form ("Continue reading here") answers the notice around it, as a choice does; an
  // icon's (a share or zoom button) says nothing of its box, nor does one in a heading (its anchor link, an accordion's toggle).
  for (const button of doc.getElementsByTagName('button')) {
    const own = text(button).length;
    if (own && !button.closest('form,h1,h2,h3,h4,h5,h6')) markBox(button, own, true);
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
