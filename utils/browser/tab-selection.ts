import { nativeApi } from './native-api';

/**
 * The text the reader has selected in the tab's page, trimmed; '' when none (or the page cannot be read).
 * A function of its own, not part of extract.js: a few bytes there are paid on every click, and this is
 * asked after the article painted. The page's top frame only, as the context menu's selection is clipped.
 */
export async function tabSelectionText(tabId: number): Promise<string> {
  try {
    const [injection] = await nativeApi.scripting.executeScript({ target: { tabId }, func: () => String(getSelection() ?? '').trim(), injectImmediately: true });
    return typeof injection?.result === 'string' ? injection.result : '';
  } catch {
    return '';
  }
}
