import './marks.css';
import type { ClippingState } from '@/utils/clippings/types';
import { CLIPPING_STATES } from '@/utils/clippings/validate';
import { t } from '@/utils/browser/i18n';
import { FilterSelect } from './FilterSelect';
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
      <FilterSelect<'' | ClippingState> id="cr-state" label="libraryFilterState" value={state} options={CLIPPING_STATES.map((s) => [s, t(STATE_LABEL[s])] as const)} onChange={onState} />
      <label class="cr-field cr-field-check">
        <input type="checkbox" checked={hasHighlights} onChange={(e) => onHasHighlights((e.currentTarget as HTMLInputElement).checked)} />
        {t('libraryFilterHasHighlights')}
      </label>
    </>
  );
}
