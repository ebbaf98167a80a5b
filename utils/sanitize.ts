import DOMPurify, { type Config } from 'dompurify';

/** Elements no article keeps: they run, load a document, submit or restyle (the Markdown export drops them too). */
export const FORBIDDEN_TAGS = ['style', 'link', 'base', 'meta', 'form', 'input', 'button', 'select', 'textarea', 'iframe',
  'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'source', 'track',
  'dialog', 'slot'];
/** Only web links; `data:` only for images (inline pictures in articles are common: IMAGE_SRC). */
export const LINK_URL = /^(?:https?:|mailto:|#)/i;
export const IMAGE_SRC = /^(https?:|data:image\/(png|gif|jpe?g|webp|avif);)/i;

// The one sanitizer configuration for page-derived HTML. Articles need text, structure, links,
// images, tables and code; nothing that runs, loads a document, submits or restyles the page.
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  // A page's own <main> is unwrapped (its content kept): shown inside ours, it made two main landmarks.
  FORBID_TAGS: [...FORBIDDEN_TAGS, 'main'],
  // `is` (customized built-ins) and popovers: nothing an article needs, and both act without a script.
  // `role` belonged to the page's layout: in our pages it made landmarks (a second main, a navigation), alerts or
  // buttons of plain text.
  FORBID_ATTR: ['style', 'srcset', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster', 'id', 'name',
    'is', 'popover', 'popovertarget', 'popovertargetaction', 'shadowrootmode', 'attributionsrc', 'role'],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: LINK_URL,
  // DOMPurify holds every attribute it does not know as free text to ALLOWED_URI_REGEXP, which lets web addresses only:
  // a quote's direction and language ("rtl", "ar": an Arabic verse in an English story read left to right), a cell's
  // span and header, a list's first number and a time's date were dropped. None of these ever holds an address.
  ADD_URI_SAFE_ATTR: ['dir', 'lang', 'colspan', 'rowspan', 'headers', 'scope', 'start', 'datetime'],
};

type Purifier = ReturnType<typeof DOMPurify>;
type Output = 'html' | 'fragment';
const OUTPUT_CONFIG: Record<Output, Config> = { html: CONFIG, fragment: { ...CONFIG, RETURN_DOM_FRAGMENT: true } };
/**
 * Per window, one purifier per output, each made and configured once, when first asked for: parsing the
 * configuration on every call was ~0.15 ms of each, and the popup's first paint needs only the fragment one.
 */
const purifiers = new WeakMap<Window, Partial<Record<Output, Purifier>>>();

function purifierFor(win: Window, output: Output): Purifier {
  let made = purifiers.get(win);
  if (!made) purifiers.set(win, (made = {}));
  return (made[output] ??= makePurifier(win, OUTPUT_CONFIG[output]));
}

function makePurifier(win: Window, config: Config): Purifier {
  const purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  purifier.setConfig(config);
  purifier.addHook('afterSanitizeAttributes', hardenElement);
  return purifier;
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
    if (src && !IMAGE_SRC.test(src)) node.removeAttribute('src');
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    node.setAttribute('referrerpolicy', 'no-referrer');
  }
}

/** Sanitized HTML as a string, for storage. */
export function sanitizeHtml(html: string, win: Window = window): string {
  return purifierFor(win, 'html').sanitize(html) as string;
}

/**
 * Sanitized HTML as a fragment, for rendering: the only way page-derived HTML becomes DOM. Also takes a node already
 * parsed (an import's HTML, parsed once, without its handlers, in an inert document): DOMPurify sanitizes a copy.
 */
export function sanitizeToFragment(html: string | Node, win: Window = window): DocumentFragment {
  // DOMPurify returns null when the markup parses to no body (a `<frameset>` document); an empty
  // fragment then, or `replaceChildren(null)` would render the text "null".
  // A fragment by the purifier's own configuration (RETURN_DOM_FRAGMENT); DOMPurify's types only follow a per-call one.
  const fragment = purifierFor(win, 'fragment').sanitize(html) as unknown as DocumentFragment | null;
  return fragment ?? win.document.createDocumentFragment();
}
