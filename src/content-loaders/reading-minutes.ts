import { getCollection, type CollectionEntry } from 'astro:content';
import { loadDatasetTranslations, type DatasetWords } from './dataset-translations';
import { minutesFor, readingWords, type ReadableDataset } from '../lib/reading-time';
import type { Locale } from '../i18n';

type Dataset = CollectionEntry<'datasets'>['data'];

/** A dataset as a page in another language prints it: the same numbers and sources, that language's words. */
function inWords(data: Dataset, words: DatasetWords): ReadableDataset {
  return {
    ...data,
    title: words.title,
    takeaway: words.takeaway,
    unit: words.unit,
    period: words.period,
    notes: words.notes,
    stale: words.stale,
    columns: data.columns.map((column) => ({ label: words.columns[column.key] ?? column.label })),
    rows: data.rows.map((row) => ({
      ...row,
      label: words.rows[row.key] ?? row.label,
      note: words.rowNotes[row.key] ?? row.note,
    })),
  };
}

/** Words a number takes in each language's writing (see readingWords). */
const NUMBER_WORDS: Record<Locale, number> = { en: 1, es: 2 };

const indexes = new Map<Locale, Promise<Map<string, ReadableDataset>>>();

function datasetsIn(locale: Locale): Promise<Map<string, ReadableDataset>> {
  let index = indexes.get(locale);
  if (!index) {
    index = (async () => {
      const translations =
        locale === 'en' ? [] : (await loadDatasetTranslations()).filter((each) => each.locale === locale);
      return new Map(
        (await getCollection('datasets')).map((entry) => {
          const words = translations.find((each) => each.dataset === entry.id)?.data;
          return [entry.id, words ? inWords(entry.data, words) : entry.data];
        }),
      );
    })();
    indexes.set(locale, index);
  }
  return index;
}

/**
 * Minutes a reader needs for a section or page: its prose plus the text of the figures it shows, in the words
 * of the language it is written in (Spanish figure text runs longer than English).
 */
export async function readingMinutes(section: { body?: string | undefined }, locale: Locale = 'en'): Promise<number> {
  const datasets = await datasetsIn(locale);
  return minutesFor(readingWords(section.body ?? '', (id) => datasets.get(id), NUMBER_WORDS[locale]));
}
