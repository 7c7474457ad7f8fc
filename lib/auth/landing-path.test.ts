import { describe, expect, it } from 'vitest';
import { createUser } from '@/lib/auth/users';
import { classroom, T0 } from '@/scripts/testing/assignments/classroom';
import { useFreshDatabase } from '@/scripts/testing/attempts/backend';
import { TEST_BACKENDS } from '@/scripts/testing/db/test-backends';
import { getFeaturedCourse } from '@/lib/content/course';
import { landingPathFor } from './landing-path';

// Where someone lands after signing in with nothing asked: where they work.
for (const backend of TEST_BACKENDS) {
  const unavailable = await backend.unavailable();
  describe.skipIf(unavailable !== undefined)(`landing after sign-in on ${backend.name}`, () => {
    const freshDb = useFreshDatabase(backend.create);

    it('sends a teacher to Teaching, a student in a class to My work, anyone else to the course', async () => {
      const db = await freshDb();
      const { teacher, students, outsider } = await classroom(db, ['Ana']);
      const course = `/courses/${getFeaturedCourse().id}`;
      expect(await landingPathFor(db, teacher)).toBe('/teach');
      expect(await landingPathFor(db, students[0]!)).toBe('/work');
      // The outsider is in teacher B's class; a new student is in none.
      const loner = await createUser(db, { name: 'Lone', email: 'lone@example.org', password: null, role: 'student' });
      expect(await landingPathFor(db, loner)).toBe(course);
      // A teacher with no class yet still works in Teaching.
      const newTeacher = await createUser(db, {
        name: 'New',
        email: 'nt@example.org',
        password: null,
        role: 'teacher',
      });
      expect(await landingPathFor(db, newTeacher)).toBe('/teach');
      expect(await landingPathFor(db, outsider)).toBe('/work');
      // A class that was archived is no longer work to do.
      await db.updateTable('classes').set({ archived_at: T0.toISOString() }).where('id', '=', 'c2').execute();
      expect(await landingPathFor(db, outsider)).toBe(course);
    });
  });
}
