// The words of datasets in other languages (content/translations/<locale>/data/<dataset>.yml), each checked
// against its English file. A Spanish figure reads the English file's numbers with these words, so a number
// cannot differ between languages; a translation made from an older English file is reported as stale.
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent } from '../content-checks';
import { ContentError } from '../content-checks/content-error';
import { checkDatasetTranslation } from '../content-checks/dataset-translation';
import { withFile } from './brief-model';
import { localeOfFolder, warnIfStale } from './translation-record';
import { loadBriefs } from './briefs';
import type { Dataset } from './datasets';
import { figuresOf } from '../figures/usage';
import type { Locale } from '../i18n';

/** What a figure says in words, in one language; the numbers always come from the English file. */
export interface DatasetWords {
  title: string;
  takeaway: string;
  unit: string;
  period: string;
  /** By column key and row key. */
  columns: Record<string, string>;
  rows: Record<string, string>;
  rowNotes: Record<string, string>;
  notes: string[];
  stale?: string | undefined;
}

export type DatasetTranslation = CollectionEntry<'dataTranslations'> & {
  filePath: string;
  locale: Locale;
  /** The English dataset's id, which is also this file's name. */
  dataset: string;
};

let cache: Promise<DatasetTranslation[]> | undefined;

/** Every dataset translation, checked against its English file (the build fails naming file, field and reason). */
export function loadDatasetTranslations(): Promise<DatasetTranslation[]> {
  cache ??= (async () => {
    await checkContent();
    const datasets = (await getCollection('datasets')).map((entry) => withFile(entry, 'content/data'));
    const drawn = new Set((await loadBriefs()).flatMap((brief) => figuresOf(brief).map(({ tag }) => tag.id)));
    const entries = (await getCollection('dataTranslations')).map((entry) => withFile(entry, 'content/translations'));
    return entries.map((entry) => {
      const file = entry.filePath;
      const [, , id = ''] = entry.id.split('/');
      const locale = localeOfFolder(file, entry.id);
      const english = datasets.find((dataset) => dataset.id === id);
      if (!english)
        throw new ContentError(
          file,
          'file name',
          `"${id}" is not a dataset in content/data: name the file after the English data file it translates`,
        );
      checkDatasetTranslation(file, english.data, entry.data, { drawn: drawn.has(id), englishFile: english.filePath });
      warnIfStale(file, entry.data.revision, english.filePath);
      return { ...entry, filePath: file, locale, dataset: id };
    });
  })();
  return cache;
}

/** A dataset's own words: what an English figure shows. */
export function englishWords(data: Dataset['data']): DatasetWords {
  return {
    title: data.title,
    takeaway: data.takeaway,
    unit: data.unit,
    period: data.period,
    columns: Object.fromEntries(data.columns.map((column) => [column.key, column.label])),
    rows: Object.fromEntries(data.rows.map((row) => [row.key, row.label])),
    rowNotes: Object.fromEntries(data.rows.filter((row) => row.note).map((row) => [row.key, row.note])),
    notes: data.notes,
    stale: data.stale,
  };
}

/**
 * The words of a dataset in a page's language. A page in another language that shows a dataset with no
 * translation fails the build naming the file to write.
 */
export async function datasetWords(locale: Locale, dataset: Dataset, where: string): Promise<DatasetWords> {
  if (locale === 'en') return englishWords(dataset.data);
  const found = (await loadDatasetTranslations()).find(
    (translation) => translation.locale === locale && translation.dataset === dataset.id,
  );
  if (!found)
    throw new ContentError(
      where,
      'data',
      `content/translations/${locale}/data/${dataset.id}.yml is missing: a page in "${locale}" shows this figure, so its words need translating (npm run i18n:status lists what is missing)`,
    );
  return found.data;
}
