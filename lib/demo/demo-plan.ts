import type { DemoStudentEmail } from './demo-users';

// What each demo student has done, so the teacher's pages show a believable class: a spread of
// abilities, one student late and one who missed the quiz that is past due, a few early birds on
// the quiz due next, and nobody yet on the final test.

export type DemoStudentPlan = {
  email: DemoStudentEmail;
  /** Chance of answering a question of average difficulty right (0..1). */
  ability: number;
  /** The pact quiz, due about 3 days ago: started this many days ago (under 2.33 is late), or missed. */
  pact: { daysAgo: number } | 'missed';
  /**
   * The context quiz, due in about 5 days (2 attempts allowed): each attempt started, this many
   * days ago, and its ability when it differs (a first try before revising).
   */
  context: { daysAgo: number; isSubmitted: boolean; ability?: number }[];
};

// Dates keep clear of the assignments' open and due dates whatever the time of day the database
// is made (see demo-assignments.ts): the pact quiz is open from 9.67 days ago and due by 3.33 days
// ago at the earliest; the context quiz is open from 1.67 days ago at the latest.
export const DEMO_PLAN: readonly DemoStudentPlan[] = [
  {
    email: 'ana@example.org',
    ability: 0.92,
    pact: { daysAgo: 8.6 },
    context: [
      { daysAgo: 1.5, isSubmitted: true, ability: 0.72 },
      { daysAgo: 0.8, isSubmitted: true },
    ],
  },
  { email: 'ben@example.org', ability: 0.62, pact: { daysAgo: 3.4 }, context: [{ daysAgo: 0.6, isSubmitted: false }] },
  { email: 'chloe@example.org', ability: 0.85, pact: { daysAgo: 6.2 }, context: [{ daysAgo: 1.2, isSubmitted: true }] },
  { email: 'dara@example.org', ability: 0.74, pact: { daysAgo: 5.1 }, context: [] },
  { email: 'eli@example.org', ability: 0.5, pact: { daysAgo: 2.1 }, context: [] }, // late
  { email: 'farah@example.org', ability: 0.97, pact: { daysAgo: 7.3 }, context: [] },
  { email: 'gus@example.org', ability: 0.58, pact: 'missed', context: [] },
  { email: 'hana@example.org', ability: 0.68, pact: { daysAgo: 4.3 }, context: [{ daysAgo: 0.4, isSubmitted: true }] },
];

/** One attempt a demo student makes, at the quiz past due ('pact') or the one due next ('context'). */
export type DemoRun = {
  assignment: 'pact' | 'context';
  label: string;
  daysAgo: number;
  isSubmitted: boolean;
  ability: number;
};

/** A student's attempts; the label tells a second try from the first, so their answers differ. */
export function runsOf(student: DemoStudentPlan): DemoRun[] {
  const pact: DemoRun[] =
    student.pact === 'missed'
      ? []
      : [
          {
            assignment: 'pact',
            label: 'pact',
            daysAgo: student.pact.daysAgo,
            isSubmitted: true,
            ability: student.ability,
          },
        ];
  const context = student.context.map((run, n): DemoRun => ({
    assignment: 'context',
    label: `context-${n + 1}`,
    ...run,
    ability: run.ability ?? student.ability,
  }));
  return [...pact, ...context];
}

/** How easy each question is, by its position in its module's pool; later modules are a little harder. */
const EASINESS = [0.97, 0.85, 0.92, 0.75, 0.8, 0.88, 0.7, 0.82, 0.7, 0.95, 0.65, 0.86];
const LATER_MODULES = 0.9;

/**
 * The seventh assessment question of the first module (the quiz past due, which draws all 14) is the hard one: nearly everyone
 * falls for the same wrong option, so the statistics page flags it and the teacher's dashboard
 * lists it as needing attention.
 */
const HARD = { moduleIndex: 0, position: 6, easiness: 0.15 };

export function easinessOf(moduleIndex: number, position: number): number {
  if (moduleIndex === HARD.moduleIndex && position === HARD.position) return HARD.easiness;
  return EASINESS[position % EASINESS.length]! * (moduleIndex === 0 ? 1 : LATER_MODULES);
}
