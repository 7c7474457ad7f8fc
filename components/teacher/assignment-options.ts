// The choices an assignment's rules offer, as both the assign and the edit form list them
// (assignment-rule-fields.tsx; the values lib/assignments/assignment-fields.ts reads).

export type Option = { value: string; label: string };

export const POOL_OPTIONS: Option[] = [
  { value: 'assessment', label: 'Assessment questions (never shown in self-study)' },
  { value: 'practice', label: 'Practice questions (the ones students see in self-study)' },
];

export const GRADING_OPTIONS: Option[] = [
  { value: 'highest', label: 'Highest score' },
  { value: 'last', label: 'Last attempt' },
];

export const WHEN_OPTIONS: Option[] = [
  { value: 'immediately', label: 'Immediately' },
  { value: 'after_due', label: 'After the due date' },
  { value: 'never', label: 'Never' },
];

/** 1, 2, 3 or unlimited, and the assignment's own number when it is another (set through the API). */
export function attemptOptions(current: number | null): Option[] {
  const counts = new Set([1, 2, 3]);
  if (current !== null) counts.add(current);
  return [
    ...[...counts].sort((a, b) => a - b).map((n) => ({ value: String(n), label: String(n) })),
    { value: 'unlimited', label: 'Unlimited' },
  ];
}
