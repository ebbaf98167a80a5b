// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { selectionPreview } from '../../utils/selection-preview';

describe('selectionPreview', () => {
  it('names a long selection by its first eight words on one line, with an ellipsis, and counts all its words', () => {
    const text = '  The lighthouse keeper logged\nevery passing   schooner in a green ledger,\n\nyear after year.  ';
    expect(selectionPreview(text)).toEqual({ start: 'The lighthouse keeper logged every passing schooner in…', words: 14 });
  });

  it('gives a short selection whole, without an ellipsis', () => {
    expect(selectionPreview('Tidal\tmills')).toEqual({ start: 'Tidal mills', words: 2 });
  });

  it('counts words of scripts written without spaces as the reading time does', () => {
    expect(selectionPreview('潮汐の記録').words).toBe(3);
  });
});
