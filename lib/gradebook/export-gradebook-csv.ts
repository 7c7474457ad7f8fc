import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { csvFilename, toCsv, type CsvCell } from '@/lib/reports/csv';
import type { CsvExport } from './csv-export';
import { roundPoints, toPercent } from '@/lib/format/score';
import { getGradebook } from './get-gradebook';
import { buildGradebookView, countedPercent, parseGradebookQuery } from './gradebook-view';
import { STATUS_LABELS } from './status-labels';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * The gradebook of one of this teacher's classes as CSV: one row per student (name, email), then
 * for each assignment its score as the page writes it (an override's when there is one; 0 for
 * missing work), the unrounded score beside it, max, percent, status, late and excused; then the
 * student's average percent. Work not yet due, in progress or excused has no score.
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
  const view = buildGradebookView(gradebook, parseGradebookQuery({}, gradebook));
  // The due date tells apart two assignments of the same module.
  const header: CsvCell[] = ['Student', 'Email'];
  for (const a of gradebook.assignments) {
    const name = `${a.title} (due ${a.dueAt.slice(0, 10)})`;
    header.push(
      `${name} score`,
      `${name} score (raw)`,
      `${name} max`,
      `${name} percent`,
      `${name} status`,
      `${name} late`,
      `${name} excused`,
    );
  }
  header.push('Average percent');
  const rows = view.rows.map(({ student, cells, average }) => [
    student.name,
    student.email,
    ...cells.flatMap((cell) => {
      const raw = cell.score ?? (cell.status === 'missed' ? 0 : null);
      const percent = countedPercent(cell);
      return [
        raw === null ? null : roundPoints(raw),
        raw,
        cell.max,
        percent === null ? null : toPercent(percent, 100),
        STATUS_LABELS[cell.status],
        yesNo(cell.isLate),
        yesNo(cell.status === 'excused'),
      ];
    }),
    average === null ? null : toPercent(average, 100),
  ]);
  return {
    filename: csvFilename('gradebook', gradebook.class.name, now.toISOString().slice(0, 10)),
    body: toCsv([header, ...rows], { bom: true }),
  };
}
