import type { ComponentChildren, RefObject } from 'preact';
import { t } from '@/utils/browser/i18n';
import { StorageInfo } from './StorageInfo';

interface Props {
  /** Null until the library has counted its clippings (a moment after the first page). */
  count: number | null;
  /** True while the library is empty or not known not to be: the exports are then off. */
  empty: boolean;
  version: number;
  busy: boolean;
  fileInput: RefObject<HTMLInputElement | null>;
  onExportAll: () => void;
  onExportHighlights: () => void;
  onImport: (file: File) => void;
  /** More whole-library tools (the Markdown folder export). */
  children?: ComponentChildren;
  /** The Sync panel, at the end of the title's row (a setting, not one of the tools: last in their row, it wrapped alone onto a line of its own at 1,000 px); its body opens below it, over the page. */
  sync?: ComponentChildren;
}

/** The title, the storage the library takes, and the whole-library tools: back up, export, import, sync. */
export function LibraryHeader({ count, empty, version, busy, fileInput, onExportAll, onExportHighlights, onImport, children, sync }: Props) {
  return (
    <header class="cr-lib-header">
      <h1 class="cr-lib-title">{t('libraryTitle')}</h1>
      <StorageInfo count={count} version={version} />
      {sync}
      <div class="cr-lib-tools">
        <button type="button" class="cr-button" onClick={onExportAll} disabled={busy || empty}>
          {t('libraryExportAll')}
        </button>
        <button type="button" class="cr-button" onClick={onExportHighlights} disabled={busy || empty}>
          {t('libraryExportAllCsv')}
        </button>
        {children}
        <label class={`cr-button cr-file-button${busy ? ' cr-disabled' : ''}`}>
          {t('importChoose')}
          <input
            ref={fileInput}
            type="file"
            accept=".json,.zip,.csv,.html,.htm,application/json,application/zip,text/csv,text/html"
            class="cr-visually-hidden"
            disabled={busy}
            // it looks like a button, and Enter presses a button: Chromium opens a file input's chooser on Space only
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              e.currentTarget.click();
            }}
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) onImport(file);
            }}
          />
        </label>
      </div>
    </header>
  );
}
