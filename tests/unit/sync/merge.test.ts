// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Clipping, Highlight } from '../../../utils/clippings/types';
import { choicesMade, mergeVersions } from '../../../utils/sync/merge';
import { mergedAccount } from '../../../utils/sync/status';
import { makeClipping } from '../clippings/helpers';

type Version = Omit<Clipping, 'id'>;
const version = (overrides: Partial<Clipping>): Version => {
  const { id: _id, ...rest } = makeClipping(1, overrides);
  return rest;
};
const mark = (id: string, updatedAt: number, note = ''): Highlight => ({
  id, updatedAt, note, createdAt: 1, color: 'yellow',
  quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: Number(id.slice(1)), end: Number(id.slice(1)) + 1 },
});

describe('mergeVersions (two devices changed one clipping before they synced)', () => {
  it('keeps every highlight of both, the later edit of the same highlight winning', () => {
    const a = version({ highlights: [mark('h1', 10, 'first'), mark('h2', 10)], updatedAt: 10 });
    const b = version({ highlights: [mark('h1', 20, 'edited on B'), mark('h3', 20)], updatedAt: 20 });
    const merged = mergeVersions([a, b]);
    expect(merged.highlights.map((h) => h.id).sort()).toEqual(['h1', 'h2', 'h3']);
    expect(merged.highlights.find((h) => h.id === 'h1')!.note).toBe('edited on B');
    expect(merged.highlightCount).toBe(3);
  });

  it('keeps both notes and all tags; the content of the later save; state from the version changed last', () => {
    const a = version({ note: 'from A', tags: ['a'], title: 'Saved later', savedAt: 2_000, state: 'finished', updatedAt: 30 });
    const b = version({ note: 'from B', tags: ['b'], title: 'Saved first', savedAt: 1_000, state: 'reading', updatedAt: 20 });
    const merged = mergeVersions([b, a]);
    expect(merged.note).toContain('from A');
    expect(merged.note).toContain('from B');
    expect(merged.tags.sort()).toEqual(['a', 'b']);
    expect(merged.title).toBe('Saved later');
    expect(merged.state).toBe('finished');
  });

  it('gives the same result whatever order the versions come in', () => {
    const vs = [version({ note: 'x', updatedAt: 1 }), version({ note: 'y', tags: ['t'], updatedAt: 2 }), version({ note: 'z', updatedAt: 3 })];
    expect(mergeVersions(vs)).toEqual(mergeVersions([vs[2]!, vs[0]!, vs[1]!]));
  });
});

describe('choicesMade (what a merge kept one value of, to tell the reader)', () => {
  it('names nothing when the versions only add to each other: tags, notes, new highlights', () => {
    const a = version({ tags: ['rivers'], note: 'read again', highlights: [mark('h1', 10)], updatedAt: 10 });
    const b = version({ tags: ['maps'], note: 'ask Ana', highlights: [mark('h2', 20)], updatedAt: 20 });
    expect(choicesMade([a, b])).toEqual([]);
  });

  it('names the reading state, a text saved again and a highlight edited on both when they differ', () => {
    const a = version({ state: 'finished', text: 'The ferry ran twice a day.', highlights: [mark('h1', 10, 'check the timetable')], updatedAt: 10 });
    const b = version({ state: 'archived', text: 'The ferry ran three times a day.', highlights: [mark('h1', 20, 'timetable checked')], updatedAt: 20 });
    expect(choicesMade([a, b])).toEqual(['state', 'content', 'highlight']);
    expect(choicesMade([a, { ...b, text: a.text, highlights: a.highlights }])).toEqual(['state']);
  });

  it('is told in the status as one account of the cycle: the clippings counted, three named, the kinds in a fixed order', () => {
    const chosen = ['Ferries', 'Tides', 'Lighthouses', 'Piers'].map((title, i) => ({ title, made: i ? (['highlight'] as const) : (['highlight', 'state'] as const) }));
    expect(mergedAccount(chosen, 5)).toEqual({ at: 5, count: 4, titles: ['Ferries', 'Tides', 'Lighthouses'], made: ['state', 'highlight'] });
    expect(mergedAccount([], 5)).toBeNull();
  });
});
