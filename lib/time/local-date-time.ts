// A form's datetime-local value ("2026-03-01T09:00") has no zone. A browser script reads it in the
// viewer's own; a Server Action reads it in the viewer's zone from the viewer-time cookie
// (viewer-time.ts), which is the zone the pages show their dates in, or in UTC without one.

const LOCAL_SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** How far the zone's wall clock is ahead of UTC at this instant, in ms. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) -
    Math.floor(instant / 1000) * 1000
  );
}

/** The instant a wall-clock time names in a zone, or undefined for anything that is not one. */
export function localDateTimeToDate(local: string | undefined, timeZone = 'UTC'): Date | undefined {
  const match = local ? LOCAL_SHAPE.exec(local) : null;
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s || 0);
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== d) return undefined;
  // The offset at the guessed instant, then again at the corrected one: right across a DST change.
  const first = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(first, timeZone));
}
