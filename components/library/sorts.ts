import type { SortField } from '@/utils/clippings/query';
import type { MessageKey } from '@/utils/browser/i18n';

/** The library's sort choices, by the key the sort select shows. */
export const LIBRARY_SORTS: Record<string, { label: MessageKey; sort: SortField; desc: boolean }> = {
  'saved-desc': { label: 'librarySortSavedNewest', sort: 'savedAt', desc: true },
  'saved-asc': { label: 'librarySortSavedOldest', sort: 'savedAt', desc: false },
  'published-desc': { label: 'librarySortPublished', sort: 'publishedTime', desc: true },
  'title-asc': { label: 'librarySortTitle', sort: 'title', desc: false },
  'site-asc': { label: 'librarySortSite', sort: 'siteName', desc: false },
};
