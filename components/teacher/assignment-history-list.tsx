import type { ReactNode } from 'react';
import type {
  AssignmentHistoryEntry,
  EditableField,
  FieldChanges,
  FieldValue,
} from '@/lib/assignments/assignment-history';
import { LocalTime } from '@/components/ui/local-time';
import { attemptCountText } from './attempt-count-text';
import { timeLimitText } from './time-limit';

// The assignment's history in words, newest first: who changed what from what to what.

const LABEL: Record<EditableField, string> = {
  opensAt: 'Opens',
  dueAt: 'Due',
  closesAt: 'Closes',
  attemptsAllowed: 'Attempts allowed',
  grading: 'Which attempt counts',
  timeLimitMinutes: 'Time limit',
  reviewScore: 'Students see their score',
  reviewAnswers: 'Students see which answers were right',
  reviewCorrect: 'Students see the correct answers',
  questionPool: 'Questions from',
  questionCount: 'Questions per student',
};

const WORDS: Record<string, string> = {
  immediately: 'immediately',
  after_due: 'after the due date',
  never: 'never',
  highest: 'the highest score',
  last: 'the last attempt',
  assessment: 'the assessment questions',
  practice: 'the practice questions',
};

function valueOf(field: EditableField, value: FieldValue): ReactNode {
  switch (field) {
    case 'opensAt':
    case 'dueAt':
    case 'closesAt':
      return value === null ? 'never' : <LocalTime iso={String(value)} />;
    case 'attemptsAllowed':
      return value === null ? 'unlimited' : String(value);
    case 'timeLimitMinutes':
      return timeLimitText(value === null ? null : Number(value), 'none');
    case 'questionCount':
      return String(value);
    default:
      return WORDS[String(value)] ?? String(value);
  }
}

function Changes({ changes }: { changes: FieldChanges }) {
  const fields = Object.keys(changes) as EditableField[];
  return (
    <ul className="list-disc space-y-1 pl-5">
      {fields.map((field) => (
        <li key={field}>
          {LABEL[field]}: {valueOf(field, changes[field]!.from)} → {valueOf(field, changes[field]!.to)}
        </li>
      ))}
    </ul>
  );
}

function what(entry: AssignmentHistoryEntry): ReactNode {
  const { details } = entry;
  if (entry.action === 'archive')
    return `deleted it (archived). ${details.attempts !== undefined ? attemptCountText({ students: details.students ?? 0, attempts: details.attempts }, 'past') : ''} The attempts were kept.`;
  if (entry.action === 'restore') return 'restored it.';
  const moved = details.movedDeadlines
    ? ` ${details.movedDeadlines} attempt${details.movedDeadlines === 1 ? '' : 's'} in progress moved to the new close date.`
    : '';
  return `changed:${moved}`;
}

export function AssignmentHistoryList({ entries }: { entries: AssignmentHistoryEntry[] }) {
  if (entries.length === 0) return <p>No changes since it was assigned.</p>;
  return (
    <ol className="space-y-4">
      {entries.map((entry) => (
        <li key={entry.id} className="space-y-1">
          <p>
            <span className="font-semibold">
              <LocalTime iso={entry.createdAt} />
            </span>{' '}
            — {entry.teacherName} {what(entry)}
          </p>
          {entry.action === 'edit' && entry.details.changes && <Changes changes={entry.details.changes} />}
        </li>
      ))}
    </ol>
  );
}
