// The extra time a teacher can give one student, as the form offers it and the table names it.
// A fixed list, not a free multiplier: these are the allowances exam boards grant (25%, 50%,
// double, none), and a short list keeps the form quick and the gradebook comparable.
// Pure data, shared by the server (to store) and the teacher's browser (to show).

export const EXTRA_TIME = ['none', '1.25', '1.5', '2', 'unlimited'] as const;
export type ExtraTime = (typeof EXTRA_TIME)[number];

export const EXTRA_TIME_LABELS: Record<ExtraTime, string> = {
  none: 'No extra time',
  '1.25': 'Time and a quarter (×1.25)',
  '1.5': 'Time and a half (×1.5)',
  '2': 'Double time (×2)',
  unlimited: 'No time limit',
};

export const EXTRA_TIME_OPTIONS = EXTRA_TIME.map((value) => ({ value, label: EXTRA_TIME_LABELS[value] }));

/** The stored columns for a choice: a multiplier, or no limit at all. */
export function extraTimeColumns(extraTime: ExtraTime): { time_multiplier: number | null; is_untimed: number } {
  if (extraTime === 'unlimited') return { time_multiplier: null, is_untimed: 1 };
  return { time_multiplier: extraTime === 'none' ? null : Number(extraTime), is_untimed: 0 };
}

/** The choice a stored row stands for; a multiplier not on the list reads as the nearest below it. */
export function extraTimeOf(row: { time_multiplier: number | null; is_untimed: number }): ExtraTime {
  if (row.is_untimed) return 'unlimited';
  const m = row.time_multiplier ?? 1;
  if (m >= 2) return '2';
  if (m >= 1.5) return '1.5';
  if (m >= 1.25) return '1.25';
  return 'none';
}
