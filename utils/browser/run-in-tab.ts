import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { nativeApi } from './native-api';
import { errorMessage } from '../error-message';
import { isAccessRefusal, isPdfUrl, isRestrictedUrl, MEDIA_CONTENT_TYPE, PDF_CONTENT_TYPE } from '../restricted';

/**
 * Why the extension may not read a tab: `restricted` (`fileAccess`: a local file, readable once the user
 * allows file URLs), `pdf`: the tab shows a PDF in the browser's viewer, or `media`: a picture, video or sound
 * file shown on its own; in both there is no web page to read.
 */
export type TabRefusal = { reason: 'restricted'; detail?: string; fileAccess?: true } | { reason: 'pdf' | 'media'; detail?: string };

/** The options a runtime content script reads (and clears) from its isolated world's global. */
export type ScriptOptions = { global: '__cleanReaderExtractOptions' | '__cleanReaderClipOptions'; value: object };

/** Why this tab's page cannot be scripted, known before trying; null when it may be. */
export async function refusalBeforeRun(url: string | undefined): Promise<TabRefusal | null> {
  if (isRestrictedUrl(url)) return { reason: 'restricted', detail: url };
  // A local file: only with "Allow access to file URLs" (Chromium), which the user can switch on.
  if (url?.startsWith('file:') && !(await fileAccessAllowed())) return { reason: 'restricted', fileAccess: true, detail: url };
  return null;
}

/**
 * An `executeScript` error as a refusal, or null when it was some other failure. A refused tab whose
 * address names a PDF is the PDF case: Firefox's viewer refuses every script, so its address is all there is.
 */
export function refusalOf(error: unknown, url?: string): TabRefusal | null {
  if (!isAccessRefusal(error)) return null;
  const detail = errorMessage(error);
  if (isPdfUrl(url)) return { reason: 'pdf', detail };
  return { reason: 'restricted', detail, ...(/\bfile:\/\//i.test(detail) ? { fileAccess: true as const } : {}) };
}

/**
 * The refusal when the tab turns out to show no web page: a PDF (Chromium lets scripts into the empty page around
 * its viewer, where extraction finds nothing) or a picture, video or sound file on its own (the browser's page
 * around it has no text), else null. One more trip to the page: asked only once it gave no article.
 */
export async function fileRefusal(tabId: number): Promise<TabRefusal | null> {
  try {
    const [injection] = await nativeApi.scripting.executeScript({ target: { tabId }, func: () => document.contentType, injectImmediately: true });
    const type = String(injection?.result);
    return type === PDF_CONTENT_TYPE ? { reason: 'pdf' } : MEDIA_CONTENT_TYPE.test(type) ? { reason: 'media' } : null;
  } catch {
    return null;
  }
}

/**
 * Runs a runtime content script in the tab (only now, on the user's gesture) after handing it its
 * options, and returns what it returns. At once, on what has arrived: without injectImmediately a page
 * still loading keeps the caller waiting until it has loaded, which may be never.
 */
export async function runScriptInTab(tabId: number, file: ScriptPublicPath, options: ScriptOptions): Promise<unknown> {
  // No options, no hand-over: one round trip to the page fewer (the scripts read a missing global as none).
  if (Object.keys(options.value).length > 0) await nativeApi.scripting.executeScript({
    target: { tabId },
    func: (name: string, value: object) => {
      (globalThis as Record<string, unknown>)[name] = value;
    },
    args: [options.global, options.value],
    injectImmediately: true,
  });
  const [injection] = await nativeApi.scripting.executeScript({ target: { tabId }, files: [file], injectImmediately: true });
  return injection?.result;
}

async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await nativeApi.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}
