import type { Gradebook, GradebookCell } from './views';

// What the gradebook page shows of a class's grades: averages, the rows a teacher's filters keep,
// in the order they asked for. Pure, and read from the address's search params, so a sorted and
// filtered gradebook survives a reload, can be bookmarked, and works without JavaScript.

/**
 * A cell's share of the marks for averages, sorting and the "below" filter: its percentage once
 * it has a score; 0 for missing work (as in the CSV); none while the work is not due, in progress
 * or excused, which therefore count in no average.
 */
export function countedPercent(cell: GradebookCell): number | null {
  if (cell.percent !== null) return cell.percent;
  return cell.status === 'missed' ? 0 : null;
}

function mean(values: readonly (number | null)[]): number | null {
  const counted = values.filter((v): v is number => v !== null);
  return counted.length === 0 ? null : counted.reduce((a, b) => a + b, 0) / counted.length;
}

export type SortColumn = { by: 'name' } | { by: 'average' } | { by: 'assignment'; assignmentId: string };
export type SortDirection = 'ascending' | 'descending';
export type GradebookFilters = {
  isMissing: boolean;
  isLate: boolean;
  /** Keep students with a counted percentage under this (0..100); null for no such filter. */
  below: number | null;
  /** The one assignment the filters look at; null for any assignment. */
  assignmentId: string | null;
};
export type GradebookQuery = {
  sort: SortColumn;
  direction: SortDirection;
  filters: GradebookFilters;
  /** What was wrong with a filter typed into the address, by field; that filter is not applied. */
  errors: { below?: string };
};

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export const BELOW_ERROR = 'Enter a score from 0 to 100 (a percentage), or leave it empty.';

/**
 * `?sort=name|average|<assignmentId>&dir=asc|desc&missing=1&late=1&below=<0..100>&in=<assignmentId>`.
 * An unknown column sorts by name; names sort A–Z and scores highest first unless `dir` says otherwise.
 */
export function parseGradebookQuery(params: Params, gradebook: Gradebook): GradebookQuery {
  const isAssignment = (id: string | undefined): id is string =>
    id !== undefined && gradebook.assignments.some((a) => a.id === id);
  const sortParam = first(params.sort);
  const sort: SortColumn =
    sortParam === 'average'
      ? { by: 'average' }
      : isAssignment(sortParam)
        ? { by: 'assignment', assignmentId: sortParam }
        : { by: 'name' };
  const dir = first(params.dir);
  const direction: SortDirection = dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : defaultDirection(sort);

  const errors: GradebookQuery['errors'] = {};
  const belowText = first(params.below)?.trim() ?? '';
  let below: number | null = null;
  if (belowText !== '') {
    const value = Number(belowText.replace(/%$/, ''));
    if (Number.isFinite(value) && value >= 0 && value <= 100) below = value;
    else errors.below = BELOW_ERROR;
  }
  const scope = first(params.in);
  return {
    sort,
    direction,
    filters: {
      isMissing: first(params.missing) === '1',
      isLate: first(params.late) === '1',
      below,
      assignmentId: isAssignment(scope) ? scope : null,
    },
    errors,
  };
}

export function defaultDirection(sort: SortColumn): SortDirection {
  return sort.by === 'name' ? 'ascending' : 'descending';
}

export type GradebookRowView = Gradebook['rows'][number] & { average: number | null };

export type GradebookView = {
  rows: GradebookRowView[];
  /** Students in the class, before filtering. */
  total: number;
  /** The class average of each assignment, in the assignments' order, over every student. */
  assignmentAverages: (number | null)[];
  /** The class's average of the students' averages. */
  classAverage: number | null;
};

function hasFilter(filters: GradebookFilters): boolean {
  return filters.isMissing || filters.isLate || filters.below !== null;
}

/** A student stays when any chosen filter holds for any assignment in scope (or the chosen one). */
function matches(cells: readonly GradebookCell[], filters: GradebookFilters): boolean {
  if (!hasFilter(filters)) return true;
  const inScope = cells.filter((c) => filters.assignmentId === null || c.assignmentId === filters.assignmentId);
  return inScope.some((cell) => {
    if (filters.isMissing && cell.status === 'missed') return true;
    if (filters.isLate && cell.isLate) return true;
    const percent = countedPercent(cell);
    return filters.below !== null && percent !== null && percent < filters.below;
  });
}

export function buildGradebookView(gradebook: Gradebook, query: GradebookQuery): GradebookView {
  const all: GradebookRowView[] = gradebook.rows.map((row) => ({
    ...row,
    average: mean(row.cells.map(countedPercent)),
  }));
  const assignmentAverages = gradebook.assignments.map((_, i) =>
    mean(all.map((row) => (row.cells[i] ? countedPercent(row.cells[i]) : null))),
  );
  const byName = (a: GradebookRowView, b: GradebookRowView) =>
    a.student.name.localeCompare(b.student.name) || a.student.id.localeCompare(b.student.id);
  const sign = query.direction === 'ascending' ? 1 : -1;
  const index =
    query.sort.by === 'assignment'
      ? gradebook.assignments.findIndex((a) => query.sort.by === 'assignment' && a.id === query.sort.assignmentId)
      : -1;
  const valueOf = (row: GradebookRowView) =>
    query.sort.by === 'average' ? row.average : row.cells[index] ? countedPercent(row.cells[index]) : null;
  const compare = (a: GradebookRowView, b: GradebookRowView) => {
    if (query.sort.by === 'name') return sign * byName(a, b);
    const [x, y] = [valueOf(a), valueOf(b)];
    // Students with nothing to count stay last both ways: sorting is for reading scores.
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  };
  return {
    rows: all.filter((row) => matches(row.cells, query.filters)).sort(compare),
    total: all.length,
    assignmentAverages,
    classAverage: mean(all.map((row) => row.average)),
  };
}

/** The address of the gradebook with this query, for the sort buttons and the filter form's reset. */
export function gradebookHref(basePath: string, query: Pick<GradebookQuery, 'sort' | 'direction' | 'filters'>): string {
  const params = new URLSearchParams();
  const { sort, direction, filters } = query;
  if (sort.by !== 'name') params.set('sort', sort.by === 'average' ? 'average' : sort.assignmentId);
  if (direction !== defaultDirection(sort) || sort.by !== 'name')
    params.set('dir', direction === 'ascending' ? 'asc' : 'desc');
  if (filters.isMissing) params.set('missing', '1');
  if (filters.isLate) params.set('late', '1');
  if (filters.below !== null) params.set('below', String(filters.below));
  if (filters.assignmentId !== null) params.set('in', filters.assignmentId);
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}
