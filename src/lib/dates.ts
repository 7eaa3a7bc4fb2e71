// Dates are content, written the same way everywhere and never shifted by the build machine's time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "November 22, 2026" in English; "22 de noviembre de 2026" for Spanish readers in the United States (es-US). */
export function formatDate(date: Date, locale = 'en-US'): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}
