// Dates on the dashboard are rendered on the server, whose time zone is not the learner's, so they
// are shown in UTC and say so.

const formatter = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const shortFormatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "3 Mar 2026, 09:05 UTC". */
export function formatWhen(iso: string): string {
  return `${formatter.format(new Date(iso))} UTC`;
}

/** "3 Mar". */
export function formatDay(iso: string): string {
  return shortFormatter.format(new Date(iso));
}
