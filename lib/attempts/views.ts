import type { QuestionType } from '@/lib/content/schema';
import type { Response } from '@/lib/grading/response';

// What the browser receives about questions, answers and feedback. These types are the whole
// contract: anything not named here (answer keys, explanations, evidence before answering,
// content option ids) never leaves the server. Built by explicit allow-lists in student-view.ts
// and feedback.ts.

/** An option as shown: an opaque token (stable within one attempt) and its text. */
export type OptionView = { token: string; text: string };

export type QuestionView = { id: string; type: QuestionType; prompt: string; number: number } & (
  | { type: 'single-choice' | 'multiple-select' | 'ordering' | 'who-says-so'; options: OptionView[] }
  | { type: 'find-evidence'; paragraphNumber: number; options: OptionView[] }
  | { type: 'matching'; left: OptionView[]; right: OptionView[] }
  | { type: 'true-false' | 'fill-blank' }
);

export type Verdict = 'correct' | 'partial' | 'incorrect';

/** A paragraph of the article with the cited sentence(s) marked, for showing evidence in place. */
export type EvidenceView = {
  sentenceId: string;
  label: string;
  href: string;
  paragraph: { number: number; sentences: { id: string; text: string; isCited: boolean }[] };
};

/** A paragraph to read again, whole and with no sentence marked (a marked sentence can be the key). */
export type LookAtView = { number: number; text: string; href: string };

export type FeedbackView = {
  verdict: Verdict;
  score: number;
  /** The correct answer in words, one line per part (options, pairs, steps…). */
  correctAnswer: string[];
  explanation: string;
  evidence: EvidenceView[];
  /**
   * Present while the key waits (practice, after a first wrong try): where to look instead. The
   * answer, explanation and evidence are then empty; they come with the next try or "Show me".
   */
  lookAt?: LookAtView[];
  /**
   * The parts the learner chose, each right (true) or not: by option token, by left token for
   * matching, 'true' / 'false' for true-false. Never a part they did not choose.
   */
  marks?: Record<string, boolean>;
};

export type AnswerView = {
  questionId: string;
  /** The learner's last saved response, in this attempt's tokens. */
  response: Response;
  revision: number;
  tries: number;
  /** Present once the question's feedback may be shown: after Check in practice, after submit in a quiz. */
  feedback?: FeedbackView;
};

/** A review holds the questions a learner last got wrong across a course; it is checked as you go, like practice. */
export type AttemptKind = 'practice' | 'quiz' | 'final' | 'retake' | 'review';
export type AttemptStatus = 'in_progress' | 'submitted' | 'superseded';

export type ObjectiveResultView = { objectiveId: string; text: string; score: number; max: number };

/**
 * One regrade as the viewer may see it: a question's (questionId set: its score before and after,
 * and why) only where its verdict is shown; the attempt's total (questionId null) only where the score is.
 */
export type RegradeNoteView = {
  date: string;
  questionId: string | null;
  oldScore: number;
  newScore: number;
  reason: string | null;
  /** The student's teacher changed it (credit on this attempt, or an adjustment for the class), not a course correction. */
  byTeacher: boolean;
};

export type AttemptView = {
  id: string;
  kind: AttemptKind;
  status: AttemptStatus;
  title: string;
  courseId: string;
  moduleId: string | null;
  questions: QuestionView[];
  answers: AnswerView[];
  /** The end of a timed attempt (ISO), for the countdown; the server enforces it. */
  deadlineAt?: string;
  /**
   * A retake of assigned work whose review policy no longer shows the correct answers (the student's
   * due date moved): its questions, the ones missed, are held back and it takes no answers until then.
   */
  questionsHeldBack?: { moreAt: string | null };
  /** Submitted, with a question missed, and its correct answers are shown: "Retake only the ones I missed" is offered. */
  canRetake: boolean;
  /** Submitted, but the assignment's review policy does not show the score yet (or at all). */
  resultWithheld?: boolean;
  /** What the review policy holds back of a submitted assignment attempt, and when more is shown (null: never). */
  heldBack?: { score: boolean; whichRight: boolean; moreAt: string | null };
  /** Regrades of this attempt's answers, oldest first, as far as the disclosure allows. */
  regrades?: RegradeNoteView[];
  result?: {
    score: number;
    max: number;
    objectives: ObjectiveResultView[];
    submittedAt: string;
    /** Feedback for the questions left unanswered, so the results show their answer and evidence too. */
    unanswered: Record<string, FeedbackView>;
  };
};
