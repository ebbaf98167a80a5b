import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * The title at its own size, or smaller where its longest word is wider than the line (a large text size on a phone),
 * but never smaller than the article's text: a word breaks only when it cannot fit even then. Chromium has no
 * hyphenation dictionary offline, so `hyphens: auto` broke such words anywhere, with no hyphen ("strengthe/n").
 * Measured again when the settings or the window's width change.
 */
export function useTitleFit(title: RefObject<HTMLElement | null>, settings: unknown): void {
  useLayoutEffect(() => {
    const heading = title.current;
    if (!heading) return;
    let current = true;
    // A microtask: after every layout effect of this commit, the page's settings applied (the reader's own hook) too.
    const fit = () => current && fitTitle(heading);
    queueMicrotask(fit);
    addEventListener('resize', fit);
    void document.fonts?.ready.then(fit);
    return () => {
      current = false;
      removeEventListener('resize', fit);
    };
  }, [settings]);
}

function fitTitle(heading: HTMLElement): void {
  heading.style.removeProperty('font-size');
  heading.style.overflowWrap = 'normal';
  const range = heading.ownerDocument.createRange();
  range.selectNodeContents(heading);
  // With words unbroken, the widest line is the longest word's where it does not fit (it stands alone on its line).
  const ratio = heading.getBoundingClientRect().width / range.getBoundingClientRect().width;
  heading.style.removeProperty('overflow-wrap');
  if (!(ratio < 1)) return;
  const own = parseFloat(getComputedStyle(heading).fontSize);
  const text = parseFloat(getComputedStyle(heading.parentElement ?? heading).fontSize);
  heading.style.fontSize = `${Math.max(text, Math.floor(own * ratio * 10) / 10)}px`;
}
