// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { useImport } from '../../../../components/library/use-import';
import { useNotices, type Notices } from '../../../../components/library/use-notices';
import type { PreparedImport } from '../../../../utils/import/prepare';
import { componentTests } from '../../ui-helpers';

const staging = vi.hoisted(() => ({ refuse: null as Error | null }));
vi.mock('../../../../utils/clippings/staging', () => ({
  stageFile: async () => {
    if (staging.refuse) throw staging.refuse;
    return 1;
  },
}));

const { mount } = componentTests();
const FULL = "your browser's storage is full. Free some space or delete old clippings; nothing stored before was lost.";

function confirmWith(reply: unknown) {
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async () => reply) as never);
  const got: { notices?: Notices; confirm?: ReturnType<typeof useImport>['confirm'] } = {};
  function Probe() {
    got.notices = useNotices();
    got.confirm = useImport(got.notices, () => undefined).confirm;
    return null;
  }
  mount(<Probe />);
  return async () => {
    await act(() => got.confirm!({ staged: new Blob(['{}']), external: null } as unknown as PreparedImport));
    return got.notices!.notice;
  };
}

describe('useImport: what the import says once done', () => {
  beforeEach(() => (staging.refuse = null));

  it('writes its counts as every other count in the library is written (2,000, not 2000)', async () => {
    const notice = await confirmWith({ ok: true, value: { added: 2000, merged: 1250, unchanged: 0 } })();
    expect(notice).toMatchObject({ tone: 'ok', text: 'Imported: 2,000 new, 1,250 merged.' });
  });

  it('says only the counts that are not zero', async () => {
    expect(await confirmWith({ ok: true, value: { added: 3, merged: 0, unchanged: 0 } })()).toMatchObject({ text: 'Imported: 3 new.' });
    expect(await confirmWith({ ok: true, value: { added: 0, merged: 0, unchanged: 4 } })()).toMatchObject({ text: 'Imported: 4 already there.' });
    expect(await confirmWith({ ok: true, value: { added: 0, merged: 0, unchanged: 0 } })()).toMatchObject({ text: 'Imported: 0 new.' });
  });

  it('a full disk, met by the page staging the file or by the background, is told in words (it said "QuotaExceededError")', async () => {
    staging.refuse = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(await confirmWith({ ok: true, value: { added: 1, merged: 0, unchanged: 0 } })()).toEqual({ tone: 'error', text: `Nothing was imported: ${FULL}` });
    staging.refuse = null;
    expect(await confirmWith({ ok: false, error: 'quota', message: 'QuotaExceededError' })()).toEqual({ tone: 'error', text: `Nothing was imported: ${FULL}` });
  });

  it('other failures keep their own words', async () => {
    staging.refuse = new Error('The file could not be read.');
    expect(await confirmWith({ ok: true, value: { added: 1, merged: 0, unchanged: 0 } })()).toEqual({ tone: 'error', text: 'Nothing was imported. The file could not be read.' });
  });
});
