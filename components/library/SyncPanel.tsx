// The library's Sync panel (issue #14): turn sync on with a server the reader names, see its state,
// sync now, turn it off. The host permission is asked for here, on the click, for that origin only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { sendMessage } from '@/utils/browser/messages';
import { formatDateTime } from '@/utils/format';
import type { ClippingsDb } from '@/utils/clippings/db';
import { parkedClippings, type Parked } from '@/utils/sync/refusals';
import { parseSyncServer, SERVER_PROBLEM_TEXT, type ServerProblem } from '@/utils/sync/server';
import type { MergeChoice } from '@/utils/sync/merge';
import { isSyncRunning, STALE_AFTER_MS, STATUS_KEY, SYNC_OFF, TURN_ON_WAIT_MS, type Merged, type Refused, type SyncErrorCode, type SyncStatus } from '@/utils/sync/status';

const ERROR_TEXT: Record<SyncErrorCode, MessageKey> = {
  address: 'syncErrorAddress',
  credentials: 'syncErrorCredentialsKept',
  forbidden: 'syncErrorForbidden',
  'no-database': 'syncErrorNoDatabase',
  unreachable: 'syncErrorUnreachable',
  'server-full': 'syncErrorServerFull',
  'too-large': 'syncErrorTooLarge',
  permission: 'syncErrorPermission',
  unknown: 'syncErrorUnknown',
};

/**
 * Where the words for a running sync are wrong when turning sync on failed: sync is still off then, so it will not
 * "try again later", and there is nothing to turn off; the form stays filled in, to correct and send again.
 */
const TURN_ON_ERROR_TEXT: Partial<Record<SyncErrorCode, MessageKey>> = {
  credentials: 'syncOnErrorCredentials',
  forbidden: 'syncOnErrorForbidden',
  unreachable: 'syncOnErrorUnreachable',
};

/** Where "Change password" was refused: nothing changed, the sync goes on with the old credentials. */
const CHANGE_ERROR_TEXT: Partial<Record<SyncErrorCode, MessageKey>> = { credentials: 'syncChangeRefused' };

const storedStatus = async (): Promise<SyncStatus> => ({ ...SYNC_OFF, ...((await browser.storage.local.get(STATUS_KEY))[STATUS_KEY] as SyncStatus | undefined) });

function useSyncStatus(): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>(SYNC_OFF);
  useEffect(() => {
    void storedStatus().then(setStatus);
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && STATUS_KEY in changes) setStatus({ ...SYNC_OFF, ...(changes[STATUS_KEY]!.newValue as SyncStatus | undefined) });
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return status;
}

/** Whether the status's sync runs, seen again once its heartbeat would be stale (a worker gone mid-sync). */
function useRunning(status: SyncStatus): boolean {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!isSyncRunning(status)) return;
    const timer = setTimeout(() => setTick((n) => n + 1), status.beatAt! + STALE_AFTER_MS - Date.now() + 50);
    return () => clearTimeout(timer);
  }, [status]);
  return isSyncRunning(status);
}

/**
 * How long the library must be quiet (no render: no query, no filter typed) after its first page before the sync
 * its opening starts: a sync run at once shared the machine with the reader's first search (2× slower in
 * `npm run bench:sync`).
 */
export const OPEN_SYNC_QUIET_MS = 2_000;

/**
 * Opening the library is one of the moments sync runs (with a local change and the periodic alarm): after its
 * first page is painted and the library has been quiet a moment, so that waking the worker and a sync's reads
 * delay neither; and only with sync on (with it off, the message only woke the worker to write that it is off).
 * The effect has no dependencies on purpose: every render of the library (this panel renders with it) starts the
 * wait again. A sync seen running meanwhile (Sync now, a local change, the alarm) is the one the opening asks
 * for: another one after it would wake a worker that may have stopped on purpose, and sync twice for one opening.
 */
function useSyncOnOpen(libraryPainted: boolean, syncing: boolean): void {
  const asked = useRef(false);
  if (syncing) asked.current = true;
  useEffect(() => {
    if (!libraryPainted || asked.current) return;
    const timer = setTimeout(() => {
      asked.current = true;
      void storedStatus().then((s) => void (s.server && sendMessage('sync-now', {})));
    }, OPEN_SYNC_QUIET_MS);
    return () => clearTimeout(timer);
  });
}

/**
 * Every clipping the server refused, read from the library's database when the status names only some of them
 * (it carries a few titles per reason: a rule refusing everything must not write a library's titles into it).
 */
function useAllRefused(db: ClippingsDb, refused: Refused[]): Parked[] {
  const [all, setAll] = useState<Parked[]>([]);
  const some = refused.some((group) => group.count > group.titles.length);
  useEffect(() => void (some ? parkedClippings(db).then(setAll, () => setAll([])) : setAll([])), [refused]);
  return all;
}

/** `libraryPainted`: the library's first page is on screen (the sync it starts waits for that). */
export function SyncPanel({ db, libraryPainted }: { db: ClippingsDb; libraryPainted: boolean }) {
  const status = useSyncStatus();
  const allRefused = useAllRefused(db, status.refused);
  const running = useRunning(status);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Turning on has the browser's permission and waits for the server (the browser's own prompt comes before). */
  const [asking, setAsking] = useState(false);

  useSyncOnOpen(libraryPainted, status.running);

  const turnOn = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const server = parseSyncServer(String(data.get('url') ?? ''));
    if ('problem' in server) return setRefusal(SERVER_PROBLEM_TEXT[server.problem as ServerProblem]);
    setBusy(true);
    setRefusal(null);
    try {
      // Must run in the click's gesture: the browser asks the reader for this one origin.
      if (!(await browser.permissions.request({ origins: [server.originPattern] }))) return setRefusal(t('syncErrorPermission'));
      setAsking(true);
      const reply = await sendMessage('sync-enable', { url: server.dbUrl, username: String(data.get('username') ?? ''), password: String(data.get('password') ?? '') });
      if (!reply.ok) setRefusal(reply.message);
      else if (reply.value.error && !reply.value.server) setRefusal(errorText(reply.value, TURN_ON_ERROR_TEXT));
      else form.reset();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  const act = async (type: 'sync-now' | 'sync-disable' | 'sync-retry-refused') => {
    setBusy(true);
    await sendMessage(type, {});
    setBusy(false);
  };

  return (
    <details class="cr-sync" onKeyDown={closeOnEscape}>
      <summary class="cr-button">{status.server ? t('syncSummaryOn') : t('syncSummaryOff')}</summary>
      <div class="cr-sync-body">
        {status.server ? (
          <>
            <p>{t('syncServer', status.server)}</p>
            <p role="status">
              {running ? t('syncRunning') : status.lastSyncedAt ? t('syncLast', formatDateTime(status.lastSyncedAt)) : t('syncNever')}
              {' · '}
              {t('syncPending', String(status.pending))}
              {status.running && !running && ` · ${t('syncInterrupted')}`}
            </p>
            {status.error && <p class="cr-sync-error" role="alert">{errorText(status)}</p>}
            {status.error?.code === 'credentials' && <ChangeCredentials />}
            {status.refused.map((group) => (
              <RefusedList key={group.reason} {...group} all={allRefused.filter((p) => p.reason === group.reason).map((p) => p.title)} />
            ))}
            {status.merged && <MergedLine {...status.merged} />}
            <div class="cr-lib-tools">
              {status.refused.length > 0 && (
                <button type="button" class="cr-button" disabled={busy || running} onClick={() => void act('sync-retry-refused')}>{t('syncRetryRefused')}</button>
              )}
              <button type="button" class="cr-button cr-button-primary" disabled={busy || running} onClick={() => void act('sync-now')}>{t('syncNow')}</button>
              <button type="button" class="cr-button" disabled={busy} onClick={() => void act('sync-disable')}>{t('syncTurnOff')}</button>
            </div>
          </>
        ) : (
          <form onSubmit={(e) => (e.preventDefault(), void turnOn(e.currentTarget))}>
            <p>{t('syncExplain')}</p>
            <label class="cr-field">{t('syncUrl')}<input name="url" type="url" required placeholder="https://couch.example.org/clippings" autoComplete="url" /></label>
            <label class="cr-field">{t('syncUsername')}<input name="username" required autoComplete="username" /></label>
            <label class="cr-field">{t('syncPassword')}<input name="password" type="password" required autoComplete="current-password" /></label>
            {refusal && <p class="cr-sync-error" role="alert">{refusal}</p>}
            {/* words while the server is asked (up to TURN_ON_WAIT_MS): the button alone went grey and said nothing */}
            {asking && <p role="status">{t('syncChecking', String(TURN_ON_WAIT_MS / 1000))}</p>}
            <button type="submit" class="cr-button cr-button-primary" disabled={busy}>{t('syncTurnOn')}</button>
          </form>
        )}
      </div>
    </details>
  );
}

/**
 * "Change password", offered while the server refuses the credentials: the new ones replace them in place, so the
 * changes not yet sent stay queued and go with them.
 */
function ChangeCredentials() {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    setBusy(true);
    setRefusal(null);
    try {
      const reply = await sendMessage('sync-credentials', { username: String(data.get('username') ?? ''), password: String(data.get('password') ?? '') });
      if (!reply.ok) setRefusal(reply.message);
      else if (reply.value.refusal) setRefusal(errorText({ ...SYNC_OFF, error: reply.value.refusal }, CHANGE_ERROR_TEXT));
      else form.reset();
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => (e.preventDefault(), void change(e.currentTarget))}>
      <label class="cr-field">{t('syncUsername')}<input name="username" required autoComplete="username" /></label>
      <label class="cr-field">{t('syncPassword')}<input name="password" type="password" required autoComplete="current-password" /></label>
      {refusal && <p class="cr-sync-error" role="alert">{refusal}</p>}
      <button type="submit" class="cr-button cr-button-primary" disabled={busy}>{t('syncChangePassword')}</button>
    </form>
  );
}

/** The clippings a status names, in quotes, and how many more it counts: "“A”, “B” and 3 more". */
function titlesNamed(titles: string[], count: number): string {
  const named = titles.map((title) => `“${title}”`).join(', ');
  return count > titles.length ? t('syncTitlesMore', [named, String(count - titles.length)]) : named;
}

/**
 * "1 clipping was refused by the server as too large: <title>": kept here, sent again when it changes. More than
 * the status names: the sentence counts the rest, and a list under it (`all`, from the database) names each.
 */
function RefusedList({ reason, count, titles, all }: Refused & { all: string[] }) {
  const listed = titlesNamed(titles, count);
  const key = reason === 'too-large' ? (count === 1 ? 'syncRefusedTooLargeOne' : 'syncRefusedTooLarge') : count === 1 ? 'syncRefusedRuleOne' : 'syncRefusedRule';
  return (
    <>
      <p class="cr-sync-error cr-sync-refused">{t(key, [String(count), listed])}</p>
      {count > titles.length && all.length > 0 && (
        <details class="cr-sync-refused-all">
          <summary>{t('syncRefusedAll', String(all.length))}</summary>
          <ul>{all.map((title, i) => <li key={i}>{title}</li>)}</ul>
        </details>
      )}
    </>
  );
}

const MERGED_TEXT: Record<MergeChoice, MessageKey> = { state: 'syncMergedState', content: 'syncMergedContent', highlight: 'syncMergedHighlight' };

/**
 * What a sync chose when it merged a clipping edited in two browsers: nothing is lost (the other version stays on the
 * server), but a reading state, a text or a highlight's note the reader set in the other browser is not the one shown.
 */
function MergedLine({ at, count, titles, made }: Merged) {
  const listed = titlesNamed(titles, count);
  const what = made.map((kind) => t(MERGED_TEXT[kind])).join(', ');
  const when = formatDateTime(at);
  return <p class="cr-sync-merged">{count === 1 ? t('syncMergedOne', [when, listed, what]) : t('syncMerged', [when, String(count), listed, what])}</p>;
}

function errorText(status: SyncStatus, words: Partial<Record<SyncErrorCode, MessageKey>> = {}): string {
  if (!status.error) return '';
  const { code, detail } = status.error;
  if (code === 'address') return SERVER_PROBLEM_TEXT[detail as ServerProblem] ?? detail;
  return t(words[code] ?? ERROR_TEXT[code], detail);
}

/** The panel opens over the list: Escape closes it and leaves the focus on its summary, as the other overlays do. */
function closeOnEscape(e: KeyboardEvent) {
  const details = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !details.open) return;
  e.preventDefault();
  details.open = false;
  details.querySelector('summary')?.focus();
}
