// Readability scores blocks by their commas and paragraph lengths: under a short news item or a
// change note written as a list, a long comment thread outscores the article. Pages mark their
// comment sections by name (ids, classes, roles) or by microdata; where Readability's choice is in
// such a block, it runs again on the page without them and takes the best block outside.
import { longestParagraph } from './main-block';
import { squeezed } from './plain-text';
import { attributeTokens, elementsWhere } from './walk';

/**
 * Names of comment sections and of a comment in them, as whole tokens ("comments", "commentList",
 * "comments-area", "reacties"; not "comment-count" or "no-comments"), in the languages of the
 * study sets and the big European ones.
 */
const COMMENT_NAME = /^(comment[sio]?|kommentare?|commentaires?|comentarios?|reacties?|discussions?|replies)([-_]?(list|area|section|container|wrapper|thread))?$/;
/** schema.org microdata for a comment or a page's comments. */
const COMMENT_TYPE = /\/(Comment|UserComments)$/;

/** Whether the page marks this element as a comment section or a comment. */
export function isCommentBlock(el: Element): boolean {
  return (
    ['id', 'class', 'role'].some((name) => attributeTokens(el, name).some((token) => COMMENT_NAME.test(token))) ||
    COMMENT_TYPE.test(el.getAttribute('itemtype') ?? '')
  );
}

/**
 * Whether Readability's choice (`chosen`, its content) is taken from the comments: its longest paragraph
 * sits in a block of the page (`page`) marked as comments. Looked up in the page, not in the choice:
 * where Readability takes one comment's body, the marks are on that body's ancestors.
 */
export function chosenFromComments(chosen: Element, page: Element): boolean {
  const longest = longestParagraph(chosen);
  return !!longest && outermostCommentBlocks(page).some((el) => squeezed(el.textContent).includes(longest));
}

/** Removes the page's comment sections, for Readability's second look. */
export function removeComments(root: Element): void {
  for (const el of outermostCommentBlocks(root)) el.remove();
}

/** The outermost block of each comment section: a nested comment's text is in its thread's, read once. */
function outermostCommentBlocks(root: Element): Element[] {
  const outer: Element[] = [];
  // In document order, a block inside the last one kept follows it.
  for (const el of elementsWhere(root, isCommentBlock)) if (!outer.at(-1)?.contains(el)) outer.push(el);
  return outer;
}
