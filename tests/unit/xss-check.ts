/**
 * What "no executable content" means for sanitized article HTML, checked on a parsed DOM:
 * no element that runs, loads a document or a non-image resource, submits, or restyles; no event
 * handler; no URL other than http(s), mailto, a fragment, or an inline raster image.
 */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'link', 'base', 'meta', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'applet', 'param', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'source',
  'track', 'portal', 'fencedframe', 'isindex', 'noembed', 'noframes', 'xmp', 'plaintext', 'title', 'animate', 'set',
  'handler', 'foreignobject', 'use', 'image', 'dialog', 'slot',
]);
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'longdesc', 'codebase', 'xlink:href',
  'ping', 'srcset', 'attributionsrc', 'lowsrc', 'dynsrc', 'usemap', 'manifest', 'icon', 'profile', 'classid',
]);
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'srcset', 'ping', 'formaction', 'action', 'id', 'name', 'is', 'popover', 'shadowrootmode']);
const SAFE_URL = /^(?:https?:|mailto:|#)/i;
const SAFE_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif);/i;

/** Problems found in a sanitized fragment; empty when it holds nothing that can run or load. */
export function executableContent(root: ParentNode): string[] {
  const problems: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      const tag = el.localName.toLowerCase();
      if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}>`);
      if (el.namespaceURI && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${tag}> in ${el.namespaceURI}`);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`<${tag} ${name}>`);
        // DOMPurify leaves `is=""` on strings (an element's `is` cannot be changed once created): inert.
        if (FORBIDDEN_ATTRIBUTES.has(name) && !(name === 'is' && attr.value === '')) problems.push(`<${tag} ${name}>`);
        if (URL_ATTRIBUTES.has(name) || name.endsWith(':href')) {
          // Browsers strip ASCII whitespace and controls before reading a scheme.
          const value = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
          const ok = SAFE_URL.test(value) || (tag === 'img' && name === 'src' && SAFE_IMAGE.test(value));
          if (value && !ok) problems.push(`<${tag} ${name}="${attr.value.slice(0, 40)}">`);
        }
      }
      if ((el as HTMLTemplateElement).content) walk((el as HTMLTemplateElement).content);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return problems;
}

/** Checks sanitized HTML after a fresh parse in `doc`: what a render would build from it. */
export function executableContentInHtml(html: string, doc: Document): string[] {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return executableContent(template.content);
}
