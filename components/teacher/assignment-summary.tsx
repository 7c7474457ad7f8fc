import type { ReactNode } from 'react';
import type { TeacherAssignment } from '@/lib/assignments/get-assignment-for-teacher';
import type { When } from '@/lib/assignments/review-policy';
import { LocalTime } from '@/components/ui/local-time';
import { timeLimitText } from './time-limit';

// The assignment's rules in words, as the teacher set them for the whole class.

const WHEN: Record<When, string> = {
  immediately: 'right after submitting',
  after_due: 'after the due date',
  never: 'never',
};

const term = 'font-semibold text-stone-700 dark:text-stone-300';

export function AssignmentSummary({ assignment: a }: { assignment: TeacherAssignment }) {
  const rows: [string, ReactNode][] = [
    ['Class', a.className],
    ['Opens', <LocalTime key="opens" iso={a.opensAt} />],
    ['Due', <LocalTime key="due" iso={a.dueAt} />],
    ['Closes', a.closesAt ? <LocalTime key="closes" iso={a.closesAt} /> : 'Never: late work is accepted'],
    [
      'Questions',
      `${a.questionCount} per student, drawn from the ${a.questionPool === 'practice' ? 'practice questions (also seen in self-study)' : 'assessment questions (never shown in self-study)'}, spread over the objectives`,
    ],
    [
      'Attempts',
      `${a.attemptsAllowed === null ? 'Unlimited' : a.attemptsAllowed}, ${a.grading === 'last' ? 'the last counts' : 'the highest counts'}`,
    ],
    ['Time limit', timeLimitText(a.timeLimitMinutes, 'None')],
    [
      'Students see',
      `their score ${WHEN[a.reviewPolicy.score]}; which answers were right ${WHEN[a.reviewPolicy.answers]}; the correct answers and evidence ${WHEN[a.reviewPolicy.correctAnswers]}`,
    ],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className={term}>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
