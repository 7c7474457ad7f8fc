import type { CellStatus } from './views';

/** A gradebook cell's status in words, the same on the page and in the CSV. */
export const STATUS_LABELS: Readonly<Record<CellStatus, string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  submitted: 'Submitted',
  late: 'Late',
  missed: 'Missing',
  excused: 'Excused',
};
