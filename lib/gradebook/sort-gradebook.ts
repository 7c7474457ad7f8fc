import type { Gradebook } from './views';

export type GradebookSort = { by: 'name' } | { by: 'assignment'; assignmentId: string };

/** `?sort=name` (the default) or `?sort=<assignmentId>`; an unknown assignment sorts by name. */
export function parseGradebookSort(value: string | string[] | undefined, gradebook: Gradebook): GradebookSort {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && gradebook.assignments.some((a) => a.id === raw)
    ? { by: 'assignment', assignmentId: raw }
    : { by: 'name' };
}

/** Rows by student name, or by one assignment's score, highest first, students without a score last. */
export function sortGradebookRows(gradebook: Gradebook, sort: GradebookSort): Gradebook['rows'] {
  const byName = (a: Gradebook['rows'][number], b: Gradebook['rows'][number]) =>
    a.student.name.localeCompare(b.student.name) || a.student.id.localeCompare(b.student.id);
  if (sort.by === 'name') return [...gradebook.rows].sort(byName);
  const index = gradebook.assignments.findIndex((a) => a.id === sort.assignmentId);
  const percent = (row: Gradebook['rows'][number]) => row.cells[index]?.percent ?? -1;
  return [...gradebook.rows].sort((a, b) => percent(b) - percent(a) || byName(a, b));
}
