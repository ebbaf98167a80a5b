// An invented German news page for the rules that must work in any language: its address, its body, paragraphs of it.
import { expect } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { parseHtml } from '../dom';

export const URL = 'https://www.hafenblatt.example/lokales/hafenmauer-1234';
export function body(html: string): Element {
  return parseHtml(`<html><body><div class="page">${html}</div></body></html>`, URL).body;
}
export const para = (n: number) => `<p>Absatz ${n} der Geschichte über die Hafenmauer, lang genug, um echter Text zu sein, den ein Leser lesen will.</p>`;
export const story = (n: number) => Array.from({ length: n }, (_, i) => para(i)).join('');
/** The root reads as `html` would. */
export const same = (root: Element, html: string) => expect(plainText(root)).toBe(plainText(body(html)));
