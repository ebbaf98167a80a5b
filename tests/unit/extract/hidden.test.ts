// @vitest-environment node
// Twenty-seventh round: what the page hides with an inline `display: none` stays out of the article, also where a root
// class that reads as chrome ("site-header") makes Readability hand the page back unwalked (an invented Dutch page).
// Thirty-first round: what the page's hiding class ("hidden") hides goes too, unless a responsive variant shows it
// (an invented English page: a members' appeal in three A/B versions, two of them hidden by class).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { removeHidden } from '../../../utils/extract/rules/hidden';
import { parseHtml } from '../dom';

const para = (n: number) => `<p>Alinea ${n} over de tellingen van de otters langs de Dommel, lang genoeg om lopende tekst te zijn, met komma's en een punt.</p>`;
const story = Array.from({ length: 6 }, (_, i) => para(i)).join('');
const RULES_NOTE = 'De reacties geven niet noodzakelijk de mening van de redactie weer.';
// The forum's rules note is shown by its script once the comments load.
const page =
  `<html lang="nl" class="theme-dark site-header"><head><title>Otters langs de Dommel</title></head><body><main><article><h1>Otters langs de Dommel</h1>${story}</article>` +
  `<section class="reacties"><h2>Uw mening telt.</h2><p id="regels" style="display:none">${RULES_NOTE}</p></section></main></body></html>`;
const textOf = (html: string, off: 'hidden'[] = []) => {
  const result = extractArticle(parseHtml(html), { force: true, off });
  return result.ok ? result.article.text : '';
};

describe('removeHidden', () => {
  it("keeps a forum's hidden rules note out of the article, the text in", () => {
    const text = textOf(page);
    expect(text).toContain('Alinea 5 over de tellingen');
    expect(text).not.toContain(RULES_NOTE);
  });

  it('is what does it: without it Readability, dropping the root, hands the page back with the note', () => {
    expect(textOf(page, ['hidden'])).toContain(RULES_NOTE);
  });

  it('removes only what an inline style hides, not a style that merely says "none"', () => {
    const doc = parseHtml('<html><body><p style="border: none">Zichtbaar</p><p style="display: none">Verborgen</p><div style="text-decoration:none; display:block">Ook zichtbaar</div></body></html>');
    removeHidden(doc);
    expect(doc.body.textContent).toBe('ZichtbaarOok zichtbaar');
  });

  it('removes what the page\'s "hidden" class hides: the versions of a box an A/B test did not choose', () => {
    const appeal = (version: string, hidden: string) => `<div class="${hidden}members-appeal"><p>${version}: the Riverside Courier is paid for by readers like you. Become a member today and keep the newsroom open.</p></div>`;
    const courier = `<html><body><article><h1>Ferry timetable changes</h1>${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} on the ferry crossings to the island, long enough to be running text, with commas, dates and a full stop.</p>`).join('')}` +
      `${appeal('Version A', 'hidden ')}${appeal('Version B', 'hidden ')}${appeal('Version C', '')}</article></body></html>`;
    const text = textOf(courier);
    expect(text).toContain('Paragraph 5 on the ferry crossings');
    expect(text).not.toContain('Version A');
    expect(text).not.toContain('Version B');
    expect(textOf(courier, ['hidden'])).toContain('Version A');
  });

  it('keeps what a responsive variant shows on some screens ("hidden md:block"), and a class that only contains the word', () => {
    const doc = parseHtml('<html><body><p class="hidden">Hidden</p><p class="hidden md:block">Wide screens</p><p class="unhidden">Shown</p><p class="text hidden">Also hidden</p></body></html>');
    removeHidden(doc);
    expect(doc.body.textContent).toBe('Wide screensShown');
  });
});
