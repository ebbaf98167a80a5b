// The ids the background's features answer to, in one place: the context-menu items, and the keyboard
// commands with their default keys, from which wxt.config.ts builds the manifest's `commands`.
// No browser API here: the build's config reads this file in Node.

export const MENU = {
  savePage: 'cr-save-page',
  saveSelection: 'cr-save-selection',
  openReader: 'cr-open-reader',
} as const;
export type MenuId = (typeof MENU)[keyof typeof MENU];

export const COMMAND = {
  savePage: 'save-page',
  openReader: 'open-reader',
} as const;
export type CommandId = (typeof COMMAND)[keyof typeof COMMAND];

/** Each command's suggested key and its description (a `_locales` message). */
const COMMAND_KEYS: Record<CommandId, { key: string; description: string }> = {
  'save-page': { key: 'Alt+Shift+S', description: '__MSG_libraryCommandSavePage__' },
  'open-reader': { key: 'Alt+Shift+O', description: '__MSG_readerCommandOpen__' },
};

/** The manifest's `commands`: the toolbar button's shortcut (opens the popup), then ours. */
export function manifestCommands(browser: string) {
  return {
    [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: 'Ctrl+Shift+Y' } },
    ...Object.fromEntries(Object.entries(COMMAND_KEYS).map(([id, { key, description }]) => [id, { suggested_key: { default: key }, description }])),
  };
}
