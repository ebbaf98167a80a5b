// Stored HTML ready for the Markdown converter, without DOMPurify: a Markdown file holds text and links,
// never DOM, so what matters is that nothing runs or loads while it is read (DOMParser's document has no
// browsing context), that forbidden elements leave with their text, and that only web links and images
// reach the file. DOMPurify with Turndown took ~3× the time of this parse with Turndown in Chromium (1.7 vs
// 0.6 ms an article, interleaved), most of a folder export (docs/benchmarks.md).
import { FORBIDDEN_TAGS, IMAGE_SRC, LINK_URL } from '../sanitize';

const DROPPED = [...FORBIDDEN_TAGS, 'script'].join(',');

/**
 * The HTML parsed in an inert document (`parser`: the page's DOMParser), stripped of forbidden elements and of
 * addresses that are not a web link or image.
 */
export function inertArticle(html: string, parser: DOMParser): HTMLElement {
  const body = parser.parseFromString(html, 'text/html').body;
  for (const node of body.querySelectorAll(DROPPED)) node.remove();
  for (const link of body.querySelectorAll('[href]')) {
    if (link.localName !== 'a' || !LINK_URL.test(link.getAttribute('href')!.trim())) link.removeAttribute('href');
  }
  for (const image of body.querySelectorAll('img[src]')) if (!IMAGE_SRC.test(image.getAttribute('src')!.trim())) image.removeAttribute('src');
  return body;
}
