import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every module that reads attempts or answers either asks the disclosure rule (lib/assignments/
// disclosure.ts, through load-disclosure.ts) or is listed here with why nothing it reads reaches a
// student. A new module that reads them fails this test until it does one or the other, so a
// surface cannot show attempt facts by going around the rule.

const SHOWS_A_STUDENT_NOTHING: Record<string, string> = {
  'lib/assignments/archive-assignment.ts': "counts attempts for the class's teacher only",
  'lib/assignments/edit-assignment.ts':
    "moves deadlines of attempts in progress for the class's teacher; returns counts",
  'lib/attempts/create-attempt.ts': 'creates attempts and returns their ids',
  'lib/attempts/lock.ts': 'reads for a save or a submit, which build what they return through the rule',
  'lib/auth/claim-guest.ts': "moves a guest's work into an account",
  'lib/demo/seed-demo-regrade.ts': 'seeds the demo',
  'lib/demo/take-demo-attempt.ts': 'seeds the demo class',
  'lib/gradebook/export-responses-csv.ts': "the class's teacher only",
  'lib/gradebook/get-assignment-statistics.ts': "the class's teacher only",
  'lib/gradebook/load-cells.ts':
    'the gradebook; a student gets only the status of their own work from it (list-my-work.ts, which asks the rule for the rest)',
  'lib/regrade/adjustments.ts': "the class's teacher only",
  'lib/regrade/apply-attempt-plan.ts':
    'writes a regrade; what a student sees of it is built by regrade-notes.ts, through the rule',
  'lib/regrade/content.ts': 'the content regrade (CLI and server start); it returns nothing to a student',
  'lib/regrade/get-regrade-panel.ts': "the class's teacher only",
  'lib/regrade/set-question-credit.ts':
    "the class's teacher's credit on one answer; what the student sees of it is built by regrade-notes.ts, through the rule",
  'lib/regrade/load-adjustments.ts': "reads a teacher's adjustments for grading, never shown",
  'lib/progress/start-review.ts':
    'finds a review in progress; the questions of a new one come from listMistakeIds, which asks the rule',
  'lib/teaching/list-upcoming-assignments.ts': "the teacher's dashboard only",
};

// Regrades too: "regraded on … because …" tells which answers were right.
const READS_ATTEMPTS = /selectFrom\(\s*'(attempts|answers|regrades)'|Join\(\s*'(attempts|answers|regrades)'/;
const ASKS_THE_RULE = /from '@\/lib\/assignments\/(load-)?disclosure'|from '\.\/(load-)?disclosure'/;

function sourceFiles(): string[] {
  return ['lib', 'app'].flatMap((dir) =>
    (readdirSync(dir, { recursive: true }) as string[])
      .map((file) => path.join(dir, file).split(path.sep).join('/'))
      .filter(
        (file) =>
          /\.(ts|tsx)$/.test(file) &&
          !/\.test\.ts$/.test(file) &&
          !file.includes('/testing/') &&
          !file.startsWith('lib/db/migrations/'),
      ),
  );
}

describe('the disclosure rule', () => {
  it('is asked by every module that reads attempts or answers, except those that show a student nothing', () => {
    const readers = sourceFiles().filter((file) => READS_ATTEMPTS.test(readFileSync(file, 'utf8')));
    const bypassing = readers.filter(
      (file) => !ASKS_THE_RULE.test(readFileSync(file, 'utf8')) && !(file in SHOWS_A_STUDENT_NOTHING),
    );
    expect(bypassing).toEqual([]);
    // The list stays true: each entry still reads attempts and still does not ask the rule.
    const stale = Object.keys(SHOWS_A_STUDENT_NOTHING).filter(
      (file) => !readers.includes(file) || ASKS_THE_RULE.test(readFileSync(file, 'utf8')),
    );
    expect(stale).toEqual([]);
  });
});
