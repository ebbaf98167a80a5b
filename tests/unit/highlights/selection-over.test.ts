// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Placed } from '@/utils/highlights/anchor';
import { selectionOver } from '@/utils/highlights/selection-over';

const at = (id: string, start: number, end: number) => ({ highlight: { id }, range: null, start, end }) as unknown as Placed;
const ids = (over: ReturnType<typeof selectionOver>) => over.touched.map((p) => p.highlight.id);

describe('selectionOver', () => {
  const placed = [at('a', 10, 20), at('b', 30, 40)];

  it('a selection on no highlight touches none and spans itself', () => {
    expect(selectionOver(placed, 21, 29)).toEqual({ touched: [], within: false, start: 21, end: 29 });
  });

  it('a selection inside one highlight is within it (recolour, remove)', () => {
    const over = selectionOver(placed, 12, 18);
    expect([ids(over), over.within, over.start, over.end]).toEqual([['a'], true, 10, 20]);
    expect(selectionOver(placed, 10, 20).within).toBe(true);
  });

  it('a selection that reaches past a highlight, on either side, spans both', () => {
    const after = selectionOver(placed, 15, 25);
    expect([ids(after), after.within, after.start, after.end]).toEqual([['a'], false, 10, 25]);
    const before = selectionOver(placed, 5, 12);
    expect([ids(before), before.within, before.start, before.end]).toEqual([['a'], false, 5, 20]);
  });

  it('a selection joining two highlights spans them both; touching an end is not sharing text', () => {
    const both = selectionOver(placed, 18, 32);
    expect([ids(both), both.within, both.start, both.end]).toEqual([['a', 'b'], false, 10, 40]);
    expect(ids(selectionOver(placed, 20, 30))).toEqual([]);
  });
});
