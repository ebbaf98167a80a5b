import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { articleOutline } from '@/utils/article-outline';
import { splitFirstScreen } from '@/utils/first-screen';
import { afterPaint } from '@/utils/browser/paint-marks';
import { sanitizeToFragment } from '@/utils/sanitize';
import { preformattedStops } from '@/utils/scrolling-code';
import { tableWrapper } from '@/utils/scrolling-tables';
import { t } from '@/utils/browser/i18n';

interface Props {
  html: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  class?: string;
  /** Receives the body element, e.g. to scroll to and highlight a sentence. */
  bodyRef?: RefObject<HTMLDivElement | null>;
  /** Render the first screen of text first, and the rest once that has painted (the popup). */
  firstScreenFirst?: boolean;
}

/** Page-derived HTML, sanitized on every render: the only place it becomes DOM. */
export function ArticleBody({ html, lang, dir, class: className = 'cr-article-body', bodyRef, firstScreenFirst = false }: Props) {
  const own = useRef<HTMLDivElement>(null);
  const target = bodyRef ?? own;
  useLayoutEffect(() => {
    const body = target.current;
    if (!body) return;
    const parts = firstScreenFirst ? splitFirstScreen(html, body.ownerDocument) : null;
    // under the page's title (h1): headings from h2 on, no level skipped, across both parts
    const outline = articleOutline();
    const wrapTables = tableWrapper(tableLabel);
    const markCode = preformattedStops((number) => t('articleCodeBlock', String(number)));
    const render = (part: string) => {
      const fragment = sanitizeToFragment(part);
      outline(fragment);
      wrapTables(fragment);
      markCode(fragment);
      return fragment;
    };
    body.replaceChildren(render(parts?.first ?? html));
    if (!parts) return;
    let current = true;
    // A task after the frame's other after-paint work (the popup's painted mark), so the first screen shows first.
    afterPaint(() => setTimeout(() => current && body.append(render(parts.rest))));
    return () => void (current = false);
  }, [html]);
  return <div ref={target} class={className} lang={lang ?? undefined} dir={dir ?? 'auto'} />;
}

const tableLabel = (number: number, caption: string | null) =>
  caption ? t('articleTableNamed', [String(number), caption]) : t('articleTable', String(number));
