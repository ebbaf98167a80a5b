import { useState } from 'preact/hooks';

/**
 * The clippings ticked in the library, by id; kept across pages and searches until cleared. `everyMatchOf` is the query
 * whose every match was selected at once ("Select all 1,000 matching"), until a tick is changed by hand or cleared.
 */
export function useSelection<Query>() {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [everyMatchOf, setEveryMatchOf] = useState<Query | null>(null);
  const change = (ids: readonly number[], on: boolean) => {
    setEveryMatchOf(null);
    setSelected((old) => {
      const next = new Set(old);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });
  };
  return {
    selected,
    everyMatchOf,
    select: (id: number, on: boolean) => change([id], on),
    selectAll: (ids: readonly number[], on: boolean) => change(ids, on),
    selectEveryMatch: (ids: readonly number[], query: Query) => {
      change(ids, true);
      setEveryMatchOf(() => query);
    },
    forget: (ids: readonly number[]) => change(ids, false),
    clear: () => {
      setEveryMatchOf(null);
      setSelected(new Set());
    },
  };
}
