import { t } from '@/utils/browser/i18n';

/**
 * The first-run page of an empty library, in place of the search and filters (which would have nothing to work on):
 * what a clipping is, the three ways to save one, and where a library kept elsewhere comes in.
 */
export function LibraryWelcome() {
  return (
    <section class="cr-lib-welcome" aria-labelledby="cr-lib-welcome-title">
      <h2 id="cr-lib-welcome-title">{t('libraryWelcomeTitle')}</h2>
      <p>{t('libraryWelcomeWhat')}</p>
      <p>{t('libraryWelcomeHow')}</p>
      <ul>
        <li>{t('libraryWelcomeButton')}</li>
        <li>{t('libraryWelcomeMenu')}</li>
        <li>{t('libraryWelcomeKeys')}</li>
      </ul>
      <p>{t('libraryWelcomeMoving')}</p>
    </section>
  );
}
