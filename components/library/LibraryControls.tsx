import { useMemo } from 'preact/hooks';
import type { ClippingKind } from '@/utils/clippings/types';
import { t } from '@/utils/browser/i18n';
import { FilterSelect } from './FilterSelect';
import { LIBRARY_SORTS } from './sorts';
import type { Facets, LibraryFilters } from './use-library-query';

interface Props {
  filters: LibraryFilters;
  facets: Facets;
  onFilter: <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]) => void;
}

const SORT_OPTIONS = Object.entries(LIBRARY_SORTS).map(([key, s]) => [key, s.label] as const);
const same = (v: string) => [v, v] as const;

/** The search box and the sort and filter selects. */
export function LibraryControls({ filters, facets, onFilter }: Props) {
  const { search, sortKey, tag, site, kind } = filters;
  // A tag picked from a card stays a choice even before the filter lists are loaded.
  const tagOptions = useMemo(() => (tag && !facets.tags.includes(tag) ? [...facets.tags, tag] : facets.tags), [facets.tags, tag]);
  return (
    <search class="cr-lib-controls" role="search">
      <div class="cr-field cr-field-search">
        <label for="cr-search">{t('librarySearchLabel')}</label>
        <input
          id="cr-search"
          type="search"
          value={search}
          placeholder={t('librarySearchPlaceholder')}
          autoFocus
          onInput={(e) => onFilter('search', (e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <FilterSelect id="cr-sort" label="librarySortLabel" value={sortKey} any={false} options={SORT_OPTIONS.map(([key, label]) => [key, t(label)] as const)} onChange={(v) => onFilter('sortKey', v)} />
      <FilterSelect id="cr-tag" label="libraryFilterTag" value={tag} options={tagOptions.map(same)} onChange={(v) => onFilter('tag', v)} />
      <FilterSelect id="cr-site" label="libraryFilterSite" value={site} options={facets.sites.map(same)} onChange={(v) => onFilter('site', v)} />
      <FilterSelect<'' | ClippingKind>
        id="cr-kind"
        label="libraryFilterKind"
        value={kind}
        options={[['article', t('libraryKindArticle')], ['selection', t('libraryKindSelection')]]}
        onChange={(v) => onFilter('kind', v)}
      />
    </search>
  );
}
