import { linkShare, short, words } from './text';
import { byTags } from '../walk';

// Whole short blocks that are page furniture rather than article text.
const META_LINE = /^(published|updated|posted|first published|last updated|last modified)\b.{0,80}\d/i;
const BYLINE = /^[Bb][Yy]\s+\p{Lu}.{0,60}[^.!?]$/u;
/** "Related:", "Read more", "You may also like": a label that introduces links to other stories. */
const MORE_LABEL = /^\W?(related|read more|see more|also read|read also|see also|recommended|you may also like|more from|more .{0,30}stories|recent (articles|posts|stories)|don't miss|trending|most read|latest news|popular)\b.{0,100}$|^more\W*$/i;
/**
 * The same labels in other languages ("Lire aussi", "Lesen Sie auch", "Leia também", "関連記事", "相关阅读", "관련기사"),
 * whole words or, in scripts written without spaces, the whole label.
 */
const MORE_LABEL_INTL = /^\W?([àa] lire aussi|lire aussi|voir aussi|lesen sie (auch|mehr)|mehr zum thema|das könnte sie auch interessieren|leia (também|mais)|veja também|lea también|le puede interesar|te puede interesar|leggi anche|potrebbe interessarti|czytaj (też|także|również)|přečtěte si (také|též)|читайте также)(?!\p{L}).{0,100}$|^\W?(関連記事|関連エントリー?|関連ニュース|あわせて読みたい|相关(阅读|新闻|文章)|相關(閱讀|新聞|文章)|延伸\W{0,3}(阅读|推荐)|推荐阅读|精彩(视频)?推荐|관련\s?기사)\W{0,3}$/iu;
const UI_LABEL = /^(skip to (main )?content|share( this)?( article| story)?|print|email|comments?|\d+ comments?|(post|leave|add) a (comment|reply)|follow us|subscribe( now| today)?|sign (in|up)|log ?in|register)\W*$/i;
const READING_TIME = /\b\d+\s+min(ute)?s? read\b/i;
const TAGS = /^(filed under|tags?|tagged( with)?|categories|topics)\s*:/i;
/** A CMS shortcode printed as text instead of rendered: `[button link="…"]Send us…[/button]`, `[gallery ids="1,2"]`. */
const SHORTCODE = /^\[([a-z][\w-]*)(\s+[\w-]+\s*=[^\]]*\/?\]|(\s+[\w-]+\s*=[^\]]*)?\].*\[\/\1\])$/i;
/** In this order: the first that matches decides. */
const LINES = [META_LINE, BYLINE, MORE_LABEL, MORE_LABEL_INTL, UI_LABEL, READING_TIME, TAGS, SHORTCODE];
const CTA = /(^|[\s-])newsletters?\b|\b(sign up|subscribe)\b.*\b(inbox|e-?mails?)\b|\b(inbox|e-?mails?)\b.*\b(sign up|subscribe)\b|\bcookies\b.*\b(accept|consent|experience|opt out|policy)\b/i;

/** Blocks longer than this are never furniture. */
const MAX_BLOCK = 250;
/** A furniture line (label, byline, meta) is at most this long. */
const MAX_LINE = 140;
/** A "Related…" label this short is a label even without a colon or links ("Related stories"). */
const BARE_LABEL = 30;
/** A "Related…" line with more of its text in links than this is a teaser line. */
const LABEL_LINK_SHARE = 0.5;
/** A list after a "Related" label with more of its text in links than this is the list of stories it introduces. */
const LIST_LINK_SHARE = 0.7;
/** A newsletter or cookie call to action is at most this long (unless it is a link). */
const MAX_CTA = 200;

/**
 * Removes short furniture lines: separators, "Published/Updated …" and "By …" lines, "Related:" /
 * "Read more" labels (and the link lists they introduce), share/comment/skip labels, reading-time
 * notes, tag lines, and short newsletter, subscription and cookie calls to action.
 */
export function removeFurnitureLines(root: Element): void {
  for (const el of byTags(root, 'p div span li h2 h3 h4 h5 h6')) {
    const t = el.isConnected && short(el, MAX_BLOCK);
    if (!t) continue;
    // No letter or digit: the title rules' words regex, compiled once in the page (not a second Unicode regex).
    if (el.tagName !== 'SPAN' && !words(t)[0]) {
      el.remove();
      continue;
    }
    const match = LINES.find((re) => re.test(t));
    const more = match === MORE_LABEL || match === MORE_LABEL_INTL;
    const label = !!match && t.length <= MAX_LINE && (!more || t.length < BARE_LABEL || /:$/.test(t) || linkShare(el) > LABEL_LINK_SHARE || /^H/.test(el.tagName));
    const cta = CTA.test(t) && (linkShare(el) > 0 || t.length < MAX_CTA) && !/[,;]\s.*[,;]\s/.test(t);
    if (!label && !cta) continue;
    // The link lists a label introduces (some pages put each link in a list of its own).
    for (let next = el.nextElementSibling; more && next && /^(UL|OL)$/.test(next.tagName) && linkShare(next) > LIST_LINK_SHARE; next = el.nextElementSibling) next.remove();
    el.remove();
  }
}
