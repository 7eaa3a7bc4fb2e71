// /data/<dataset id>.csv for every dataset: the numbers behind each figure, written from the same file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { toCsv } from '../../figures/csv';

export const getStaticPaths = (async () =>
  (await getCollection('datasets')).map((dataset) => ({
    params: { id: dataset.id },
    props: { dataset },
  }))) satisfies GetStaticPaths;

interface Props {
  dataset: CollectionEntry<'datasets'>;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(toCsv(props.dataset.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
