// "Open in Clean Reader" in the context menu, and the open-reader command: the reader reads that tab
// itself (the click or key press grants activeTab on it).
import type { Browser } from 'wxt/browser';
import { openReader } from '../browser/reader-handover';
import { COMMAND, MENU } from './ids';
import type { BackgroundFeature } from './registry';

export function readerLaunch(): BackgroundFeature {
  const openFor = async (tab: Browser.tabs.Tab | undefined) => (tab?.id !== undefined ? openReader({ kind: 'tab', tabId: tab.id }, tab) : undefined);
  return {
    menus: [{ id: MENU.openReader, title: 'readerMenuOpen', contexts: ['page'], onClick: (_info, tab) => openFor(tab) }],
    commands: [{ id: COMMAND.openReader, run: openFor }],
  };
}
