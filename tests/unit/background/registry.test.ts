// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMMAND, manifestCommands, MENU } from '../../../utils/background/ids';
import { registerBackground, type BackgroundFeature } from '../../../utils/background/registry';

type MenuListener = (info: { menuItemId: string }, tab?: unknown) => void;
type CommandListener = (command: string, tab?: unknown) => void;

describe('registerBackground', () => {
  let listeners: { menu?: MenuListener; command?: CommandListener };
  let created: Array<{ id: string; title: string; contexts: string[] }>;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    listeners = {};
    created = [];
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
    Object.assign(browser.contextMenus, {
      create: (props: (typeof created)[number]) => created.push(props),
      onClicked: { addListener: (fn: MenuListener) => (listeners.menu = fn) },
    });
    Object.assign(browser.commands, { onCommand: { addListener: (fn: CommandListener) => (listeners.command = fn) } });
  });

  it('creates every feature’s menu items on install and sends each click and command to its feature only', async () => {
    const calls: string[] = [];
    const one: BackgroundFeature = {
      menus: [{ id: MENU.savePage, title: 'libraryMenuSavePage', contexts: ['page'], onClick: async (_i, tab) => calls.push(`save page ${tab?.id}`) }],
      commands: [{ id: COMMAND.savePage, run: async (tab) => calls.push(`save command ${tab?.id}`) }],
    };
    const two: BackgroundFeature = { menus: [{ id: MENU.openReader, title: 'readerMenuOpen', contexts: ['page'], onClick: async () => calls.push('open') }] };
    registerBackground({ features: [one, two] });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(created.map(({ id, title, contexts }) => [id, title, contexts])).toEqual([
      ['cr-save-page', '«libraryMenuSavePage»', ['page']],
      ['cr-open-reader', '«readerMenuOpen»', ['page']],
    ]);

    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    listeners.menu!({ menuItemId: MENU.openReader }, tab);
    listeners.menu!({ menuItemId: MENU.savePage }, tab);
    listeners.menu!({ menuItemId: 'someone-else' }, tab);
    listeners.command!(COMMAND.savePage, tab);
    listeners.command!(COMMAND.openReader, tab); // no feature has it: nothing happens
    await vi.waitFor(() => expect(calls).toEqual(['open', `save page ${tab.id}`, `save command ${tab.id}`]));
  });

  it('runs a command pressed without a tab on the active tab', async () => {
    const active = await fakeBrowser.tabs.create({ url: 'https://news.example/b', active: true });
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([active] as never);
    const run = vi.fn(async () => undefined);
    registerBackground({ features: [{ commands: [{ id: COMMAND.openReader, run }] }] });
    listeners.command!(COMMAND.openReader);
    await vi.waitFor(() => expect(run).toHaveBeenCalledWith(active));
  });

  it('answers messages through the handlers it is given', async () => {
    registerBackground({ handlers: { 'key-facts': async ({ title }) => ({ title }) as never } });
    const answer = vi.fn();
    const reply = await fakeBrowser.runtime.onMessage.trigger({ type: 'key-facts', title: 'T', text: '' }, {}, answer);
    expect(reply).toContainEqual({ ok: true, value: { title: 'T' } });
  });
});

describe('manifestCommands', () => {
  it('gives the toolbar shortcut and every command id with its key and description', () => {
    expect(manifestCommands('chrome')).toEqual({
      _execute_action: { suggested_key: { default: 'Ctrl+Shift+Y' } },
      'save-page': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_libraryCommandSavePage__' },
      'open-reader': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_readerCommandOpen__' },
    });
    expect(Object.keys(manifestCommands('firefox'))[0]).toBe('_execute_browser_action');
  });
});
