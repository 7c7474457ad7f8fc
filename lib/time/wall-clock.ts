// The wall clock of a time zone, as a datetime-local field holds it ("2026-12-10T16:00"), and the
// way back (local-date-time.ts). A form filled in by a teacher in Berlin shows Berlin's clock, and
// the server reads the same fields in the same zone, whatever zone the server itself runs in.

const SHAPES = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: Date, timeZone: string): Record<string, number> {
  let format = SHAPES.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    SHAPES.set(timeZone, format);
  }
  return Object.fromEntries(
    format
      .formatToParts(instant)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  );
}

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-12-03T09:49": this instant on the zone's wall clock, to the minute (a datetime-local value). */
export function toLocalDateTime(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${p.year}-${two(p.month!)}-${two(p.day!)}T${two(p.hour!)}:${two(p.minute!)}`;
}

/** "2026-12-10T16:00": the zone's calendar day of `instant`, plus `days`, at `hour`:00. */
export function localDayAt(instant: Date, timeZone: string, days: number, hour: number): string {
  const p = partsIn(instant, timeZone);
  const day = new Date(Date.UTC(p.year!, p.month! - 1, p.day! + days));
  return `${day.getUTCFullYear()}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())}T${two(hour)}:00`;
}

/** True for a zone Intl can format in ("Europe/Berlin", "UTC"); false for anything else. */
export function isTimeZone(value: unknown): value is string {
  if (
    typeof value !== 'string' ||
    value.length === 0 ||
    value.length > 64 ||
    !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)
  )
    return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
