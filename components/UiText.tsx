import type { ComponentChildren } from 'preact';
import { uiLanguage } from '@/utils/browser/i18n';

/**
 * A phrase in the interface's language inside an article that may run the other way, isolated so that
 * "1 min read" keeps its order in a right-to-left article.
 */
export function UiText({ children, class: className }: { children: ComponentChildren; class?: string }) {
  const { lang, dir } = uiLanguage();
  return (
    <bdi class={className} lang={lang} dir={dir}>
      {children}
    </bdi>
  );
}
