// How old a dataset's newest figure is. Shared by the dataset schema (which demands a reason when a dataset
// is old), the figure caption and `npm run data:report`. No imports, so the report can run it in plain Node.

/** A dataset older than this many years, counted from when it was checked, must say why nothing newer is shown. */
export const STALE_AFTER_YEARS = 5;

/** The parts of a dataset that say which years it covers. */
export interface DatedData {
  period: string;
  rows: { label: string }[];
  /** Written in the file when the labels and period do not name the newest year. */
  latest?: number | undefined;
}

const YEAR = /(?<![\d])(1[89]\d{2}|20\d{2})(?![\d])/g;
/** "2015–16" and "FY2015–16" end in 2016. */
const SHORT_RANGE = /(?<![\d])(1[89]|20)(\d{2})[–-](\d{2})(?![\d])/g;

/** Every year a piece of text names, with short ranges ("2015–16") read to their last year. */
export function yearsIn(text: string): number[] {
  const years = [...text.matchAll(YEAR)].map((match) => Number(match[1]));
  for (const match of text.matchAll(SHORT_RANGE)) years.push(Number(`${match[1]}${match[3]}`));
  return years;
}

/**
 * The newest year the numbers describe: the `latest` field when the file gives one, else the largest year named
 * by the period or a row label. A period running to "present" describes the year it was checked.
 */
export function newestYear(data: DatedData, checked: Date): number | undefined {
  if (data.latest !== undefined) return data.latest;
  const years = [...yearsIn(data.period), ...data.rows.flatMap((row) => yearsIn(row.label))];
  if (/\bpresent\b/i.test(data.period)) years.push(checked.getUTCFullYear());
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** Whole years between the newest figure and the year it was checked. */
export const ageInYears = (newest: number, checked: Date) => checked.getUTCFullYear() - newest;

export const isStale = (newest: number, checked: Date) => ageInYears(newest, checked) > STALE_AFTER_YEARS;

const months = new Map<string, Intl.DateTimeFormat>();
/**
 * "checked December 2026" ("diciembre de 2026" in es-US): the month is precise enough for a reader and stays
 * true all month.
 */
export function checkedMonth(checked: Date, locale = 'en-US'): string {
  let month = months.get(locale);
  if (!month) {
    month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    months.set(locale, month);
  }
  return month.format(checked);
}
