// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { useImport } from '../../../../components/library/use-import';
import { useNotices, type Notices } from '../../../../components/library/use-notices';
import type { PreparedImport } from '../../../../utils/import/prepare';
import { componentTests } from '../../ui-helpers';

vi.mock('../../../../utils/clippings/staging', () => ({ stageFile: async () => 1 }));

const { mount } = componentTests();

describe('useImport: what the import says once done', () => {
  it('writes its counts as every other count in the library is written (2,000, not 2000)', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async () => ({ ok: true, value: { added: 2000, merged: 1250, unchanged: 0 } })) as never);
    const got: { notices?: Notices; confirm?: ReturnType<typeof useImport>['confirm'] } = {};
    function Probe() {
      got.notices = useNotices();
      got.confirm = useImport(got.notices, () => undefined).confirm;
      return null;
    }
    mount(<Probe />);
    await act(() => got.confirm!({ staged: new Blob(['{}']), external: null } as unknown as PreparedImport));
    expect(got.notices!.notice).toMatchObject({ tone: 'ok', text: 'Imported: 2,000 new, 1,250 merged, 0 already there.' });
  });
});
