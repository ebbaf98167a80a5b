import { StatusMessage } from '@/components/StatusMessage';
import { t } from '@/utils/browser/i18n';

/**
 * A clipping imported with its link only (Pocket, Instapaper): there is no text to show, so the reader says so and
 * offers its page, where one click on Clean Reader's button adds the text to this clipping. An empty article was shown.
 */
export function LinkOnlyMessage({ title, url }: { title: string; url: string }) {
  return (
    <main class="reader-message">
      <StatusMessage title={title} body={t('readerLinkOnlyBody')}>
        {/^https?:/i.test(url) && <a class="cr-button cr-button-primary" href={url}>{t('readerLinkOnlyOpen')}</a>}
      </StatusMessage>
    </main>
  );
}
