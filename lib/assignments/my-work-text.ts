import type { MyWorkItem } from './list-my-work';

// The words of one "My work" entry that do not depend on a date: where the student stands with
// their attempts ("Attempt 2 of 2", "1 attempt left") and the work's status.

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

type AttemptFacts = Pick<MyWorkItem, 'attemptsUsed' | 'attemptsAllowed' | 'inProgressAttemptId' | 'canStart' | 'group'>;

export function attemptText({ attemptsUsed: used, attemptsAllowed: allowed, ...item }: AttemptFacts): string {
  if (item.inProgressAttemptId) return allowed === null ? `Attempt ${used}` : `Attempt ${used} of ${allowed}`;
  if (item.group === 'upcoming') return allowed === null ? 'Unlimited attempts' : plural(allowed, 'attempt');
  if (item.canStart && used === 0) return allowed === null ? 'Unlimited attempts' : `Attempt 1 of ${allowed}`;
  if (item.canStart) return allowed === null ? 'Unlimited attempts' : `${plural(allowed - used, 'attempt')} left`;
  if (used === 0) return 'Not attempted';
  return allowed === null ? `${plural(used, 'attempt')} made` : `Attempt ${used} of ${allowed}`;
}

export const STATUS_TEXT: Record<MyWorkItem['status'], string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  submitted: 'Submitted',
  late: 'Submitted late',
  missed: 'Missed',
  excused: 'Excused',
};
