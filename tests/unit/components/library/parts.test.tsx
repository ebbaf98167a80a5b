// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { ClippingCard } from '../../../../components/library/ClippingCard';
import { ClippingEditForm, type ClippingEdit } from '../../../../components/library/ClippingEditForm';
import { ExportFolder } from '../../../../components/library/ExportFolder';
import { LeftOut, Preview } from '../../../../components/library/ImportDialog';
import { LibraryHeader } from '../../../../components/library/LibraryHeader';
import { createRef } from 'preact';
import { Pager } from '../../../../components/library/Pager';
import { SelectionBar } from '../../../../components/library/SelectionBar';
import { failedNotice } from '../../../../components/library/use-notices';
import { componentTests } from '../../ui-helpers';
import { makeClipping } from '../../clippings/helpers';
import { parseQuery } from '../../../../utils/clippings/search-index';

const { mount } = componentTests();

const buttons = (root: HTMLElement) => [...root.querySelectorAll('button')].map((b) => `${b.textContent}${b.disabled ? ' (off)' : ''}`);

describe('Pager', () => {
  it('shows nothing when the results fit on one page', () => {
    const host = mount(<Pager index={0} size={25} total={25} onPage={() => undefined} />);
    expect(host.innerHTML).toBe('');
  });

  it('shows the range and turns pages, with no way past either end', () => {
    const onPage = vi.fn();
    const host = mount(<Pager index={0} size={25} total={60} onPage={onPage} />);
    expect(host.querySelector('span')!.textContent).toBe('1–25 of 60');
    expect(buttons(host)).toEqual(['Previous (off)', 'Next']);
    act(() => host.querySelectorAll('button')[1]!.click());
    expect(onPage).toHaveBeenCalledWith(1);
    const last = mount(<Pager index={2} size={25} total={60} onPage={onPage} />);
    expect(last.querySelector('span')!.textContent).toBe('51–60 of 60');
    expect(buttons(last)).toEqual(['Previous', 'Next (off)']);
  });
});

describe('SelectionBar', () => {
  const props = { showing: '1–2 of 2', matching: 2, filtered: false, everyMatch: false, onSelectAll: vi.fn(), onSelectMatching: vi.fn(), onExport: vi.fn(), onDelete: vi.fn(), onClear: vi.fn() };

  it('ticks the whole page, and offers nothing to do before something is selected', () => {
    const host = mount(<SelectionBar {...props} pageIds={[4, 9]} selected={new Set()} />);
    expect(host.querySelector('[role="group"]')).toBeNull();
    const all = host.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(all.checked).toBe(false);
    act(() => all.click());
    expect(props.onSelectAll).toHaveBeenCalledWith([4, 9], true);
  });

  it('names the selection and exports, deletes or clears it', () => {
    const host = mount(<SelectionBar {...props} pageIds={[4, 9]} selected={new Set([4, 9, 12])}><button type="button">folder</button></SelectionBar>);
    expect(host.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
    const group = host.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).toBe('3 selected');
    // The Markdown folder export comes in as a child; the bar's own exports are HTML and JSON.
    const [folder, html, json, remove, clear] = group.querySelectorAll('button');
    expect(folder!.textContent).toBe('folder');
    act(() => (html!.click(), json!.click(), remove!.click(), clear!.click()));
    expect(props.onExport.mock.calls).toEqual([['html'], ['json']]);
    expect(props.onDelete).toHaveBeenCalledOnce();
    expect(props.onClear).toHaveBeenCalledOnce();
  });
});

describe('SelectionBar: every match', () => {
  const props = { showing: '1–2 of 1,200', filtered: true, onSelectAll: vi.fn(), onExport: vi.fn(), onDelete: vi.fn(), onClear: vi.fn() };
  const offer = (host: HTMLElement) => host.querySelector('.cr-lib-every')?.textContent ?? null;

  it('offers every match once the whole page is ticked and more match, and says when they are all selected', () => {
    const onSelectMatching = vi.fn();
    const some = mount(<SelectionBar {...props} matching={1200} everyMatch={false} onSelectMatching={onSelectMatching} pageIds={[4, 9]} selected={new Set([4])} />);
    expect(offer(some)).toBeNull();
    const page = mount(<SelectionBar {...props} matching={1200} everyMatch={false} onSelectMatching={onSelectMatching} pageIds={[4, 9]} selected={new Set([4, 9])} />);
    expect(offer(page)).toBe(`Select all ${(1200).toLocaleString()} matching`);
    act(() => page.querySelector<HTMLButtonElement>('button.cr-lib-every')!.click());
    expect(onSelectMatching).toHaveBeenCalledOnce();
    const all = mount(<SelectionBar {...props} matching={1200} everyMatch onSelectMatching={onSelectMatching} pageIds={[4, 9]} selected={new Set([4, 9, 12])} />);
    expect(offer(all)).toBe(`All ${(1200).toLocaleString()} matching are selected.`);
    expect(all.querySelector('button.cr-lib-every')).toBeNull();
  });

  it('says clippings with no filter on, and offers nothing while uncounted or when the page holds every match', () => {
    const bar = (matching: number | null, filtered = false) => mount(<SelectionBar {...props} filtered={filtered} matching={matching} everyMatch={false} onSelectMatching={vi.fn()} pageIds={[4, 9]} selected={new Set([4, 9])} />);
    expect(offer(bar(30000))).toBe(`Select all ${(30000).toLocaleString()} clippings`);
    expect(offer(bar(null, true))).toBeNull();
    expect(offer(bar(2, true))).toBeNull();
  });

  it('writes the count selected with the reader\'s digit grouping', () => {
    const host = mount(<SelectionBar {...props} matching={1200} everyMatch onSelectMatching={vi.fn()} pageIds={[4]} selected={new Set(Array.from({ length: 1200 }, (_, i) => i))} />);
    expect(host.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe(`${(1200).toLocaleString()} selected`);
  });
});

describe('ExportFolder', () => {
  const props = { disabled: false, count: 0, batches: async function* () {}, onProgress: vi.fn(), onDone: vi.fn(), onError: vi.fn() };

  it('is a button the size of the header’s others, and a small one where the row is small (the selection bar)', () => {
    const header = mount(<ExportFolder label="exportFolderAll" {...props} />).querySelector('button')!;
    expect([header.textContent, header.className]).toEqual(['Export all (Markdown folder)', 'cr-button']);
    expect(mount(<ExportFolder label="exportFolderSelected" small {...props} />).querySelector('button')!.className).toBe('cr-button cr-button-small');
  });
});

describe('ClippingEditForm', () => {
  /** A card's actions, and the form its Edit button opens in their place. */
  function Card({ onSave }: { onSave: () => void }) {
    const [editing, setEditing] = useState(false);
    return (
      <div class="cr-card-main">
        {editing ? (
          <ClippingEditForm clipping={makeClipping(1, { tags: ['tides'] })} onCancel={() => setEditing(false)} onSave={() => (onSave(), setEditing(false))} />
        ) : (
          <div class="cr-card-actions"><button type="button" onClick={() => setEditing(true)}>Edit</button><button type="button">Delete</button></div>
        )}
      </div>
    );
  }
  const key = (target: Element, k: string) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

  it('takes the focus when Edit opens it, so Escape reaches it; closed, it gives the focus back to the actions', async () => {
    vi.useFakeTimers();
    try {
      const onSave = vi.fn();
      const host = mount(<Card onSave={onSave} />);
      act(() => host.querySelector('button')!.click());
      expect(document.activeElement).toBe(host.querySelector('input'));
      expect((document.activeElement as HTMLInputElement).value).toBe('tides');
      key(document.activeElement!, 'Escape');
      expect(host.querySelector('form')).toBeNull();
      act(() => void vi.runAllTimers());
      expect(document.activeElement?.textContent).toBe('Edit');
      // the same after saving (a change: an unchanged form's Save only closes it)
      act(() => (document.activeElement as HTMLButtonElement).click());
      const note = host.querySelector('textarea')!;
      act(() => void ((note.value = 'a note'), note.dispatchEvent(new Event('input', { bubbles: true }))));
      act(() => (host.querySelector('button[type="submit"]') as HTMLButtonElement).click());
      act(() => void vi.runAllTimers());
      expect(onSave).toHaveBeenCalledOnce();
      expect(document.activeElement?.textContent).toBe('Edit');
    } finally {
      vi.useRealTimers();
    }
  });

  const form = (onSave: (edit: ClippingEdit) => void, onCancel: () => void) =>
    mount(<ClippingEditForm clipping={makeClipping(1, { tags: ['tides'], note: 'old' })} onCancel={onCancel} onSave={onSave} />);
  const type = (field: HTMLInputElement | HTMLTextAreaElement, text: string) => act(() => void ((field.value = text), field.dispatchEvent(new Event('input', { bubbles: true }))));

  it('saves what was typed on Escape (tags and note) instead of discarding it', () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    const host = form(onSave, onCancel);
    type(host.querySelector('input')!, 'tides, harbours');
    type(host.querySelector('textarea')!, 'A long note I wrote');
    key(host.querySelector('textarea')!, 'Escape');
    expect(onSave).toHaveBeenCalledWith({ tags: ['tides', 'harbours'], note: 'A long note I wrote' });
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('writes only the field the reader changed: a tag added meanwhile elsewhere (a sync) is not overwritten by a note', () => {
    const onSave = vi.fn();
    const host = form(onSave, vi.fn());
    type(host.querySelector('textarea')!, 'Ask the harbour master');
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click());
    expect(onSave).toHaveBeenCalledWith({ note: 'Ask the harbour master' });
    const tagsOnly = vi.fn();
    const other = form(tagsOnly, vi.fn());
    type(other.querySelector('input')!, 'tides, ports');
    act(() => [...other.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click());
    expect(tagsOnly).toHaveBeenCalledWith({ tags: ['tides', 'ports'] });
  });

  it('closes an unchanged form on Escape without a write; Cancel discards a changed one', () => {
    const onSave = vi.fn();
    const onCancel = vi.fn();
    const host = form(onSave, onCancel);
    key(host.querySelector('input')!, 'Escape');
    expect([onSave.mock.calls.length, onCancel.mock.calls.length]).toEqual([0, 1]);
    type(host.querySelector('textarea')!, 'never mind');
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click());
    expect([onSave.mock.calls.length, onCancel.mock.calls.length]).toEqual([0, 2]);
  });
});

describe('ClippingEditForm: keys and tag length', () => {
  const form = (onSave: (edit: ClippingEdit) => void) => mount(<ClippingEditForm clipping={makeClipping(2, { tags: ['ferries'], note: '' })} onCancel={vi.fn()} onSave={onSave} />);
  const type = (field: HTMLInputElement | HTMLTextAreaElement, text: string) => act(() => void ((field.value = text), field.dispatchEvent(new Event('input', { bubbles: true }))));
  const ctrlEnter = (target: Element, init: KeyboardEventInit) => act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init })));

  it('saves on Ctrl+Enter or ⌘+Enter from the note, as Save does', () => {
    const onSave = vi.fn();
    const host = form(onSave);
    type(host.querySelector('textarea')!, 'Timetable changes in March');
    ctrlEnter(host.querySelector('textarea')!, {});
    expect(onSave).not.toHaveBeenCalled();
    ctrlEnter(host.querySelector('textarea')!, { ctrlKey: true });
    ctrlEnter(host.querySelector('textarea')!, { metaKey: true });
    expect(onSave.mock.calls).toEqual([[{ note: 'Timetable changes in March' }], [{ note: 'Timetable changes in March' }]]);
  });

  it('says a tag is longer than a tag may be and keeps it unsaved (it was cut to 40 characters without a word); 40 is kept', () => {
    const onSave = vi.fn();
    const host = form(onSave);
    const input = host.querySelector('input')!;
    const longTag = 'lighthouse-keepers-and-coastal-signal-stations'; // 46 characters
    type(input, `ferries, ${longTag}`);
    const error = host.querySelector('[role="alert"]')!;
    expect(error.textContent).toBe(`“${longTag}” is longer than 40 characters, the most a tag holds: shorten it to save.`);
    expect([input.getAttribute('aria-invalid'), input.getAttribute('aria-describedby')]).toEqual(['true', error.id]);
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click());
    act(() => void host.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(onSave).not.toHaveBeenCalled();
    type(input, `ferries, ${longTag.slice(0, 40)}`);
    expect(host.querySelector('[role="alert"]')).toBeNull();
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click());
    expect(onSave).toHaveBeenCalledWith({ tags: ['ferries', longTag.slice(0, 40)] });
  });
});

describe('failedNotice', () => {
  it('says "Not confirmed" for no answer, the reader-facing message as it is, and our words for the rest', () => {
    expect(failedNotice({ ok: false, error: 'unanswered', message: 'gone' }, 'libraryError').text).toMatch(/^Not confirmed:/);
    const backup = failedNotice({ ok: false, error: 'invalid', message: 'The backup has no "clippings" list.', forReader: true }, 'libraryImportFailed');
    expect(backup).toEqual({ text: 'Nothing was imported. The backup has no "clippings" list.', tone: 'error' });
    const field = failedNotice({ ok: false, error: 'invalid', message: 'invalid clipping field: tags', field: 'tags' }, 'libraryError');
    expect(field.text).not.toContain('invalid clipping field');
    expect(field.text).toContain('the clipping was not valid.');
    expect(failedNotice({ ok: false, error: 'unsent', message: 'Receiving end does not exist.' }, 'libraryError').text).toContain('nothing was done');
  });
});

describe('ClippingCard', () => {
  it("gives the page's language and direction to the page's words, not to the card's own labels and buttons", () => {
    const c = makeClipping(1, { title: 'عنوان المقال', lang: 'ar', dir: 'rtl' });
    const host = mount(
      <ClippingCard clipping={c} inFirstScreen={false} query={parseQuery('')} selected={false} onSelect={vi.fn()} onTag={vi.fn()}
        onEdit={vi.fn()} onDelete={vi.fn()} onExport={vi.fn()} onState={vi.fn()} />,
    );
    const title = host.querySelector('.cr-card-title')!;
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(host.querySelector('.cr-card-excerpt')!.getAttribute('dir')).toBe('rtl');
    for (const button of host.querySelectorAll('.cr-card-actions button')) expect(button.closest('[dir="rtl"], [lang="ar"]')).toBeNull();
  });

  it('marks a link-only item (imported without its text) and offers no export of its empty article', () => {
    const card = (linkOnly: boolean) =>
      mount(
        <ClippingCard clipping={makeClipping(1, { title: 'Saved in Pocket', linkOnly })} inFirstScreen={false} query={parseQuery('')} selected={false} onSelect={vi.fn()}
          onTag={vi.fn()} onEdit={vi.fn()} onDelete={vi.fn()} onExport={vi.fn()} onState={vi.fn()} />,
      );
    const linkOnly = card(true);
    expect(linkOnly.querySelector('.cr-card-site')!.textContent).toContain('Link only');
    expect(buttons(linkOnly)).not.toContain('Markdown');
    expect(buttons(linkOnly)).not.toContain('HTML');
    const full = card(false);
    expect(full.querySelector('.cr-card-site')!.textContent).not.toContain('Link only');
    expect(buttons(full)).toEqual(expect.arrayContaining(['Markdown', 'HTML']));
  });

  it('marks a card of the window (laid out with the page, library.css), and no other', () => {
    const card = (inFirstScreen: boolean) =>
      mount(
        <ClippingCard clipping={makeClipping(1)} inFirstScreen={inFirstScreen} query={parseQuery('')} selected={false} onSelect={vi.fn()}
          onTag={vi.fn()} onEdit={vi.fn()} onDelete={vi.fn()} onExport={vi.fn()} onState={vi.fn()} />,
      ).querySelector('.cr-card')!.classList;
    expect(card(true)).toContain('cr-card-first-screen');
    expect(card(false)).not.toContain('cr-card-first-screen');
  });
});

describe('Import preview: rows left out', () => {
  it('one list grouped by reason, in the file’s order, each row with its row and column and its own value', () => {
    // as a Pocket part arrives: the rows that do not parse first, then the rows whose values are wrong
    const host = mount(<LeftOut problems={[
      { where: 'part_000000.csv, row 7', reason: '3 fields where the header has 5' },
      { where: 'part_000000.csv, row 4, column “url”', reason: 'not a web address (javascript:alert(1))' },
      { where: 'part_000000.csv, row 2', reason: '3 fields where the header has 5' },
      { where: 'part_000000.csv, row 11, column “url”', reason: 'not a web address (ftp://files.example/a)' },
    ]} />);
    expect(host.querySelectorAll('details')).toHaveLength(1);
    expect(host.querySelector('summary')!.textContent).toBe('Left out (4), and why');
    const groups = [...host.querySelectorAll('details > ul > li')].map((li) => [li.querySelector('.cr-import-reason')!.textContent,
      [...li.querySelectorAll('li')].map((row) => row.textContent)]);
    expect(groups).toEqual([
      ['3 fields where the header has 5', ['part_000000.csv, row 2', 'part_000000.csv, row 7']],
      ['not a web address', ['part_000000.csv, row 4, column “url”: javascript:alert(1)', 'part_000000.csv, row 11, column “url”: ftp://files.example/a']],
    ]);
  });
});

describe('Import preview: highlights not imported', () => {
  it('tells a damaged annotations file apart: no item counted as left out for it', () => {
    const host = mount(<Preview preview={{
      format: 'pocket-zip', total: 2, added: 2, existing: 0, withContent: 0, linkOnly: 2, withHighlights: 0, rejected: [], duplicates: [],
      highlightProblems: [{ where: 'annotations/part_000000.json', reason: "the file's highlights could not be read: not JSON (Unexpected end)" }],
    }} />);
    expect(host.querySelector('[data-count="importCountRejected"] td')!.textContent).toBe('0');
    expect([...host.querySelectorAll('summary')].map((s) => s.textContent)).toEqual(['Highlights not imported (1), and why']);
    expect(host.querySelector('details li')!.textContent).toBe("annotations/part_000000.json: the file's highlights could not be read: not JSON (Unexpected end)");
  });
});

describe('LibraryHeader', () => {
  it('Import… opens the file chooser on Enter, as the button it looks like (Chromium opens it on Space only)', () => {
    const fileInput = createRef<HTMLInputElement>();
    mount(<LibraryHeader count={0} empty version={0} busy={false} fileInput={fileInput} onExportAll={vi.fn()} onExportHighlights={vi.fn()} onImport={vi.fn()} />);
    const opened = vi.spyOn(fileInput.current!, 'click').mockImplementation(() => undefined);
    fileInput.current!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(opened).not.toHaveBeenCalled();
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    fileInput.current!.dispatchEvent(enter);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(enter.defaultPrevented).toBe(true);
  });
});
