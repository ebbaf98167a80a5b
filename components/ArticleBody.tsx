import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment } from '@/utils/sanitize';

interface Props {
  html: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  class?: string;
  /** Receives the body element, e.g. to scroll to and highlight a sentence. */
  bodyRef?: RefObject<HTMLDivElement | null>;
}

/** Page-derived HTML, sanitized on every render: the only place it becomes DOM. */
export function ArticleBody({ html, lang, dir, class: className = 'cr-article-body', bodyRef }: Props) {
  const own = useRef<HTMLDivElement>(null);
  const target = bodyRef ?? own;
  useLayoutEffect(() => {
    target.current?.replaceChildren(sanitizeToFragment(html));
  }, [html]);
  return <div ref={target} class={className} lang={lang ?? undefined} dir={dir ?? 'auto'} />;
}
