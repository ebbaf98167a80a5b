import { removeAfterProse, short, text } from './text';
import { siteName } from './site';
import { byTags } from '../walk';
import type { RuleContext } from '.';

// "ติดตามประชาไทอัพเดท ได้ที่: เฟซบุ๊ก https://fb.me/prachatai", "NTV uygulamasını indirin" over the app stores' badges
// (…/app/ntv/…, id=com.dogus.ntv), "…快點到Facebook Like我們的專頁！[按此 Like]": a short block after the article's last
// paragraph that sends the reader to the publisher's own account on another site (a social network, a chat channel, an
// app store). Told by where its links lead, not by its words: every link leaves the site, and one of them (or an address
// the block shows) names the site.

/** A follow line is a line or two, as a closing prompt is (closing-prompts.ts); a longer block after the text is the story's. */
const MAX_FOLLOW = 300;
/**
 * Text outside the block's addresses as long as a paragraph of running text (text.ts) is a story's sentence that names
 * an account among its words ("… the latest news on Twitter @…, and on this blog"), not a line pointing to it.
 */
const MAX_OWN_TEXT = 100;
/** A site's name shorter than this ("rt", "t") is a piece of too many other addresses to name it. */
const MIN_NAME = 3;
/** An address shown in the text ("https://fb.me/…"), as a link's href is. */
const SHOWN_ADDRESS = /https?:\/\/\S+/g;

/** What an address on another site than `name`'s holds after its host (path, query, fragment); undefined for an address of the site itself or not on the web. */
function offSite(address: string, name: string): string | undefined {
  const [, host, rest] = /^https?:\/\/([^/?#:]+)[^/?#]*(.*)/.exec(address) ?? [];
  return host && siteName(host) !== name ? rest!.toLowerCase() : undefined;
}

/** A short block whose every link leaves the site and which, with few words of its own, names the site in an address elsewhere. */
function isFollowLine(el: Element, name: string): boolean {
  const all = short(el, MAX_FOLLOW);
  if (!all) return false;
  const links = [...el.querySelectorAll<HTMLAnchorElement>('a[href]')];
  const shown = all.match(SHOWN_ADDRESS) ?? [];
  const rests = links.map((a) => offSite(a.href, name));
  return (
    !rests.includes(undefined) &&
    [...links.map(text), ...shown].reduce((own, address) => own.replace(address, ''), all).length < MAX_OWN_TEXT &&
    [...rests, ...shown.map((address) => offSite(address, name))].some((rest) => rest?.split(/[^a-z0-9]+/).some((word) => word.startsWith(name)))
  );
}

/** Removes the follow lines after the article's last paragraph of running text (within the shared box budget). */
export function removeFollowLinks(root: Element, { url }: Pick<RuleContext, 'url'>): void {
  const name = siteName(new URL(url).hostname); // the document's own address: always a valid one
  if (name.length < MIN_NAME) return;
  removeAfterProse(root, byTags(root, 'p div blockquote').filter((el) => isFollowLine(el, name)));
}
