// What the teacher's dashboard receives: plain, serialisable values, one list per section.

/** An assignment due soon or open now, with how many of the class have handed it in. */
export type UpcomingAssignment = {
  id: string;
  title: string;
  classId: string;
  className: string;
  opensAt: string;
  dueAt: string;
  /** Opened already (students can start it now). */
  isOpen: boolean;
  /** Current members of the class with a submitted attempt at it. */
  submitted: number;
  /** Current members of the class. */
  students: number;
};

type AttentionBase = { assignmentId: string; title: string; classId: string; className: string; dueAt: string };

/**
 * Work waiting for the teacher. `overdue`: students past their due date who missed it, handed it in
 * late, or started and never submitted, none of them settled by an override. `flagged`: questions
 * whose statistics say they may be broken, once enough students answered them.
 */
export type AttentionItem =
  | (AttentionBase & { kind: 'overdue'; missed: number; late: number; unfinished: number })
  | (AttentionBase & { kind: 'flagged'; submitted: number; questions: FlaggedQuestion[] });

export type FlaggedQuestion = { number: number; reason: string };
