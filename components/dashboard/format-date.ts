// The score chart's day labels, drawn on the server. A date and time is a LocalTime
// (components/ui/local-time.tsx), in the viewer's own zone; a day on the chart's axis is in UTC,
// which differs from the viewer's only for work done close to midnight.

const shortFormatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "3 Mar". */
export function formatDay(iso: string): string {
  return shortFormatter.format(new Date(iso));
}
