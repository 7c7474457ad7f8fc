import type { ItemStatistics } from '@/lib/reports/item-analysis';
import type { MasteryHeatMap } from '@/lib/reports/mastery-heat-map';
import type { AttemptView } from '@/lib/attempts/views';

// What the teacher's gradebook, statistics and attempt pages receive: plain, serialisable data.

/**
 * - not_started: no attempt yet, and the student's due date has not passed
 * - in_progress: an attempt is open and nothing is submitted yet
 * - submitted: the counted attempt was submitted by the student's due date
 * - late: the counted attempt was submitted after the student's due date
 * - missed: nothing submitted or in progress, and the student's due date has passed
 * - excused: the latest override excuses the student
 */
export type CellStatus = 'not_started' | 'in_progress' | 'submitted' | 'late' | 'missed' | 'excused';

export type OverrideKind = 'score' | 'excused' | 'clear';

/** One entry of the append-only override log. */
export type OverrideEntry = {
  id: string;
  kind: OverrideKind;
  /** The score given, for kind 'score'; otherwise null. */
  score: number | null;
  reason: string;
  teacherId: string;
  teacherName: string;
  createdAt: string;
};

export type GradebookCell = {
  assignmentId: string;
  studentId: string;
  status: CellStatus;
  /** The score that counts: the override's when there is one in effect, else the counted attempt's. */
  score: number | null;
  max: number;
  /** score / max × 100, not rounded; null without a score. */
  percent: number | null;
  /** The counted attempt's own score, before any override. */
  attemptScore: number | null;
  /** Attempts started, of any status. */
  attempts: number;
  /** The attempt the grade comes from (highest or last submitted, by the assignment's grading). */
  attemptId: string | null;
  submittedAt: string | null;
  /** The counted attempt was handed in after the student's due date (also when since excused). */
  isLate: boolean;
  /** This student's due date, after accommodations. */
  dueAt: string;
  /** The latest override, unless it was a 'clear' (then the computed grade stands again). */
  override: OverrideEntry | null;
  /** Every override for this cell, oldest first. */
  history: OverrideEntry[];
};

export type GradebookAssignment = {
  id: string;
  title: string;
  kind: string;
  moduleId: string | null;
  opensAt: string;
  dueAt: string;
  closesAt: string | null;
  grading: 'highest' | 'last';
  attemptsAllowed: number | null;
  max: number;
  /** The pool each student's questions are drawn from. */
  questionPool: 'assessment' | 'practice';
  /** Questions each student draws (equal to max: each is worth 1). */
  questionCount: number;
};

export type GradebookStudent = { id: string; name: string; email: string };

export type Gradebook = {
  class: { id: string; name: string; archivedAt: string | null };
  assignments: GradebookAssignment[];
  rows: { student: GradebookStudent; cells: GradebookCell[] }[];
};

/** How many students chose one option of a question (or, for multiple select, ticked it). */
export type OptionCount = { label: string; count: number; isKey: boolean };

export type QuestionStatistics = ItemStatistics & {
  /** The question's number in its module's bank, the same for every student (lib/gradebook/bank-numbers.ts). */
  number: number;
  /** "Q7 · the-pact". */
  bank: string;
  /** The answer key in words, for the teacher. */
  correctAnswer: string;
  /** Per option, for questions answered by choosing options; empty for the others. */
  spread: OptionCount[];
  /** Among the students who saw it (its n): full marks, part marks, none, and no answer at all. */
  outcomes: { right: number; partial: number; wrong: number; unanswered: number };
  prompt: string;
  objectiveId: string;
  moduleId: string;
};

export type AssignmentStatistics = {
  assignment: GradebookAssignment & { classId: string; className: string };
  counts: { students: number; submitted: number };
  questions: QuestionStatistics[];
  objectives: { id: string; text: string }[];
  students: GradebookStudent[];
  heatMap: MasteryHeatMap;
};

export type TeacherAttemptView = {
  student: GradebookStudent;
  assignment: { id: string; title: string; classId: string; className: string };
  attemptNumber: number | null;
  submittedAt: string | null;
  /** Everything, answer keys and evidence included: no review policy applies to the teacher. */
  attempt: AttemptView;
  /** Each answered question's response in words (option texts), by question id. */
  responseText: Record<string, string>;
  /** Each question's number in its module's bank, by question id: the statistics page's numbering. */
  bankNumbers: Record<string, { number: number; moduleId: string; label: string }>;
  /** Every regrade of this attempt's answers, oldest first. */
  regrades: TeacherRegradeNote[];
  /** The teacher's per-question credits on this attempt, by question then in the order applied (the last stands). */
  credits: QuestionCreditEntry[];
  /** Credit can be given once the attempt is submitted. */
  canCredit: boolean;
  /** This student's grade override on the assignment, when one is in effect: it stands over the attempt's total. */
  override: OverrideEntry | null;
  /** Whether this attempt is the one the gradebook counts for the student. */
  isCounted: boolean;
  neighbours: AttemptNeighbours;
};

/** One entry of an attempt's per-question credit log. */
export type QuestionCreditEntry = {
  id: string;
  questionId: string;
  score: number;
  reason: string;
  teacherName: string;
  date: string;
};

/** The class's students with an attempt that counts, in gradebook order, around this one. */
export type AttemptNeighbours = {
  previous: { attemptId: string; studentName: string } | null;
  next: { attemptId: string; studentName: string } | null;
  /** This student's place among them (1-based; 0 when their counted attempt is another). */
  position: number;
  count: number;
};

/** One regraded answer, as its teacher reads it in the attempt's history. */
export type TeacherRegradeNote = {
  date: string;
  questionId: string;
  /** 'content': a release corrected the question; 'teacher': an adjustment of this assignment; 'credit': credit on this attempt. */
  source: 'content' | 'teacher' | 'credit';
  oldScore: number;
  newScore: number;
  oldAttemptScore: number | null;
  newAttemptScore: number | null;
  reason: string;
};
