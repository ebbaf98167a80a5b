import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';

/**
 * A quiet "Back to top" after the reader reopened where the reader left off; gone once at the top, and never shown
 * when the restore left the page at its top (an article that fits the window, read to its end elsewhere).
 */
export function BackToTop() {
  const [away, setAway] = useState(() => scrollY > 0);
  useEffect(() => {
    const onScroll = () => setAway(scrollY > 0);
    addEventListener('scroll', onScroll, { passive: true });
    return () => removeEventListener('scroll', onScroll);
  }, []);
  if (!away) return null;
  const toTop = () => {
    scrollTo({ top: 0, behavior: 'instant' });
    document.getElementById('article')?.focus({ preventScroll: true });
  };
  return <button class="cr-button reader-back-to-top" onClick={toTop}>{t('readerBackToTop')}</button>;
}
