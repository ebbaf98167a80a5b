import './marks.css';
import { StatusMessage } from '@/components/StatusMessage';
import { HighlightItem } from './HighlightsPanel';
import type { Highlight } from '@/utils/clippings/types';
import { t } from '@/utils/browser/i18n';

/**
 * A clipping imported with its link only (Pocket, Instapaper): there is no text to show, so the reader says so and
 * offers its page, where one click on Clean Reader's button adds the text to this clipping. An empty article was shown.
 */
export function LinkOnlyMessage({ title, url, highlights = [] }: { title: string; url: string; highlights?: readonly Highlight[] }) {
  return (
    <main class="reader-message">
      <StatusMessage title={title} body={t('readerLinkOnlyBody')}>
        {/^https?:/i.test(url) && <a class="cr-button cr-button-primary" href={url}>{t('readerLinkOnlyOpen')}</a>}
        <LibraryLink />
      </StatusMessage>
      {/* the other app's highlights wait for the text as highlights: shown here as text until they can be placed */}
      {highlights.length > 0 && (
        <section class="cr-marks reader-link-only-marks" aria-labelledby="cr-link-only-marks">
          <h2 class="cr-marks-title" id="cr-link-only-marks">{t('readerLinkOnlyHighlights')}</h2>
          <ul class="cr-marks-list">
            {highlights.map((h) => (
              <HighlightItem key={h.id} highlight={h} />
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

/** The way back from a reader tab that shows a message instead of an article (a tab opened from a card has Back; one opened from a popup, a bookmark or a restored session has not). */
export function LibraryLink() {
  return <a class="cr-button" href="/library.html">{t('readerLibrary')}</a>;
}
