import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { at, classroom, DAY, firstRight, work } from '@/scripts/testing/assignments/classroom';
import { getGradebook } from './get-gradebook';
import { BELOW_ERROR, buildGradebookView, gradebookHref, parseGradebookQuery } from './gradebook-view';
import { overrideGrade } from './override-grade';
import type { Gradebook } from './views';

const names = (view: ReturnType<typeof buildGradebookView>) => view.rows.map((r) => r.student.name);

for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`gradebook view on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    // Two quizzes, five students: Ana 12/12 and 6/12, Ben 3/12 and missing the second (late on the
    // first), Cy 9/12 and excused, Dee missing the first and 12/12, Eve with nothing due yet.
    async function gradebookOfClass(): Promise<{ gradebook: Gradebook; first: string; second: string }> {
      const db = await freshDb();
      const { teacher, students, assign } = await classroom(db, ['Ana', 'Ben', 'Cy', 'Dee', 'Eve']);
      const [ana, ben, cy, dee, eve] = students;
      const first = await assign();
      const second = await assign();
      await work(db, first, ana!.id, { startAt: at(100), submitAt: at(200) });
      await work(db, second, ana!.id, { startAt: at(100), submitAt: at(200), answer: firstRight(6) });
      // Ben hands the first in a day after it was due.
      await work(db, first, ben!.id, { startAt: at(8 * DAY), submitAt: at(8 * DAY + 60), answer: firstRight(3) });
      await work(db, first, cy!.id, { startAt: at(100), submitAt: at(200), answer: firstRight(9) });
      await overrideGrade(db, teacher.id, second, { studentId: cy!.id, excused: true, reason: 'Ill' }, at(300));
      await work(db, second, dee!.id, { startAt: at(100), submitAt: at(200) });
      // Eve's due dates are a month later than the class's.
      for (const assignmentId of [first, second])
        await db
          .insertInto('accommodations')
          .values({
            assignment_id: assignmentId,
            student_id: eve!.id,
            time_multiplier: null,
            is_untimed: 0,
            due_at: at(30 * DAY).toISOString(),
            closes_at: null,
            updated_at: at(0).toISOString(),
          })
          .execute();
      return { gradebook: (await getGradebook(db, teacher.id, 'c1', at(9 * DAY)))!, first, second };
    }

    it('averages per student and per assignment count missing work as 0 and leave out excused and not-due work', async () => {
      const { gradebook, first } = await gradebookOfClass();
      const view = buildGradebookView(gradebook, parseGradebookQuery({}, gradebook));
      const firstAt = gradebook.assignments.findIndex((a) => a.id === first);
      const average = (name: string) => view.rows.find((r) => r.student.name === name)!.average;
      expect(average('Ana')).toBe(75); // 100 and 50
      expect(average('Ben')).toBe(12.5); // 25 and a missing 0
      expect(average('Cy')).toBe(75); // 75; the excused quiz counts in no average
      expect(average('Dee')).toBe(50); // a missing 0 and 100
      expect(average('Eve')).toBeNull(); // nothing due yet
      // First quiz: 100, 25, 75, 0 (Dee missing) → 50; second: 50, 0 (Ben missing), 100 → 50.
      expect(view.assignmentAverages[firstAt]).toBe(50);
      expect(view.assignmentAverages[1 - firstAt]).toBe(50);
      expect(view.classAverage).toBeCloseTo((75 + 12.5 + 75 + 50) / 4, 9);
    });

    it('sorts every column both ways, students with nothing to count last', async () => {
      const { gradebook, first } = await gradebookOfClass();
      const sorted = (params: Record<string, string>) =>
        names(buildGradebookView(gradebook, parseGradebookQuery(params, gradebook)));
      expect(sorted({})).toEqual(['Ana', 'Ben', 'Cy', 'Dee', 'Eve']);
      expect(sorted({ sort: 'name', dir: 'desc' })).toEqual(['Eve', 'Dee', 'Cy', 'Ben', 'Ana']);
      expect(sorted({ sort: first })).toEqual(['Ana', 'Cy', 'Ben', 'Dee', 'Eve']);
      expect(sorted({ sort: first, dir: 'asc' })).toEqual(['Dee', 'Ben', 'Cy', 'Ana', 'Eve']);
      // Ana and Cy tie on 75: by name either way.
      expect(sorted({ sort: 'average' })).toEqual(['Ana', 'Cy', 'Dee', 'Ben', 'Eve']);
      expect(sorted({ sort: 'average', dir: 'asc' })).toEqual(['Ben', 'Dee', 'Ana', 'Cy', 'Eve']);
    });

    it('filters missing, late and below a score, in any assignment or one, and keeps the averages of the whole class', async () => {
      const { gradebook, first, second } = await gradebookOfClass();
      const filtered = (params: Record<string, string>) =>
        buildGradebookView(gradebook, parseGradebookQuery(params, gradebook));
      expect(names(filtered({ missing: '1' }))).toEqual(['Ben', 'Dee']);
      expect(names(filtered({ missing: '1', in: second }))).toEqual(['Ben']);
      expect(names(filtered({ late: '1' }))).toEqual(['Ben']);
      // Below 60%: Ana's 50, Ben's 25 and his missing 0, Dee's missing 0.
      expect(names(filtered({ below: '60' }))).toEqual(['Ana', 'Ben', 'Dee']);
      expect(names(filtered({ below: '60', in: first }))).toEqual(['Ben', 'Dee']);
      // Any chosen filter keeps a student: late (Ben) or below 30 in the first (Ben, Dee).
      const either = filtered({ late: '1', below: '30', in: first, sort: 'name', dir: 'desc' });
      expect(names(either)).toEqual(['Dee', 'Ben']);
      expect(either.total).toBe(5);
      expect(either.assignmentAverages).toEqual([50, 50]);
    });
  });
}

describe('gradebook query from the address', () => {
  const gradebook = { assignments: [{ id: 'a1' }], rows: [] } as unknown as Gradebook;

  it('refuses a "below" that is not a percentage, with a message, and applies no such filter', () => {
    for (const below of ['abc', '-1', '101', 'Infinity']) {
      const query = parseGradebookQuery({ below }, gradebook);
      expect(query.errors.below).toBe(BELOW_ERROR);
      expect(query.filters.below).toBeNull();
    }
    expect(parseGradebookQuery({ below: ' 42.5 ' }, gradebook).filters.below).toBe(42.5);
    expect(parseGradebookQuery({ below: '' }, gradebook).errors).toEqual({});
  });

  it('an unknown column or assignment falls back to names and every assignment', () => {
    const query = parseGradebookQuery({ sort: 'nope', in: 'nope', missing: 'yes' }, gradebook);
    expect(query.sort).toEqual({ by: 'name' });
    expect(query.direction).toBe('ascending');
    expect(query.filters).toEqual({ isMissing: false, isLate: false, below: null, assignmentId: null });
  });

  it('writes the address back, the filters kept', () => {
    const query = parseGradebookQuery({ sort: 'a1', dir: 'asc', late: '1', below: '50' }, gradebook);
    expect(gradebookHref('/g', query)).toBe('/g?sort=a1&dir=asc&late=1&below=50');
    expect(gradebookHref('/g', parseGradebookQuery({}, gradebook))).toBe('/g');
    expect(gradebookHref('/g', { ...query, sort: { by: 'name' }, direction: 'descending' })).toBe(
      '/g?dir=desc&late=1&below=50',
    );
  });
});
