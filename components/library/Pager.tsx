import { t } from '@/utils/browser/i18n';

/** "Showing 26–50 of 120" for a page of `size` from `index`; empty-safe. */
function pageRange(index: number, size: number, total: number): { from: number; to: number } {
  return { from: total === 0 ? 0 : index * size + 1, to: Math.min(total, (index + 1) * size) };
}

export function showingText(index: number, size: number, total: number): string {
  const { from, to } = pageRange(index, size, total);
  return t('libraryShowing', [String(from), String(to), total.toLocaleString()]);
}

/** Previous and next page, shown when the results fill more than one page. */
export function Pager({ index, size, total, onPage }: { index: number; size: number; total: number; onPage: (index: number) => void }) {
  if (total <= size) return null;
  const { to } = pageRange(index, size, total);
  return (
    <nav class="cr-pager" aria-label={t('libraryPages')}>
      <button type="button" class="cr-button" disabled={index === 0} onClick={() => onPage(index - 1)}>{t('libraryPrevious')}</button>
      <span>{showingText(index, size, total)}</span>
      <button type="button" class="cr-button" disabled={to >= total} onClick={() => onPage(index + 1)}>{t('libraryNext')}</button>
    </nav>
  );
}
