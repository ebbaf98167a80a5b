import { useState } from 'preact/hooks';
import { errorMessage } from '@/utils/error-message';
import { download } from '@/utils/browser/download';
import type { Clipping } from '@/utils/clippings/types';
import { inertArticle } from '@/utils/export/inert-html';
import { markdownFolderZip } from '@/utils/export/markdown-folder';
import { datedName } from '@/utils/export/file-names';
import { t, type MessageKey } from '@/utils/browser/i18n';

interface Props {
  label: MessageKey;
  disabled: boolean;
  /** A small button, as in the selection bar; the header's is the size of its neighbours. */
  small?: boolean;
  /** How many clippings (0: not counted yet), and the clippings a batch at a time (never the whole library in memory). */
  count: number;
  batches: () => AsyncIterable<Clipping[]>;
  onProgress: (done: number, total: number) => void;
  onDone: (count: number) => void;
  onError: (message: string) => void;
}

/** Export as a zip of Markdown files, one per clipping; "Obsidian layout" picks Obsidian's front matter keys. */
export function ExportFolder({ label, disabled, small = false, count, batches, onProgress, onDone, onError }: Props) {
  const [obsidian, setObsidian] = useState(false);
  const run = async () => {
    const folder = datedName('clean-reader');
    const parser = new DOMParser();
    onProgress(0, count);
    try {
      const zip = await markdownFolderZip(batches(), { obsidian, sanitize: (html) => inertArticle(html, parser), folder }, (done) => onProgress(done, count));
      download(`${folder}.zip`, zip.parts as BlobPart[], 'application/zip');
      onDone(zip.count);
    } catch (error) {
      onError(errorMessage(error));
    }
  };
  return (
    <span class="cr-export-folder">
      <button type="button" class={small ? 'cr-button cr-button-small' : 'cr-button'} disabled={disabled} onClick={() => void run()}>{t(label)}</button>
      <label class="cr-export-obsidian">
        <input type="checkbox" checked={obsidian} onChange={(e) => setObsidian((e.currentTarget as HTMLInputElement).checked)} />
        {t('exportFolderObsidian')}
      </label>
    </span>
  );
}
