// From a dataset to a drawn figure: which chart, its geometry, and the words that stand in for it.
// Pure and synchronous, so the choice of chart and the text alternative are unit-tested like the layouts.
import type { DatasetData } from '../schemas/dataset';
import { ContentError } from '../content-checks/content-error';
import { formatValueIn } from '../lib/format';
import { t, type Locale } from '../i18n';
import { isResidual, layoutBars, orderRows, type SortOrder } from './bars/layout';
import { layoutColumns } from './columns/layout';
import { inSentence, layoutPaired } from './paired/layout';
import type { ChartData, ChartGeometry } from './shared/types';

export const chartKinds = ['bars', 'columns', 'paired'] as const;
export type ChartKind = (typeof chartKinds)[number];
export const sortOrders = ['descending', 'data'] as const;

/** What an author may write on `<Figure>` besides the dataset id. */
export interface FigureOptions {
  chart?: string | undefined;
  sort?: string | undefined;
}

export interface BuiltFigure {
  kind: ChartKind;
  geometry: ChartGeometry;
  /** The long text alternative: every value, in the order the chart shows them. */
  description: string;
  /** Heading of the label column in the table and the CSV. */
  rowHeading: string;
  /** Said under the chart when small multiples do not share a scale. */
  scaleNote: string;
  /** Rows in the order the chart draws them; the table uses the same order. */
  rows: ChartData['rows'];
  data: ChartData;
}

/**
 * The page's language, and the dataset's column and row labels in it by key. Without one a figure is English
 * and reads the file's own labels. Only words change: values, order and the choice of chart come from the file.
 */
export interface FigureLanguage {
  locale: Locale;
  columns: Record<string, string>;
  rows: Record<string, string>;
}

type Qualifier = DatasetData['rows'][number]['qualifier'];
const qualifierKeys = {
  about: 'figure.about',
  'more than': 'figure.moreThan',
  almost: 'figure.almost',
  'at least': 'figure.atLeast',
} as const;

/** A value as readers see it: the qualifier the source gives ("about"), then the formatted number. */
export const valueText = (
  value: number,
  format: DatasetData['columns'][number]['format'],
  qualifier: Qualifier,
  locale: Locale = 'en',
) => `${qualifier ? `${t(locale)(qualifierKeys[qualifier])} ` : ''}${formatValueIn(locale, value, format)}`;

/** Row labels such as "2019", "FY2016" or "2015–16" mark a time series. */
const PERIOD = /^(?:(?:FY|CY)\s?)?\d{4}(?:[–-]\d{2,4})?$/;
export const isTimeSeries = (data: DatasetData) => data.rows.every((row) => PERIOD.test(row.label.trim()));

/** The heading of the label column: "Year" for a time series, "Category" otherwise (in the page's language). */
export const rowHeadingOf = (data: DatasetData, locale: Locale = 'en') =>
  t(locale)(isTimeSeries(data) ? 'figure.year' : 'figure.category');

/**
 * The numbers of a dataset with the words of a language. Whether a row is a residual one ("unknown") is read
 * from the English file, so a chart ranks its bars the same way in every language.
 */
export function chartData(data: DatasetData, language?: FigureLanguage): ChartData {
  const locale = language?.locale ?? 'en';
  return {
    series: data.columns.map((column) => ({
      key: column.key,
      label: language?.columns[column.key] ?? column.label,
      format: column.format,
    })),
    rows: data.rows.map((row) => ({
      key: row.key,
      label: language?.rows[row.key] ?? row.label,
      values: data.columns.map((column) => row.values[column.key] ?? 0),
      texts: data.columns.map((column) => valueText(row.values[column.key] ?? 0, column.format, row.qualifier, locale)),
      ...(language && language.locale !== 'en' ? { residual: isResidual(row) } : {}),
    })),
  };
}

/**
 * The chart a dataset gets when the author names none:
 * - rows that are all years or fiscal years → `columns` (one panel per column);
 * - two or more columns → `paired` (a bar per column in each category);
 * - one column → `bars`, sorted largest first.
 */
export function defaultKind(data: DatasetData): ChartKind {
  if (isTimeSeries(data)) return 'columns';
  return data.columns.length > 1 ? 'paired' : 'bars';
}

/** Where to point a writer when something is wrong: the tag in its section, or the data file. */
export interface FigureSource {
  /** The section file and tag, e.g. `content/sections/b/s.mdx <Figure id="x">`. */
  tag: string;
  /** The dataset's file, e.g. `content/data/x.yml`. */
  file: string;
}

/** Checks what an author wrote and the dataset's shape; a problem fails the build naming the file and the reason. */
function check(
  data: DatasetData,
  options: FigureOptions,
  { tag, file }: FigureSource,
): { kind: ChartKind; sort: SortOrder | undefined } {
  const { chart, sort } = options;
  if (chart !== undefined && !(chartKinds as readonly string[]).includes(chart)) {
    throw new ContentError(
      tag,
      'chart',
      `"${chart}" is not a chart type; use one of ${chartKinds.join(', ')}, or leave it out to choose from the data`,
    );
  }
  if (sort !== undefined && !(sortOrders as readonly string[]).includes(sort)) {
    throw new ContentError(
      tag,
      'sort',
      `"${sort}" is not an order; use "descending" (largest first) or "data" (as in the file)`,
    );
  }
  const mixed = data.rows.find((row) => row.format !== undefined);
  if (mixed) {
    throw new ContentError(
      file,
      'rows',
      `row "${mixed.key}" has its own format, so this is a table of separate facts that cannot share an axis; quote its numbers with <Stat> instead of drawing a <Figure>`,
    );
  }
  const negative = data.rows.find((row) => Object.values(row.values).some((value) => value < 0));
  if (negative)
    throw new ContentError(file, 'rows', `row "${negative.key}" has a negative value; charts here start at zero`);
  const kind = (chart as ChartKind | undefined) ?? defaultKind(data);
  if (kind === 'paired') {
    if (data.columns.length < 2)
      throw new ContentError(file, 'columns', 'a paired chart needs at least two columns to compare');
    const formats = new Set(data.columns.map((column) => column.format));
    if (formats.size > 1) {
      throw new ContentError(
        file,
        'columns',
        `a paired chart draws its columns on one scale, but they are written differently (${[...formats].join(', ')}); write chart="bars" on the <Figure> to draw the first column only, or split the dataset`,
      );
    }
  }
  return { kind, sort: sort as SortOrder | undefined };
}

/**
 * Lays out the figure for a dataset; `source` names the files in error messages; `language` gives the words
 * of a page in another language (English by default).
 */
export function buildFigure(
  dataset: DatasetData,
  options: FigureOptions,
  source: FigureSource,
  language?: FigureLanguage,
): BuiltFigure {
  const { kind: requested, sort } = check(dataset, options, source);
  const { file } = source;
  const locale = language?.locale ?? 'en';
  const words = t(locale);
  const data = chartData(dataset, language);
  const byYear = isTimeSeries(dataset);
  const rowHeading = rowHeadingOf(dataset, locale);
  const finish = (
    kind: ChartKind,
    geometry: ChartGeometry,
    rows: ChartData['rows'],
    notes: { scaleNote?: string; ranked?: boolean } = {},
  ) => ({
    kind,
    geometry,
    rows,
    data,
    rowHeading,
    scaleNote: notes.scaleNote ?? '',
    description: describe(kind, { ...data, rows }, { ...notes, byYear, locale }),
  });

  if (requested === 'columns') {
    const columns = layoutColumns(data);
    if (columns.fits) {
      const scaleNote = columns.sharedScale || data.series.length === 1 ? '' : words('figure.ownScale');
      return finish('columns', columns, data.rows, { scaleNote });
    }
    // Too many periods for columns at phone width: the same series as bars in time order.
    if (new Set(data.series.map((series) => series.format)).size > 1) {
      throw new ContentError(
        file,
        'rows',
        `${data.rows.length} periods are too many for columns at phone width, and the columns are written differently, so they cannot be drawn as bars on one scale; split the dataset`,
      );
    }
    return data.series.length > 1
      ? finish('paired', layoutPaired(data, { sort: 'data' }), data.rows)
      : finish('bars', layoutBars(data, { sort: 'data' }), data.rows);
  }
  if (requested === 'paired') {
    const order = sort ?? 'data';
    return finish('paired', layoutPaired(data, { sort: order }), orderRows(data.rows, order));
  }
  const order = sort ?? 'descending';
  return finish('bars', layoutBars(data, { sort: order }), orderRows(data.rows, order), {
    ranked: order === 'descending',
  });
}

/** The text alternative: what kind of chart, then every value in the chart's order. */
export function describe(
  kind: ChartKind,
  data: ChartData,
  { scaleNote = '', ranked = false, byYear = true, locale = 'en' as Locale } = {},
): string {
  const words = t(locale);
  const values = (index: number) => data.rows.map((row) => `${row.label}, ${row.texts[index] ?? ''}`).join('; ');
  if (kind === 'columns') {
    const chart = `${words(data.series.length > 1 ? 'figure.columnCharts' : 'figure.columnChart')}${byYear ? words('figure.byYear') : ''}`;
    const intro =
      data.series.length > 1 ? `${chart}${words('figure.perMeasure')}${scaleNote ? ` ${scaleNote}` : ''}` : `${chart}.`;
    return `${intro} ${data.series.map((series, index) => `${series.label}: ${values(index)}.`).join(' ')}`;
  }
  if (kind === 'paired') {
    const rows = data.rows.map(
      (row) =>
        `${row.label}: ${data.series.map((series, index) => `${inSentence(series.label)} ${row.texts[index] ?? ''}`).join(', ')}.`,
    );
    return `${words('figure.paired')} ${rows.join(' ')}`;
  }
  return `${words('figure.barChart')}${ranked ? words('figure.largestFirst') : ''}. ${values(0)}.`;
}
