import { short } from './text';
import { byTags } from '../walk';

// Short promotional asides: "Click here…", "Follow her on Twitter", "may be reached at", "Email us at", "requires JavaScript",
// "Join our Space Forums", a review's disclosure ("… was reviewed using code provided by the publisher"), and the Japanese
// press's paywall line ("この記事は会員限定です", "この記事は有料記事です": this article is for members / paid).
const PROMO = /\bclick here\b|\breviewed (using|with|on)\b.{0,60}\bprovided by\b|\b(affiliate|referral)[- ]links?\b|\bfollow\b.{0,40}\bon (twitter|facebook|instagram|youtube|linkedin)\b|\bshare (it|this)\b.{0,20}\bwith\b|\b(can|may) be reached at\b|\be-?mail us at\b|\b(join|download|get) (our|the) (\w+ )?(app|forums?|podcast)\b(?!['’]s)|\brequires javascript\b|この記事は.{0,12}(会員|有料)/i;
/** A promotion is a line or two; a longer paragraph that says "click here" is article text. */
const MAX_PROMO = 200;
/** A disclosure of affiliate earnings ("…we may earn an affiliate commission", "… sind Affiliate-Links": the loanword written with a hyphen in German and Dutch): a notice, not the story's, in its two or three sentences. */
const DISCLOSURE = /\baffiliate[- ](links?|commissions?)\b/i;
const MAX_DISCLOSURE = 400;

/** Removes short promotional asides, contact notes for the author and affiliate disclosures. */
export function removePromoLines(root: Element): void {
  for (const el of byTags(root, 'p div span li h2 h3 h4 h5 h6')) {
    const t = el.isConnected && short(el, MAX_DISCLOSURE);
    if (t && (t.length < MAX_PROMO ? PROMO : DISCLOSURE).test(t)) el.remove();
  }
}
