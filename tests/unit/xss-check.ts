/**
 * What "no executable content" means for sanitized article HTML, checked on a parsed DOM:
 * no element that runs, loads a document or a non-image resource, submits, or restyles; no event
 * handler; no URL other than http(s), mailto, a fragment, or an inline raster image.
 *
 * Self-contained (no outer references), so end-to-end tests can run it inside a browser page with
 * `page.evaluate(executableContentScript(selector))`.
 */
export function executableContent(root: ParentNode): string[] {
  const forbiddenElements = new Set([
    'script', 'style', 'link', 'base', 'meta', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame',
    'frameset', 'object', 'embed', 'applet', 'param', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'source',
    'track', 'portal', 'fencedframe', 'isindex', 'noembed', 'noframes', 'xmp', 'plaintext', 'title', 'animate', 'set',
    'handler', 'foreignobject', 'use', 'image', 'dialog', 'slot',
  ]);
  const urlAttributes = new Set([
    'href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'longdesc', 'codebase', 'xlink:href',
    'ping', 'srcset', 'attributionsrc', 'lowsrc', 'dynsrc', 'usemap', 'manifest', 'icon', 'profile', 'classid',
  ]);
  const forbiddenAttributes = new Set(['style', 'srcdoc', 'srcset', 'ping', 'formaction', 'action', 'id', 'name', 'is', 'popover', 'shadowrootmode']);
  const safeUrl = /^(?:https?:|mailto:|#)/i;
  const safeImage = /^data:image\/(?:png|gif|jpe?g|webp|avif);/i;
  const problems: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      const tag = el.localName.toLowerCase();
      if (forbiddenElements.has(tag)) problems.push(`<${tag}>`);
      if (el.namespaceURI && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`<${tag}> in ${el.namespaceURI}`);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`<${tag} ${name}>`);
        // DOMPurify leaves `is=""` on strings (an element's `is` cannot be changed once created): inert.
        if (forbiddenAttributes.has(name) && !(name === 'is' && attr.value === '')) problems.push(`<${tag} ${name}>`);
        if (urlAttributes.has(name) || name.endsWith(':href')) {
          // Browsers strip ASCII whitespace and controls before reading a scheme.
          const value = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
          const ok = safeUrl.test(value) || (tag === 'img' && name === 'src' && safeImage.test(value));
          if (value && !ok) problems.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`);
        }
      }
      const content = (el as HTMLTemplateElement).content;
      if (content) walk(content);
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

/** An expression for `page.evaluate`: the problems in every element matching `selector`. */
export function executableContentScript(selector: string): string {
  return `(() => { const check = ${executableContent.toString()}; return [...document.querySelectorAll(${JSON.stringify(selector)})].flatMap((el) => check(el)); })()`;
}

/** An expression for `page.evaluate`: the problems in `html` once parsed (inertly, in a template). */
export function executableContentInHtmlScript(html: string): string {
  return `(() => { const check = ${executableContent.toString()}; const t = document.createElement('template'); t.innerHTML = ${JSON.stringify(html)}; return check(t.content); })()`;
}
