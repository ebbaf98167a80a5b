import './marks.css';
import type { ClippingState } from '@/utils/clippings/types';
import { CLIPPING_STATES } from '@/utils/clippings/validate';
import { t } from '@/utils/i18n';
import { STATE_LABEL } from './ReadingState';

interface Props {
  state: '' | ClippingState;
  hasHighlights: boolean;
  onState: (state: '' | ClippingState) => void;
  onHasHighlights: (on: boolean) => void;
}

/** The library's filters by reading state and by "has highlights" (fields of its search controls). */
export function MarksFilters({ state, hasHighlights, onState, onHasHighlights }: Props) {
  return (
    <>
      <div class="cr-field">
        <label for="cr-state">{t('libraryFilterState')}</label>
        <select id="cr-state" value={state} onChange={(e) => onState((e.currentTarget as HTMLSelectElement).value as '' | ClippingState)}>
          <option value="">{t('libraryFilterAnyState')}</option>
          {CLIPPING_STATES.map((s) => <option key={s} value={s}>{t(STATE_LABEL[s])}</option>)}
        </select>
      </div>
      <label class="cr-field cr-field-check">
        <input type="checkbox" checked={hasHighlights} onChange={(e) => onHasHighlights((e.currentTarget as HTMLInputElement).checked)} />
        {t('libraryFilterHasHighlights')}
      </label>
    </>
  );
}
