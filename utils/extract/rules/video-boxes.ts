/**
 * A video's box holds at most this much text besides its structured data: a title, a description, a date and a
 * running time ("21.04.2024 | 3:18 min"), a "loading video" or "enable JavaScript" line. A box holding more is a
 * section of the page (some pages put the data beside the whole article).
 */
const MAX_VIDEO_BOX = 300;

/**
 * Before Readability: removes the box of a video whose player is not in the copy (it is made by a script, or
 * loaded when clicked), found by the video's own structured data beside it — a schema.org `VideoObject` in a JSON-LD
 * script in the page's body, in any language. Left there, its poster, description and running time read as a
 * paragraph of the article (or another story's teaser), and nothing in the reader plays it.
 */
export function removeVideoBoxes(doc: Document): void {
  // Inside a box of the body: data sitting in the body itself marks no box.
  for (const data of doc.querySelectorAll('body * script[type*=json]')) {
    const box = data.parentElement!;
    if (/VideoObject/.test(data.textContent) && box.textContent.length - data.textContent.length <= MAX_VIDEO_BOX) box.remove();
  }
}
