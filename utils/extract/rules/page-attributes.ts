import { elementsWhere } from '../walk';

/**
 * Classes and the rules' own marks (`data-cr-…`) served the rules; the reader does not have the page's styles. Event-handler attributes
 * never run in our pages (DOMPurify drops them at render), but Chromium reports each one against
 * the extension's CSP as soon as any parser there meets it, so they go here already. Always runs.
 */
export function removePageAttributes(root: Element): void {
  for (const el of elementsWhere(root, () => true)) {
    for (const { name } of [...el.attributes]) {
      if (/^(on|data-cr-)/i.test(name) || (name === 'class' && el.getAttribute('class') !== 'page')) el.removeAttribute(name);
    }
  }
}
