// The save entry points that start in the background: two context-menu items and a keyboard command.
// Other features register their own items in their own modules; this one never removes theirs.
import { browser, type Browser } from 'wxt/browser';
import type { ClippingsDb } from './clippings/db';
import { t } from './i18n';
import { saveFromTab, type SaveFromPageResult } from './save-from-page';

export const MENU_SAVE_PAGE = 'cr-save-page';
export const MENU_SAVE_SELECTION = 'cr-save-selection';
export const COMMAND_SAVE_PAGE = 'save-page';

type MenuInfo = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>;

/** Wires the menus and the command (call once, synchronously, at the background's start). */
export function registerSaveEntryPoints(db: ClippingsDb): void {
  const onMenuClicked = async (info: MenuInfo, tab?: Browser.tabs.Tab): Promise<SaveFromPageResult | undefined> => {
    if (info.menuItemId === MENU_SAVE_PAGE) return saveFromTab(db, tab, 'page');
    if (info.menuItemId === MENU_SAVE_SELECTION) return saveFromTab(db, tab, 'selection', info.selectionText);
    return undefined;
  };
  const onCommand = async (command: string, tab?: Browser.tabs.Tab): Promise<SaveFromPageResult | undefined> => {
    if (command !== COMMAND_SAVE_PAGE) return undefined;
    const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return saveFromTab(db, target, 'page');
  };

  browser.runtime.onInstalled.addListener(() => {
    const done = () => void browser.runtime.lastError;
    browser.contextMenus.create({ id: MENU_SAVE_PAGE, title: t('libraryMenuSavePage'), contexts: ['page'] }, done);
    browser.contextMenus.create({ id: MENU_SAVE_SELECTION, title: t('libraryMenuSaveSelection'), contexts: ['selection'] }, done);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

  // Playwright cannot click a native menu or press a command: the e2e build lets tests call the same handlers.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { __cleanReaderE2e: { onMenuClicked, onCommand } });
}
