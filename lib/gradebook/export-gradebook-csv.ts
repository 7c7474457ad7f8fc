import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { csvFilename, toCsv, type CsvCell } from '@/lib/reports/csv';
import type { CsvExport } from './csv-export';
import { getGradebook } from './get-gradebook';
import type { CellStatus } from './views';

export const STATUS_LABELS: Readonly<Record<CellStatus, string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  submitted: 'Submitted',
  late: 'Late',
  missed: 'Missed',
  excused: 'Excused',
};

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * The gradebook of one of this teacher's classes as CSV: one row per student (name, email), then
 * for each assignment its score (an override's when there is one), max, status, late and excused.
 * Undefined for a class that is not this teacher's.
 */
export async function exportGradebookCsv(
  db: Kysely<Database>,
  teacherId: string,
  classId: string,
  now: Date,
): Promise<CsvExport | undefined> {
  const gradebook = await getGradebook(db, teacherId, classId, now);
  if (!gradebook) return undefined;
  // The due date tells apart two assignments of the same module.
  const header: CsvCell[] = ['Student', 'Email'];
  for (const a of gradebook.assignments) {
    const name = `${a.title} (due ${a.dueAt.slice(0, 10)})`;
    header.push(`${name} score`, `${name} max`, `${name} status`, `${name} late`, `${name} excused`);
  }
  const rows = gradebook.rows.map(({ student, cells }) => [
    student.name,
    student.email,
    ...cells.flatMap((cell) => [
      cell.score,
      cell.max,
      STATUS_LABELS[cell.status],
      yesNo(cell.isLate),
      yesNo(cell.status === 'excused'),
    ]),
  ]);
  return {
    filename: csvFilename('gradebook', gradebook.class.name, now.toISOString().slice(0, 10)),
    body: toCsv([header, ...rows], { bom: true }),
  };
}
