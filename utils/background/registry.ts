// Where the background's features plug in: the message handlers, and each feature's context-menu items
// and keyboard commands. One listener per browser event dispatches by id (ids in ./ids.ts), so a
// feature only says what it adds and what to do.
import { browser, type Browser } from 'wxt/browser';
import { activeTab } from '../browser/active-tab';
import { t, type MessageKey } from '../browser/i18n';
import { createMessageListener, type Handlers } from '../browser/messages';
import type { CommandId, MenuId } from './ids';

type Tab = Browser.tabs.Tab;
export type MenuInfo = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>;

export interface MenuItem {
  id: MenuId;
  title: MessageKey;
  contexts: NonNullable<Browser.contextMenus.CreateProperties['contexts']>;
  /** The click grants activeTab on `tab`. */
  onClick: (info: MenuInfo, tab: Tab | undefined) => Promise<unknown>;
}

export interface Command {
  id: CommandId;
  /** `tab`: the tab the key was pressed on, else the active one. */
  run: (tab: Tab | undefined) => Promise<unknown>;
}

/** What a feature adds to the background. */
export interface BackgroundFeature {
  menus?: MenuItem[];
  commands?: Command[];
}

/**
 * Wires the handlers and the features (call once, synchronously, at the background's start). Partial
 * handlers so tests can pass some; the background checks it passes all with `satisfies Handlers`.
 */
export function registerBackground({ handlers = {}, features = [] }: { handlers?: Partial<Handlers>; features?: BackgroundFeature[] }): void {
  const menus = new Map(features.flatMap((f) => f.menus ?? []).map((m) => [m.id as string, m]));
  const commands = new Map(features.flatMap((f) => f.commands ?? []).map((c) => [c.id as string, c]));

  const onMenuClicked = async (info: MenuInfo, tab?: Tab) => menus.get(String(info.menuItemId))?.onClick(info, tab);
  const onCommand = async (command: string, tab?: Tab) => commands.get(command)?.run(tab?.id !== undefined ? tab : await activeTab());

  browser.runtime.onMessage.addListener(createMessageListener(handlers));
  browser.runtime.onInstalled.addListener(() => {
    const done = () => void browser.runtime.lastError;
    for (const { id, title, contexts } of menus.values()) browser.contextMenus.create({ id, title: t(title), contexts }, done);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));

  // Playwright cannot click a native menu or press a command: the e2e build lets tests call the same dispatch.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { __cleanReaderE2e: { onMenuClicked, onCommand } });
}
