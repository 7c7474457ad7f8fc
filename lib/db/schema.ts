import type { Generated } from 'kysely';

// The database's shape as Kysely sees it. Portable across SQLite and PostgreSQL: text ids,
// ISO-8601 text timestamps, 0/1 integers for booleans, JSON stored as text.

export type AppMetaTable = {
  key: string;
  value: string;
  updated_at: string;
};

export type GuestsTable = { id: string; created_at: string };

export type AttemptsTable = {
  id: string;
  owner_id: string;
  course_id: string;
  module_id: string | null;
  kind: string;
  target_key: string;
  status: string;
  seed: string;
  /** JSON array of question ids, in this attempt's order. */
  question_ids: string;
  source_attempt_id: string | null;
  score: number | null;
  max_score: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  assignment_id: string | null;
  attempt_number: number | null;
  deadline_at: string | null;
  /** The assignment whose review policy limits what this attempt shows: its own, or a retake's original's. */
  policy_assignment_id: string | null;
};

export type AnswersTable = {
  attempt_id: string;
  question_id: string;
  /** JSON of the grading Response, in content ids. */
  response: string;
  score: number;
  is_correct: number;
  first_score: number;
  tries: number;
  /** Save counter: raised by every save of this answer. */
  revision: number;
  /** The question's content revision this answer was graded on. */
  question_revision: Generated<number>;
  /** Checked as you go: the tries made when the key was first shown (null: not yet); later tries came after seeing it. */
  key_shown_after: number | null;
  /** When the learner asked to see the answer ("Show me"), ISO-8601; null if they never did. */
  revealed_at: string | null;
  created_at: string;
  updated_at: string;
};

export type AnswerSavesTable = {
  attempt_id: string;
  idempotency_key: string;
  question_id: string;
  revision: number;
  created_at: string;
};

export type UsersTable = {
  id: string;
  /** The name the account signs in with: an email address, or a username (never with "@") for an account a teacher made. */
  email: string;
  name: string;
  password_hash: string | null;
  role: string;
  /** Raised by signing out; a session token issued under an older version is refused. */
  session_version: Generated<number>;
  /** The teacher who made this account for a student without email, and can give it a new sign-in card. */
  managed_by: string | null;
  created_at: string;
  updated_at: string;
};

export type OauthAccountsTable = { provider: string; provider_account_id: string; user_id: string; created_at: string };

export type GuestClaimsTable = { guest_id: string; user_id: string; claimed_at: string };

export type LessonReadsTable = {
  owner_id: string;
  course_id: string;
  module_id: string;
  first_read_at: string;
  last_read_at: string;
};

/** One rate-limiter-flexible counter: points consumed until expires_at (ISO), when it starts over. */
export type RateLimitsTable = { key: string; points: number; expires_at: string | null };

export type ClassesTable = {
  id: string;
  teacher_id: string;
  name: string;
  join_code: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
};

export type ClassMembersTable = { class_id: string; student_id: string; joined_at: string };

export type AssignmentsTable = {
  id: string;
  class_id: string;
  course_id: string;
  kind: string;
  module_id: string | null;
  opens_at: string;
  due_at: string;
  closes_at: string | null;
  attempts_allowed: number | null;
  grading: string;
  time_limit_seconds: number | null;
  /** JSON ReviewPolicy */
  review_policy: string;
  /** 'assessment' or 'practice': the pool each student's questions are drawn from. */
  question_pool: Generated<string>;
  /** How many questions each student draws. */
  question_count: Generated<number>;
  created_at: string;
  updated_at: string;
  /** Set when the teacher deleted it: archived, kept for the record, out of every list. */
  archived_at: Generated<string | null>;
};

/** One edit, archive or restore of an assignment. Append-only: the assignment's history. */
export type AssignmentHistoryTable = {
  id: string;
  assignment_id: string;
  teacher_id: string;
  /** 'edit', 'archive' or 'restore'. */
  action: string;
  /** JSON AssignmentHistoryDetails (lib/assignments/assignment-history.ts). */
  details: string;
  created_at: string;
};

export type AccommodationsTable = {
  assignment_id: string;
  student_id: string;
  time_multiplier: number | null;
  is_untimed: number;
  due_at: string | null;
  closes_at: string | null;
  updated_at: string;
};

export type GradeOverridesTable = {
  id: string;
  assignment_id: string;
  student_id: string;
  teacher_id: string;
  score: number | null;
  is_excused: number;
  reason: string;
  created_at: string;
};

/** A teacher's correction of one question on one assignment. Append-only. */
export type QuestionAdjustmentsTable = {
  id: string;
  assignment_id: string;
  question_id: string;
  /**
   * 'full-credit': everyone who answered scores full marks; 'accept': the answers in accepted count
   * as correct; 'set-score': this attempt's answer scores `score` (per-question credit).
   */
  kind: string;
  /** JSON array of accepted response choices (option ids) for 'accept'; '[]' otherwise. */
  accepted: string;
  reason: string;
  teacher_id: string;
  created_at: string;
  /** The one attempt a 'set-score' is for; null for a class-wide adjustment. */
  attempt_id: string | null;
  /** The score a 'set-score' gives (0 to 1, the question's worth); null otherwise. */
  score: number | null;
  /** A 'set-score's number among this attempt's changes of this question, 1, 2, …: the highest stands. */
  sequence: number | null;
};

/** One answer whose score a regrade changed. Append-only: the regrade history. */
export type RegradesTable = {
  id: string;
  attempt_id: string;
  question_id: string;
  owner_id: string;
  assignment_id: string | null;
  /** 'content': a release changed the question; 'teacher': an assignment's adjustment. */
  source: string;
  from_revision: number;
  to_revision: number;
  old_score: number;
  new_score: number;
  old_attempt_score: number | null;
  new_attempt_score: number | null;
  reason: string;
  adjustment_id: string | null;
  created_at: string;
};

export type Database = {
  app_meta: AppMetaTable;
  guests: GuestsTable;
  attempts: AttemptsTable;
  answers: AnswersTable;
  answer_saves: AnswerSavesTable;
  users: UsersTable;
  oauth_accounts: OauthAccountsTable;
  guest_claims: GuestClaimsTable;
  lesson_reads: LessonReadsTable;
  rate_limits: RateLimitsTable;
  classes: ClassesTable;
  class_members: ClassMembersTable;
  assignments: AssignmentsTable;
  assignment_history: AssignmentHistoryTable;
  accommodations: AccommodationsTable;
  grade_overrides: GradeOverridesTable;
  question_adjustments: QuestionAdjustmentsTable;
  regrades: RegradesTable;
};

export type { Generated };
