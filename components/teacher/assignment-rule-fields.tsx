import { SelectField } from '@/components/ui/select';
import { TextField } from '@/components/ui/text-field';
import { GRADING_OPTIONS, POOL_OPTIONS, WHEN_OPTIONS, attemptOptions } from './assignment-options';

// The field groups the assign form and the edit form share: the same names (read by
// lib/assignments/assignment-fields.ts for both), labels, choices and hints. The assign form starts
// them from its defaults, the edit form from the assignment as it stands.

type FieldErrorOf = (name: string) => string | undefined;

const groupClass = 'grid gap-4 sm:grid-cols-2';
const legendClass = 'mb-2 font-semibold';

export function QuestionFields({
  fieldError,
  pool,
  count,
}: {
  fieldError: FieldErrorOf;
  pool?: string;
  count?: string;
}) {
  return (
    <fieldset className={groupClass}>
      <legend className={legendClass}>Questions</legend>
      <SelectField
        name="questionPool"
        label="Questions from"
        options={POOL_OPTIONS}
        defaultValue={pool}
        error={fieldError('questionPool')}
      />
      <TextField
        name="questionCount"
        label="Questions per student (optional)"
        inputMode="numeric"
        autoComplete="off"
        hint="Each student draws this many, spread evenly over the module's objectives. Empty: 12 for a module, 3 per module for the final test."
        defaultValue={count}
        error={fieldError('questionCount')}
      />
    </fieldset>
  );
}

type DateValues = { opensAt?: string; dueAt?: string; closesAt?: string };

export function DateFields({
  fieldError,
  values,
  hints = {},
}: {
  fieldError: FieldErrorOf;
  values: DateValues;
  hints?: { opensAt?: string; dueAt?: string };
}) {
  return (
    <fieldset className="grid gap-4 sm:grid-cols-3">
      <legend className={legendClass}>Dates</legend>
      <TextField
        name="opensAt"
        label="Opens"
        type="datetime-local"
        required
        defaultValue={values.opensAt}
        hint={hints.opensAt}
        error={fieldError('opensAt')}
      />
      <TextField
        name="dueAt"
        label="Due"
        type="datetime-local"
        required
        defaultValue={values.dueAt}
        hint={hints.dueAt}
        error={fieldError('dueAt')}
      />
      <TextField
        name="closesAt"
        label="Closes (optional)"
        type="datetime-local"
        hint="No attempts can start after this. Empty: late work is always accepted."
        defaultValue={values.closesAt}
        error={fieldError('closesAt')}
      />
    </fieldset>
  );
}

export function AttemptFields({
  fieldError,
  attemptsAllowed,
  grading,
}: {
  fieldError: FieldErrorOf;
  /** The assignment's own number; null: unlimited; undefined: a new assignment (1). */
  attemptsAllowed?: number | null;
  grading?: string;
}) {
  return (
    <fieldset className={groupClass}>
      <legend className={legendClass}>Attempts</legend>
      <SelectField
        name="attemptsAllowed"
        label="Attempts allowed"
        options={attemptOptions(attemptsAllowed ?? null)}
        defaultValue={
          attemptsAllowed === undefined ? '1' : attemptsAllowed === null ? 'unlimited' : String(attemptsAllowed)
        }
        error={fieldError('attemptsAllowed')}
      />
      <SelectField
        name="grading"
        label="Which attempt counts"
        options={GRADING_OPTIONS}
        defaultValue={grading}
        error={fieldError('grading')}
      />
    </fieldset>
  );
}

export type ReviewValues = { reviewScore: string; reviewAnswers: string; reviewCorrect: string };

/** A new assignment's review policy: the score at once, the answers and the evidence after the due date. */
export const DEFAULT_REVIEW: ReviewValues = {
  reviewScore: 'immediately',
  reviewAnswers: 'after_due',
  reviewCorrect: 'after_due',
};

export function ReviewFields({ values }: { values: ReviewValues }) {
  return (
    <fieldset className="grid gap-4 sm:grid-cols-3">
      <legend className={legendClass}>When students see</legend>
      <SelectField name="reviewScore" label="Their score" options={WHEN_OPTIONS} defaultValue={values.reviewScore} />
      <SelectField
        name="reviewAnswers"
        label="Which answers were right"
        options={WHEN_OPTIONS}
        defaultValue={values.reviewAnswers}
      />
      <SelectField
        name="reviewCorrect"
        label="Correct answers and evidence"
        options={WHEN_OPTIONS}
        defaultValue={values.reviewCorrect}
      />
    </fieldset>
  );
}
