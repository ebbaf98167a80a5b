import { short, text } from './text';

// "<strong><em>LifeNews depends on the support of readers like you… <a href="/donate/">Please donate now</a>.</em></strong>",
// "<b>Please help us out: … You can support us for as little as $1 <a href="paypal.com/donate/…">via PayPal</a></b>":
// the publisher's donation appeal set between the article's paragraphs or after them. Recognised by structure, in any
// language: a block set wholly in bold (the page's typography for an aside, not the story's sentence) whose link leads
// to a donation page. An article about a fundraiser links the same pages from its own plain sentences, and keeps them.

/** Links to a donation page: "/donate", "/donation", "/donations/…" on the publisher's site or a payment host. */
const APPEAL = 'b a[href*=donat],strong a[href*=donat]';
/** An appeal is a few lines (en8's four run to ~430 characters); a longer bold block is the article's own text. */
const MAX_APPEAL = 600;

/** Removes the short blocks set wholly in bold that link to a donation page. */
export function removeAppeals(root: Element): void {
  for (const link of root.querySelectorAll(APPEAL)) {
    // Readability wraps the article in a <div>: every link has a block around it.
    const block = link.closest('p,div')!;
    const t = short(block, MAX_APPEAL);
    if (t && text(link.closest('b,strong')!) === t) block.remove();
  }
}
