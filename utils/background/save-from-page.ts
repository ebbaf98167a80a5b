// Saves started in the background (context menu, keyboard command, the popup's "Save selection"). The background has no DOM, so
// it injects clip.js, which extracts (or reads the selection) AND sanitizes in the page, then saves
// through the same store as the popup and confirms on the toolbar button: a badge and its title.
import { browser, type Browser } from 'wxt/browser';
import type { ClippingsDb } from '../clippings/db';
import { toStoreError, type StoreErrorCode } from '../clippings/errors';
import { saveClipping } from '../clippings/store';
import type { ClippingDraft, SaveOutcome } from '../clippings/types';
import { ERROR_TEXT } from '../failure-text';
import { t, type MessageKey } from '../browser/i18n';
import { fileRefusal, refusalBeforeRun, refusalOf, runScriptInTab, type TabRefusal } from '../browser/run-in-tab';

export type ClipMode = 'page' | 'selection';

/** What clip.js returns. */
export type ClipResult = { ok: true; draft: ClippingDraft } | { ok: false; reason: 'not-article' | 'too-large' | 'failed' | 'no-selection'; detail?: string };

export type SaveFromPageFailure = Extract<ClipResult, { ok: false }>['reason'] | 'restricted' | 'file-access' | 'pdf' | 'media' | 'no-tab' | 'quota' | 'storage' | 'invalid';
export type SaveFromPageResult = ({ ok: true } & SaveOutcome) | { ok: false; reason: SaveFromPageFailure };

declare global {
  // Set in the page's isolated world just before clip.js is injected.
  var __cleanReaderClipOptions: { mode: ClipMode; selectionText?: string } | undefined;
}

const CLIP_SCRIPT = '/clip.js';
const CONFIRM_MS = 4000;

const FAILURE_TEXT: Record<SaveFromPageFailure, MessageKey> = {
  restricted: 'librarySaveFailedRestricted',
  'file-access': 'librarySaveFailedFileAccess',
  pdf: 'librarySaveFailedPdf',
  media: 'librarySaveFailedMedia',
  'no-tab': 'librarySaveFailedRestricted',
  'not-article': 'librarySaveFailedPage',
  'too-large': 'librarySaveFailedPage',
  failed: 'librarySaveFailedPage',
  'no-selection': 'librarySaveFailedNoSelection',
  quota: ERROR_TEXT.quota,
  storage: ERROR_TEXT.storage,
  invalid: ERROR_TEXT.invalid,
};

/** Clips the tab's page or selection, saves it, and confirms on the toolbar button. */
export async function saveFromTab(db: ClippingsDb, tab: Browser.tabs.Tab | undefined, mode: ClipMode, selectionText?: string): Promise<SaveFromPageResult> {
  const result = await clipAndSave(db, tab, mode, selectionText);
  if (tab?.id !== undefined) void confirm(tab.id, result);
  return result;
}

async function clipAndSave(db: ClippingsDb, tab: Browser.tabs.Tab | undefined, mode: ClipMode, selectionText?: string): Promise<SaveFromPageResult> {
  const clip = await clipTab(tab, mode, selectionText);
  if (!clip.ok) return clip;
  try {
    return { ok: true, ...(await saveClipping(db, clip.draft)) };
  } catch (error) {
    const { code } = toStoreError(error);
    // A save makes its clipping when there is none, so `missing` (a change to a deleted one) cannot come from it.
    return { ok: false, reason: code === 'missing' ? 'storage' : code };
  }
}

/**
 * The popup's "Save selection": the context menu's clipping of the tab's selection, saved by the same store.
 * The store's errors are thrown as they are (the reply carries their code, so the popup says what it says for
 * any save); a clip that failed is thrown in the words the toolbar button would show, written for the reader.
 */
export async function saveSelectionOfTab(db: ClippingsDb, tabId: number, selectionText?: string): Promise<SaveOutcome> {
  const clip = await clipTab(await browser.tabs.get(tabId).catch(() => undefined), 'selection', selectionText);
  if (!clip.ok) throw Object.assign(new Error(t(FAILURE_TEXT[clip.reason])), { forReader: true });
  return saveClipping(db, clip.draft);
}

type ClipFailure = Exclude<SaveFromPageFailure, StoreErrorCode>;

/** clip.js's draft of the tab's page or selection, or why there is none. */
async function clipTab(tab: Browser.tabs.Tab | undefined, mode: ClipMode, selectionText?: string): Promise<{ ok: true; draft: ClippingDraft } | { ok: false; reason: ClipFailure }> {
  const tabId = tab?.id;
  if (tabId === undefined) return { ok: false, reason: 'no-tab' };
  let clip: ClipResult;
  try {
    const refusal = await refusalBeforeRun(tab?.url);
    if (refusal) return { ok: false, reason: refusalReason(refusal) };
    const options = { mode, ...(selectionText ? { selectionText } : {}) };
    clip = ((await runScriptInTab(tabId, CLIP_SCRIPT, { global: '__cleanReaderClipOptions', value: options })) as ClipResult | undefined) ?? { ok: false, reason: 'failed' };
  } catch (error) {
    const refusal = refusalOf(error, tab?.url);
    return { ok: false, reason: refusal ? refusalReason(refusal) : 'failed' };
  }
  // A page save that found nothing may have been a PDF in the browser's viewer, or a picture on its own (as in the popup).
  if (!clip.ok) return { ok: false, reason: (mode === 'page' && (await fileRefusal(tabId))?.reason) || clip.reason };
  return clip;
}

const refusalReason = (refusal: TabRefusal): ClipFailure => (refusal.reason !== 'restricted' ? refusal.reason : refusal.fileAccess ? 'file-access' : 'restricted');

async function confirm(tabId: number, result: SaveFromPageResult): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (!action) return;
  const title = result.ok ? t(result.updated ? 'librarySaveConfirmUpdated' : 'librarySaveConfirmSaved') : t('popupSaveFailed', t(FAILURE_TEXT[result.reason]));
  try {
    await Promise.all([
      action.setBadgeBackgroundColor({ tabId, color: result.ok ? '#1e7a3c' : '#b3261e' }),
      action.setBadgeText({ tabId, text: result.ok ? '✓' : '!' }),
      action.setTitle({ tabId, title }),
    ]);
    setTimeout(() => {
      void Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: t('extName') })]).catch(() => undefined);
    }, CONFIRM_MS);
  } catch {
    // The tab closed meanwhile: nothing to confirm on.
  }
}
