// The rows an import leaves out, as the preview lists them: one list grouped by reason, each group's rows in the
// file's order (file, then row number), a row's own value (the address it holds…) beside its row and column. The
// parsers word a problem "reason (the value)"; the value is what differs from row to row.
import type { ImportProblem } from './types';

export interface ProblemGroup {
  reason: string;
  rows: Array<{ where: string; detail: string | null }>;
}

const byPlace = new Intl.Collator('en', { numeric: true }).compare;
/** "not a web address (javascript:f(1))" → the reason and the value (brackets and all); a reason without one is whole. */
const SPLIT = /^(.*?) \((.*)\)$/s;

export function groupProblems(problems: readonly ImportProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of [...problems].sort((a, b) => byPlace(a.where, b.where))) {
    const split = SPLIT.exec(problem.reason);
    const reason = split?.[1] || problem.reason;
    const group = groups.get(reason) ?? { reason, rows: [] };
    groups.set(reason, group);
    group.rows.push({ where: problem.where, detail: split?.[1] ? split[2]! : null });
  }
  return [...groups.values()];
}
