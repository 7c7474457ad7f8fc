// The demo sign-ins, all with one password, listed in README.md. The students are one class of
// the teacher's (see demo-plan.ts for what each of them has done).

export const DEMO_PASSWORD = 'sourcewise-demo';

export const DEMO_TEACHER = { name: 'Ms. Demo Teacher', email: 'teacher@example.org', role: 'teacher' } as const;

export const DEMO_STUDENTS = [
  { name: 'Ana Student', email: 'ana@example.org', role: 'student' },
  { name: 'Ben Student', email: 'ben@example.org', role: 'student' },
  { name: 'Chloé Student', email: 'chloe@example.org', role: 'student' },
  { name: 'Dara Student', email: 'dara@example.org', role: 'student' },
  { name: 'Eli Student', email: 'eli@example.org', role: 'student' },
  { name: 'Farah Student', email: 'farah@example.org', role: 'student' },
  { name: 'Gus Student', email: 'gus@example.org', role: 'student' },
  { name: 'Hana Student', email: 'hana@example.org', role: 'student' },
] as const;

export const DEMO_USERS = [DEMO_TEACHER, ...DEMO_STUDENTS] as const;

export type DemoStudentEmail = (typeof DEMO_STUDENTS)[number]['email'];
