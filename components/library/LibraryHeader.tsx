import type { RefObject } from 'preact';
import { t } from '@/utils/browser/i18n';
import { StorageInfo } from './StorageInfo';

interface Props {
  count: number;
  version: number;
  busy: boolean;
  fileInput: RefObject<HTMLInputElement | null>;
  onExportAll: () => void;
  onImport: (file: File) => void;
}

/** The title, the storage the library takes, and the whole-library tools: back up and import. */
export function LibraryHeader({ count, version, busy, fileInput, onExportAll, onImport }: Props) {
  return (
    <header class="cr-lib-header">
      <h1 class="cr-lib-title">{t('libraryTitle')}</h1>
      <StorageInfo count={count} version={version} />
      <div class="cr-lib-tools">
        <button type="button" class="cr-button" onClick={onExportAll} disabled={busy || count === 0}>
          {t('libraryExportAll')}
        </button>
        <label class={`cr-button cr-file-button${busy ? ' cr-disabled' : ''}`}>
          {t('libraryImport')}
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            class="cr-visually-hidden"
            disabled={busy}
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
