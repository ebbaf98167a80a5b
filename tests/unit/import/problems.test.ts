// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { groupProblems } from '../../../utils/import/problems';

describe('the rows an import leaves out', () => {
  it('one list grouped by reason, rows in the file’s order (row 10 after row 9), each with its own value', () => {
    expect(groupProblems([
      { where: 'list.csv, row 10', reason: '4 fields where the header has 5' },
      { where: 'list.csv, row 12, column “url”', reason: 'not a web address (mailto:a@b.example)' },
      { where: 'list.csv, row 3, column “url”', reason: 'empty' },
      { where: 'list.csv, row 9, column “url”', reason: 'not a web address (javascript:go(1))' },
      { where: 'list.csv, row 2', reason: '4 fields where the header has 5' },
    ])).toEqual([
      { reason: '4 fields where the header has 5', rows: [{ where: 'list.csv, row 2', detail: null }, { where: 'list.csv, row 10', detail: null }] },
      { reason: 'empty', rows: [{ where: 'list.csv, row 3, column “url”', detail: null }] },
      { reason: 'not a web address', rows: [{ where: 'list.csv, row 9, column “url”', detail: 'javascript:go(1)' }, { where: 'list.csv, row 12, column “url”', detail: 'mailto:a@b.example' }] },
    ]);
  });

  it('a reason that is only a bracket stays whole', () => {
    expect(groupProblems([{ where: 'a', reason: '(odd)' }])).toEqual([{ reason: '(odd)', rows: [{ where: 'a', detail: null }] }]);
  });
});
