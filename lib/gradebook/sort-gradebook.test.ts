import { describe, expect, it } from 'vitest';
import { parseGradebookSort, sortGradebookRows } from './sort-gradebook';
import type { Gradebook, GradebookCell } from './views';

const cell = (assignmentId: string, percent: number | null) => ({ assignmentId, percent }) as GradebookCell;
const row = (name: string, a: number | null, b: number | null) => ({
  student: { id: name, name, email: `${name}@x` },
  cells: [cell('a', a), cell('b', b)],
});
const gradebook = {
  class: { id: 'c', name: 'C', archivedAt: null },
  assignments: [{ id: 'a' }, { id: 'b' }],
  rows: [row('Cleo', 50, null), row('Ada', null, 90), row('Bo', 80, 90)],
} as unknown as Gradebook;
const names = (rows: Gradebook['rows']) => rows.map((r) => r.student.name);

describe('gradebook sorting', () => {
  it('sorts by name by default and for an unknown assignment', () => {
    expect(parseGradebookSort(undefined, gradebook)).toEqual({ by: 'name' });
    expect(parseGradebookSort('nope', gradebook)).toEqual({ by: 'name' });
    expect(names(sortGradebookRows(gradebook, { by: 'name' }))).toEqual(['Ada', 'Bo', 'Cleo']);
  });

  it('sorts by an assignment score, highest first, no score last, ties by name', () => {
    expect(names(sortGradebookRows(gradebook, parseGradebookSort('a', gradebook)))).toEqual(['Bo', 'Cleo', 'Ada']);
    expect(names(sortGradebookRows(gradebook, parseGradebookSort(['b'], gradebook)))).toEqual(['Ada', 'Bo', 'Cleo']);
  });
});
