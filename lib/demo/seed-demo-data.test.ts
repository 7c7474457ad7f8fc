import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { getCourse } from '@/lib/content/course';
import { getAssignmentStatistics } from '@/lib/gradebook/get-assignment-statistics';
import { getGradebook } from '@/lib/gradebook/get-gradebook';
import { listAttentionItems } from '@/lib/teaching/list-attention-items';
import { listUpcomingAssignments } from '@/lib/teaching/list-upcoming-assignments';
import { DEMO_CLASS_NAME } from './seed-demo-class';
import { seedDemoData } from './seed-demo-data';

const NOW = new Date('2026-05-13T10:30:00Z');

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`demo data on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it(
      'gives the demo teacher a class with graded work, statistics and a dashboard to look at, once',
      { timeout: 60_000 },
      async () => {
        const db = await freshDb();
        expect(await seedDemoData(db, NOW)).toEqual({ users: 9, attempts: 13 });
        const teacher = await db
          .selectFrom('users')
          .select('id')
          .where('email', '=', 'teacher@example.org')
          .executeTakeFirstOrThrow();
        const klass = await db
          .selectFrom('classes')
          .select(['id', 'name'])
          .where('teacher_id', '=', teacher.id)
          .executeTakeFirstOrThrow();
        expect(klass.name).toBe(DEMO_CLASS_NAME);

        const gradebook = (await getGradebook(db, teacher.id, klass.id, NOW))!;
        expect(gradebook.rows).toHaveLength(8);
        expect(gradebook.assignments.map((a) => a.title)).toEqual([
          'Quiz: What the pact provides',
          'Quiz: The context: tensions on the peninsula',
          'Final test: The North Korea–Russia pact',
        ]);
        const cell = (name: string, column: number) =>
          gradebook.rows.find((r) => r.student.name === name)!.cells[column]!;
        const pact = gradebook.rows.map((r) => r.cells[0]!);
        expect(pact.filter((c) => c.status === 'submitted')).toHaveLength(6);
        expect(cell('Eli Student', 0).status).toBe('late');
        expect(cell('Gus Student', 0).status).toBe('missed');
        const scores = pact.flatMap((c) => c.score ?? []);
        expect(new Set(scores).size).toBeGreaterThanOrEqual(5); // a spread, not everyone alike
        expect(Math.max(...scores)).toBeLessThanOrEqual(gradebook.assignments[0]!.max);
        expect(gradebook.assignments[0]!.max).toBe(
          getCourse('nk-russia-pact')!.moduleList[0]!.questions.filter((q) => q.pool === 'assessment').length,
        );
        expect(Math.min(...scores)).toBeGreaterThan(0);
        expect(cell('Ana Student', 1)).toMatchObject({ status: 'submitted', attempts: 2 });
        expect(cell('Ben Student', 1).status).toBe('in_progress');
        expect(gradebook.rows.filter((r) => r.cells[1]!.status === 'submitted')).toHaveLength(3);
        expect(gradebook.rows.every((r) => r.cells[2]!.status === 'not_started')).toBe(true);

        const stats = (await getAssignmentStatistics(db, teacher.id, gradebook.assignments[0]!.id, NOW))!;
        expect(stats.counts).toEqual({ students: 8, submitted: 7 });
        expect(stats.questions.every((q) => q.facility !== null)).toBe(true);
        expect(stats.questions.filter((q) => q.mostChosenWrong.length > 0).length).toBeGreaterThanOrEqual(8);
        expect(stats.questions[6]!.flags.map((f) => f.flag)).toContain('very-low-facility');

        const upcoming = await listUpcomingAssignments(db, teacher.id, NOW);
        expect(upcoming.map((a) => [a.title, `${a.submitted} of ${a.students}`])).toEqual([
          ['Quiz: The context: tensions on the peninsula', '3 of 8'],
          ['Final test: The North Korea–Russia pact', '0 of 8'],
        ]);
        // The quiz past due is both overdue and flagged: one entry, with both.
        const attention = await listAttentionItems(db, teacher.id, NOW);
        expect(attention).toHaveLength(1);
        expect(attention[0]).toMatchObject({
          title: 'Quiz: What the pact provides',
          overdue: { missed: 1, late: 1, unfinished: 0 },
          flagged: {
            questions: expect.arrayContaining([expect.objectContaining({ number: stats.questions[6]!.number })]),
          },
        });

        const counts = async () =>
          Promise.all(
            (['users', 'classes', 'class_members', 'assignments', 'attempts', 'answers'] as const).map(
              async (table) => (await db.selectFrom(table).selectAll().execute()).length,
            ),
          );
        const before = await counts();
        expect(await seedDemoData(db, new Date(NOW.getTime() + 86_400_000))).toEqual({ users: 0, attempts: 0 });
        expect(await counts()).toEqual(before);
      },
    );

    it('tells the same story whatever the time of day the database is made', { timeout: 60_000 }, async () => {
      for (const now of [new Date('2026-05-13T00:00:30Z'), new Date('2026-05-13T23:59:30Z')]) {
        const db = await freshDb();
        await seedDemoData(db, now);
        const teacher = await db
          .selectFrom('users')
          .select('id')
          .where('email', '=', 'teacher@example.org')
          .executeTakeFirstOrThrow();
        const klass = await db
          .selectFrom('classes')
          .select('id')
          .where('teacher_id', '=', teacher.id)
          .executeTakeFirstOrThrow();
        const gradebook = (await getGradebook(db, teacher.id, klass.id, now))!;
        const statuses = (column: number) => gradebook.rows.map((r) => r.cells[column]!.status).join(' ');
        expect(statuses(0), now.toISOString()).toBe(
          'submitted submitted submitted submitted late submitted missed submitted',
        );
        expect(statuses(1), now.toISOString()).toBe(
          'submitted in_progress submitted not_started not_started not_started not_started submitted',
        );
      }
    });
  });
}
