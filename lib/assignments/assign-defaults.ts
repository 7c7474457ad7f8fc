import { localDayAt, toLocalDateTime } from '@/lib/time/wall-clock';

// What the assign form starts with, so the common case is one click: open now, due a week from
// today at the end of the school day, in the teacher's own time zone.

/** The hour school ends, on the teacher's clock: the default due time. */
export const END_OF_SCHOOL_DAY_HOUR = 16;
export const DEFAULT_DUE_IN_DAYS = 7;

export type AssignDefaults = { opensAt: string; dueAt: string };

export function assignDefaults(now: Date, timeZone: string): AssignDefaults {
  return {
    opensAt: toLocalDateTime(now, timeZone),
    dueAt: localDayAt(now, timeZone, DEFAULT_DUE_IN_DAYS, END_OF_SCHOOL_DAY_HOUR),
  };
}
