// The other way from localDateTimeToDate: an instant as a datetime-local value ("2026-03-01T09:00")
// on the wall clock of a zone, so an edit form shows a stored date in the zone the pages show it.

export function toLocalDateTime(iso: string, timeZone = 'UTC'): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}
