import { useState } from 'preact/hooks';

/** The clippings ticked in the library, by id; kept across pages and searches until cleared. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const change = (ids: readonly number[], on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });
  return {
    selected,
    select: (id: number, on: boolean) => change([id], on),
    selectAll: (ids: readonly number[], on: boolean) => change(ids, on),
    forget: (ids: readonly number[]) => change(ids, false),
    clear: () => setSelected(new Set()),
  };
}
