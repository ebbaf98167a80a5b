import { errorMessage } from './error-message';

// Pages that browsers never let extensions script, whatever the permissions.
const RESTRICTED_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|blob|javascript):/i;
const EXTENSION_STORES = [
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org/i,
  /^https:\/\/addons\.opera\.com/i,
];
/** Messages browsers give when scripting a page is refused. */
const REFUSAL = /cannot (access|be scripted)|cannot script|missing host permission|extensions gallery|not allowed|permission/i;
/** The type of a document the browser shows in its own PDF viewer (Chromium's page around the viewer reports it). */
export const PDF_CONTENT_TYPE = 'application/pdf';
/** The content types of a picture, video or sound file the browser shows on its own (no web page around it). */
export const MEDIA_CONTENT_TYPE = /^(image|video|audio)\//;
/**
 * A web or file address whose path (query and fragment aside) names a PDF file: the only sign of one where
 * the viewer lets no script in to ask (Firefox's).
 */
const PDF_ADDRESS = /^(https?|file):[^?#]*\.pdf([?#]|$)/i;

/** True for URLs no extension may script: browser pages, the new-tab page, extension stores. */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  return RESTRICTED_SCHEMES.test(url) || EXTENSION_STORES.some((store) => store.test(url));
}

/** True when an `executeScript` error means the browser refused access to the page. */
export function isAccessRefusal(error: unknown): boolean {
  return REFUSAL.test(errorMessage(error));
}

/** True when the address names a PDF file (`.pdf` at the end of its path). */
export function isPdfUrl(url: string | undefined): boolean {
  return !!url && PDF_ADDRESS.test(url);
}
