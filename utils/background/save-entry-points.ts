// The saves that start in the background: "Save page" and "Save selection" in the context menu, and
// the save-page command.
import type { ClippingsDb } from '../clippings/db';
import { COMMAND, MENU } from './ids';
import type { BackgroundFeature } from './registry';
import { saveFromTab } from './save-from-page';

export function saveEntryPoints(db: ClippingsDb): BackgroundFeature {
  return {
    menus: [
      { id: MENU.savePage, title: 'libraryMenuSavePage', contexts: ['page'], onClick: (_info, tab) => saveFromTab(db, tab, 'page') },
      { id: MENU.saveSelection, title: 'libraryMenuSaveSelection', contexts: ['selection'], onClick: (info, tab) => saveFromTab(db, tab, 'selection', info.selectionText) },
    ],
    commands: [{ id: COMMAND.savePage, run: (tab) => saveFromTab(db, tab, 'page') }],
  };
}
