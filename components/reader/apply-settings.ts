import type { ReaderSettings } from '@/utils/settings';

/** Reader settings become a theme attribute and CSS custom properties on the root element. */
export function applySettings(root: HTMLElement, settings: ReaderSettings): void {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--reader-size', `${settings.size}px`);
  root.style.setProperty('--reader-width', `${settings.width}ch`);
  root.style.setProperty('--reader-line-height', String(settings.lineHeight));
  root.style.setProperty('--reader-letter-spacing', `${settings.letterSpacing}em`);
  root.style.setProperty('--reader-word-spacing', `${settings.wordSpacing}em`);
  root.style.setProperty('--reader-align', settings.align === 'justify' ? 'justify' : 'start');
}
