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

export type AttentionBase = { assignmentId: string; title: string; classId: string; className: string };

export type OverdueCounts = { missed: number; late: number; unfinished: number };
export type FlaggedSummary = { submitted: number; questions: FlaggedQuestion[] };

/**
 * One assignment waiting for the teacher, listed once with every reason. `overdue`: students past
 * their due date who missed it, handed it in late, or started and never submitted, none of them
 * settled by an override. `flagged`: questions whose statistics say they may be broken, once
 * enough students answered them. Each is null when it does not apply; never both.
 */
export type AttentionItem = AttentionBase & {
  dueAt: string;
  overdue: OverdueCounts | null;
  flagged: FlaggedSummary | null;
};

/** One reason an assignment needs attention, before they are gathered per assignment. */
export type AttentionReason = AttentionBase & { dueAt: string } & (
    { kind: 'overdue'; counts: OverdueCounts } | { kind: 'flagged'; summary: FlaggedSummary }
  );

/** `number` is the bank number the statistics page shows ("Q32"), stable across draws. */
export type FlaggedQuestion = { number: number; reason: string };
