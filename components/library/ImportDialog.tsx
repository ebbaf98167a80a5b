import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/utils/error-message';
import type { ClippingsDb } from '@/utils/clippings/db';
import { t, tCount, type MessageKey } from '@/utils/browser/i18n';
import { prepareImport, type ImportPreview, type PreparedImport } from '@/utils/import/prepare';
import { groupProblems } from '@/utils/import/problems';
import type { ImportFormat, ImportProblem } from '@/utils/import/types';

const FORMAT_NAME: Record<ImportFormat, MessageKey> = {
  'pocket-zip': 'importFormatPocketZip',
  'pocket-html': 'importFormatPocketHtml',
  'instapaper-csv': 'importFormatInstapaper',
  'omnivore-zip': 'importFormatOmnivore',
  'clean-reader-backup': 'importFormatBackup',
};
/** Problems listed in the preview; the rest are counted. */
const LISTED = 50;

type Step = { step: 'reading'; name: string } | { step: 'preview'; name: string; prepared: PreparedImport } | { step: 'failed'; name: string; message: string };

interface Props {
  db: ClippingsDb;
  /** The file the reader chose; the dialog shows while it is set. */
  file: File;
  /** The reader confirmed: stage and commit (the library shows the progress and the outcome). */
  onConfirm: (prepared: PreparedImport) => void;
  /** The dialog of `file` closed (Cancel, Escape, or confirmed). */
  onClose: (file: File) => void;
}

/** "Import…": reads the chosen file and shows what an import would do; nothing is written until the reader confirms. */
export function ImportDialog({ db, file, onConfirm, onClose }: Props) {
  const [state, setState] = useState<Step>({ step: 'reading', name: file.name });
  const dialog = useRef<HTMLDialogElement>(null);
  /** The file whose dialog is (or was last) open. */
  const shown = useRef(file);

  useEffect(() => {
    dialog.current?.showModal();
    shown.current = file;
    let live = true;
    // After a frame, so "Reading…" paints before a large file keeps the page busy.
    requestAnimationFrame(() => setTimeout(() => {
      prepareImport(file, db).then(
        (prepared) => live && setState({ step: 'preview', name: file.name, prepared }),
        (error: unknown) => live && setState({ step: 'failed', name: file.name, message: errorMessage(error) }),
      );
    }));
    return () => void (live = false);
  }, [file]);

  // "close" is an event queued after the dialog closed: a file chosen just after Cancel may already have reopened the
  // dialog (then the event is stale), or be about to (then it is the closed file's, named as such)
  const closed = () => {
    if (!dialog.current?.open) onClose(shown.current);
  };

  return (
    <dialog ref={dialog} class="cr-import" aria-labelledby="cr-import-title" onClose={closed}>
      <h2 id="cr-import-title">{state.step === 'preview' ? t('importTitle', t(FORMAT_NAME[state.prepared.preview.format])) : t('importTitleFile', state.name)}</h2>
      {state.step === 'reading' && <p role="status" aria-busy="true">{t('importReading', state.name)}</p>}
      {state.step === 'failed' && <p class="cr-import-error" role="alert">{t('importCannot', state.message)}</p>}
      {state.step === 'preview' && <Preview preview={state.prepared.preview} />}
      <div class="cr-import-actions">
        {state.step === 'preview' && state.prepared.preview.total > 0 && (
          <button type="button" class="cr-button cr-button-primary" onClick={() => (dialog.current?.close(), onConfirm(state.prepared))}>
            {t('importConfirm', state.prepared.preview.total.toLocaleString())}
          </button>
        )}
        <button type="button" class="cr-button" onClick={() => dialog.current?.close()}>{t('libraryCancel')}</button>
      </div>
    </dialog>
  );
}

/** What the import would do: the counts, the items left out, highlights not imported, the repeated addresses. */
export function Preview({ preview }: { preview: ImportPreview }) {
  const rows: Array<[MessageKey, number]> = [
    ['importCountNew', preview.added],
    ['importCountExisting', preview.existing],
    ['importCountContent', preview.withContent],
    ['importCountLinkOnly', preview.linkOnly],
    ['importCountHighlights', preview.withHighlights],
    ['importCountRejected', preview.rejected.length],
    ['importCountDuplicates', preview.duplicates.length],
  ];
  return (
    <>
      <p>{preview.total ? tCount('importCountTotal', preview.total) : t('importNothing')}</p>
      <table class="cr-import-counts">
        <tbody>
          {rows.map(([label, n]) => (
            <tr key={label} data-count={label}>
              <th scope="row">{t(label)}</th>
              <td>{n.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LeftOut problems={preview.rejected} />
      <Problems heading="importHighlightProblemsHeading" problems={preview.highlightProblems} />
      <Problems heading="importDuplicatesHeading" problems={preview.duplicates} />
    </>
  );
}

/** The rows left out: one list grouped by reason, each row with its place (row, column) and its own value. */
export function LeftOut({ problems }: { problems: ImportProblem[] }) {
  if (!problems.length) return null;
  let room = LISTED;
  const groups = groupProblems(problems).flatMap((group) => {
    const rows = group.rows.slice(0, room);
    room -= rows.length;
    return rows.length ? [{ ...group, rows }] : [];
  });
  return (
    <details class="cr-import-problems" open={problems.length <= 10}>
      <summary>{t('importRejectedHeading', problems.length.toLocaleString())}</summary>
      <ul>
        {groups.map((group) => (
          <li key={group.reason}>
            <span class="cr-import-reason">{group.reason}</span>
            <ul>
              {group.rows.map((row, i) => <li key={i}><span class="cr-import-where">{row.where}</span>{row.detail !== null && <>: {row.detail}</>}</li>)}
            </ul>
          </li>
        ))}
        {problems.length > LISTED && <li>{t('importMore', (problems.length - LISTED).toLocaleString())}</li>}
      </ul>
    </details>
  );
}

function Problems({ heading, problems }: { heading: MessageKey; problems: ImportProblem[] }) {
  if (!problems.length) return null;
  return (
    <details class="cr-import-problems" open={problems.length <= 10}>
      <summary>{t(heading, problems.length.toLocaleString())}</summary>
      <ul>
        {problems.slice(0, LISTED).map((p, i) => <li key={i}><span class="cr-import-where">{p.where}</span>: {p.reason}</li>)}
        {problems.length > LISTED && <li>{t('importMore', (problems.length - LISTED).toLocaleString())}</li>}
      </ul>
    </details>
  );
}
