import { getCollection } from 'astro:content';
import { minutesFor, readingWords, type ReadableDataset } from '../lib/reading-time';

let datasetIndex: Promise<Map<string, ReadableDataset>> | undefined;

/** Minutes a reader needs for a section or page: its prose plus the text of the figures it shows. */
export async function readingMinutes(section: { body?: string | undefined }): Promise<number> {
  datasetIndex ??= getCollection('datasets').then((all) => new Map(all.map((entry) => [entry.id, entry.data])));
  const datasets = await datasetIndex;
  return minutesFor(readingWords(section.body ?? '', (id) => datasets.get(id)));
}
