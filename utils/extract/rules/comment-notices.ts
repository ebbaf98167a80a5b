import { after, lastProse, short } from './text';
import { byTags } from '../walk';

// Notices about the comments under an article — their rules, their moderation, that they are closed, that they
// are their writers' views and not the site's — in several languages: a short block naming the comments (or the
// discussion) and what is said of them, after the article's last paragraph of running text.

/** A word for the comments or the discussion under the article. */
const COMMENTS = /comment|kommentar|forum|discussion|comentari|コメント|评论|評論|تعليق|نقاش/i;
/** What a notice says of them: their rules or moderation, that they are closed, that they are not the site's opinion. */
const POLICY = /moderat|modér|guideline|polic|rules|closed|reflect|opinion|views|regeln|meinung|règle|fermé|norma|regol|規約|规则|رأي|إرشادات|مراجعة/i;
/** A notice is a few sentences; a longer block is text. */
const MAX_NOTICE = 300;

const isNotice = (el: Element) => {
  const t = short(el, MAX_NOTICE);
  return !!t && COMMENTS.test(t) && POLICY.test(t);
};

/** Removes notices about the comment section after the article's running text (a paragraph about comments inside it stays). */
export function removeCommentNotices(root: Element): void {
  const last = lastProse(root, isNotice);
  for (const el of byTags(root, 'p div span li small aside')) {
    if (el.isConnected && after(el, last) && !el.querySelector('p, div') && isNotice(el)) el.remove();
  }
}
