/** Helpers for tests that render Preact components: messages as the browser would give them, a mounted host. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'preact/test-utils';
import { render, type VNode } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { browser } from 'wxt/browser';

const MESSAGES = JSON.parse(readFileSync(path.resolve(__dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** browser.i18n.getMessage from the real English messages, as the browser would answer (the fake browser has none). */
export function stubI18n() {
  return vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const m = MESSAGES[key];
    if (!m) return '';
    const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_2, n: string) => args[Number(n) - 1] ?? '');
    });
  }) as typeof browser.i18n.getMessage);
}

/** Renders into a fresh container attached to the document. */
export function mount(vnode: VNode): HTMLElement {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  act(() => render(vnode, host));
  return host;
}

export function unmount(host: HTMLElement) {
  act(() => render(null, host));
}

/**
 * The set-up every component test shares: English messages before each test; after it, the mounted
 * component unmounted and spies restored. Call at the top of the file; mount through what it returns.
 */
export function componentTests(): { mount: (vnode: VNode) => HTMLElement } {
  let host: HTMLElement | null = null;
  beforeEach(() => void stubI18n());
  afterEach(() => {
    if (host) unmount(host);
    host = null;
    vi.restoreAllMocks();
  });
  return { mount: (vnode) => (host = mount(vnode)) };
}
