import './marks.css';
import type { ClippingsDb } from '@/utils/clippings/db';
import { queryLibrary } from '@/utils/clippings/query';
import type { Clipping } from '@/utils/clippings/types';
import { t } from '@/utils/browser/i18n';
import { readerPath } from '@/utils/reader-source';
import { UiText } from '../UiText';
import { percentRead } from './ReadingState';

const SHOWN = 5;

/** The clippings in progress, the one read last first (read with the library's page: use-library-query.ts). */
export function clippingsInProgress(db: ClippingsDb): Promise<Clipping[]> {
  return queryLibrary(db, { state: 'reading', sort: 'updatedAt', limit: SHOWN }).then((page) => page.items);
}

/** The clippings in progress, each a link back into the reader where it was left. */
export function ContinueReading({ items }: { items: Clipping[] }) {
  if (items.length === 0) return null;
  return (
    <section class="cr-continue" aria-labelledby="cr-continue-title">
      <h2 id="cr-continue-title" class="cr-continue-title">{t('libraryContinueReading')}</h2>
      <ul class="cr-continue-list">
        {items.map((c) => (
          <li key={c.id} lang={c.lang ?? undefined} dir={c.dir ?? 'auto'}>
            {/* the whole title on hover: a long one is cut to the line (marks.css) */}
            <a href={readerPath({ kind: 'clip', id: c.id })} target="_blank" rel="noopener" title={c.title}>{c.title}</a>
            <progress class="cr-state-progress" max={100} value={percentRead(c)} aria-hidden="true" />
            {/* in the interface's direction: in a right-to-left clipping's row "40 % read" read "read % 40" */}
            <UiText class="cr-continue-percent">{t('stateProgress', String(percentRead(c)))}</UiText>
          </li>
        ))}
      </ul>
    </section>
  );
}
