import { browser, type Browser } from 'wxt/browser';

/** The active tab of the current window (what a toolbar click or a keyboard command is about). */
export async function activeTab(): Promise<Browser.tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
