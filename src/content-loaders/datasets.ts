import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../content-checks/content-error';

export type Dataset = CollectionEntry<'datasets'>;

/** The dataset a <Stat> or <Figure> names; an unknown id fails the build naming the tag and the known ids. */
export async function loadDataset(id: string, where: string): Promise<Dataset> {
  const datasets = await getCollection('datasets');
  const found = datasets.find((dataset) => dataset.id === id);
  if (!found) {
    throw new ContentError(
      where,
      'data',
      `"${id}" is not a dataset in content/data (known: ${datasets
        .map((d) => d.id)
        .sort()
        .join(', ')})`,
    );
  }
  return found;
}
