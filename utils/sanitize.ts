import DOMPurify, { type Config } from 'dompurify';

// The one sanitizer configuration for page-derived HTML. Articles need text, structure, links,
// images, tables and code; nothing that runs, loads a document, submits or restyles the page.
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'link', 'base', 'meta', 'form', 'input', 'button', 'select', 'textarea', 'iframe',
    'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'source', 'track',
    'dialog', 'slot'],
  // `is` (customized built-ins) and popovers: nothing an article needs, and both act without a script.
  FORBID_ATTR: ['style', 'srcset', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster', 'id', 'name',
    'is', 'popover', 'popovertarget', 'popovertargetaction', 'shadowrootmode', 'attributionsrc'],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Only web links and images; `data:` only for images (inline pictures in articles are common).
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

type Purifier = ReturnType<typeof DOMPurify>;
const purifiers = new WeakMap<Window, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    purifier.addHook('uponSanitizeElement', linkEmbeddedMedia);
    purifier.addHook('beforeSanitizeAttributes', srcFromSrcset);
    purifier.addHook('afterSanitizeAttributes', hardenElement);
    purifiers.set(win, purifier);
  }
  return purifier;
}

/**
 * An embedded video or player (iframe, video: forbidden, they load and run) leaves a link to what it
 * showed, so the reader still knows it is there. The link is inserted after the element and is
 * sanitized like any other (web addresses only).
 */
function linkEmbeddedMedia(node: Node) {
  if (node.nodeType !== 1 || !/^(IFRAME|VIDEO)$/.test((node as Element).tagName)) return;
  const media = node as Element;
  const src = (media.getAttribute('src') ?? media.querySelector('source[src]')?.getAttribute('src'))?.trim();
  if (!src || !/^https?:/i.test(src)) return;
  const link = media.ownerDocument.createElement('a');
  link.setAttribute('href', src);
  link.textContent = media.getAttribute('title')?.trim() || media.getAttribute('aria-label')?.trim() || src;
  media.after(link);
}

/**
 * `srcset` is not kept (one address is enough, and fewer to check), so an image that has only a
 * srcset (a lazy image once its `data-srcset` was copied) takes its widest candidate as `src`.
 */
function srcFromSrcset(node: Element) {
  if (node.tagName !== 'IMG' || node.getAttribute('src')?.trim() || !node.getAttribute('srcset')) return;
  const candidates = node.getAttribute('srcset')!.split(/,\s+/).map((c) => c.trim().split(/\s+/)).filter(([url]) => url);
  const width = ([, descriptor]: string[]) => parseFloat(descriptor ?? '') || 0;
  const widest = candidates.reduce((best, c) => (width(c) > width(best) ? c : best), candidates[0] ?? []);
  if (widest[0]) node.setAttribute('src', widest[0]);
}

function hardenElement(node: Element) {
  // DOMPurify accepts a `data:` href on any tag that may hold a data URI (img, video...): only links link.
  if (node.tagName !== 'A' && node.hasAttribute('href')) node.removeAttribute('href');
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.tagName === 'IMG') {
    const src = node.getAttribute('src') ?? '';
    if (src && !/^(https?:|data:image\/(png|gif|jpe?g|webp|avif);)/i.test(src)) node.removeAttribute('src');
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    node.setAttribute('referrerpolicy', 'no-referrer');
  }
}

/** Sanitized HTML as a string, for storage. */
export function sanitizeHtml(html: string, win: Window = window): string {
  return purifierFor(win).sanitize(html, CONFIG) as string;
}

/** Sanitized HTML as a fragment, for rendering: the only way page-derived HTML becomes DOM. */
export function sanitizeToFragment(html: string, win: Window = window): DocumentFragment {
  // DOMPurify returns null when the markup parses to no body (a `<frameset>` document); an empty
  // fragment then, or `replaceChildren(null)` would render the text "null".
  const fragment = purifierFor(win).sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment | null;
  return fragment ?? win.document.createDocumentFragment();
}
