// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tCount } from '../../../utils/browser/i18n';
import { stubI18n } from '../ui-helpers';

describe('tCount', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says one thing in the singular and any other count in the plural', () => {
    stubI18n();
    expect(tCount('libraryExported', 1)).toBe('Exported 1 clipping.');
    expect(tCount('libraryExported', 0)).toBe('Exported 0 clippings.');
    expect(tCount('libraryExportedCsv', 1)).toBe('Exported 1 highlight.');
    expect(tCount('exportFolderDone', 1)).toBe('Exported 1 clipping as a Markdown file.');
    expect(tCount('exportFolderDone', 2)).toBe('Exported 2 clippings as Markdown files.');
  });

  it('groups the digits of a large count as the reader\'s locale does, unless the caller writes it', () => {
    stubI18n();
    vi.spyOn(Number.prototype, 'toLocaleString').mockImplementation(function (this: number) { return this === 1000 ? '1 000' : String(this); });
    expect(tCount('libraryExported', 1000)).toBe('Exported 1 000 clippings.');
    expect(tCount('exportFolderDone', 1000, 'a thousand')).toBe('Exported a thousand clippings as Markdown files.');
  });

  it('shows the count as the caller writes it', () => {
    stubI18n();
    expect(tCount('importCountTotal', 1)).toBe('1 item to import. Nothing is changed until you confirm.');
    expect(tCount('importCountTotal', 20_000, '20,000')).toBe('20,000 items to import. Nothing is changed until you confirm.');
  });
});
