// Dates are content, written the same way everywhere and never shifted by the build machine's time zone.
const formatter = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return formatter.format(date);
}
