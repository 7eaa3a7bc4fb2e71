// How long a page takes to read, from what the reader actually reads on it: the prose of the MDX, and for
// every <Figure> the words the figure prints (headline, unit and period, source line, notes and the table of
// numbers). The source list at the end is left out: readers consult it rather than read it through.
// Pure, so it is unit-tested against real sections without Astro.

/** The parts of a dataset a figure prints as text. */
export interface ReadableDataset {
  title: string;
  takeaway: string;
  unit: string;
  period: string;
  notes: string[];
  columns: { label: string }[];
  rows: { label: string; values: Record<string, number>; note?: string }[];
  sources: { title: string; publisher: string }[];
  /** Why no newer data: printed under the source line when the data is old. */
  stale?: string | undefined;
}

/** Words an adult reads per minute in running prose; tables and notes are slower, headlines faster. */
export const WORDS_PER_MINUTE = 220;

const countWords = (text: string) => text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

/** Every word a figure shows outside its chart: each value in the table counts as one word. */
export function figureWords(data: ReadableDataset, numberWords = 1): number {
  const text = [
    data.takeaway,
    data.unit,
    data.period,
    data.sources.map((source) => `${source.publisher}, ${source.title}`).join('; '),
    ...data.notes,
    data.stale ?? '',
    data.title,
    ...data.columns.map((column) => column.label),
    ...data.rows.flatMap((row) => [row.label, row.note ?? '']),
  ].join(' ');
  const values = data.rows.reduce((sum, row) => sum + Object.keys(row.values).length, 0) * numberWords;
  // "Show the data as a table", "Download the data (CSV)", "Link to this figure", and the line
  // "Latest data: 2018 · checked December 2026".
  const controls = 20;
  return countWords(text) + values + controls;
}

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}="([^"]+)"`))?.[1];

/**
 * Words a reader reads in an MDX body. `dataset` returns the data a <Figure id> shows; an unknown id
 * counts nothing here (the figure itself fails the build with the file and the reason). `numberWords` is how many
 * words a number takes as the page's language writes it: one in English ("$172.6 billion" reads as a figure), two in
 * Spanish, where Intl es-US spells most of the brief's numbers out ("172.6 mil millones de dólares", "15.1 millones").
 */
export function readingWords(
  body: string,
  dataset: (id: string) => ReadableDataset | undefined,
  numberWords = 1,
): number {
  let figures = 0;
  const prose = body
    .replace(/^\s*---\n[\s\S]*?\n---\n/, ' ')
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<Figure\b[^>]*\/>/g, (tag) => {
      const id = attribute(tag, 'id');
      const data = id ? dataset(id) : undefined;
      if (data) figures += figureWords(data, numberWords);
      return ' ';
    })
    // A number printed by <Stat> is `numberWords` words, a phone number one; a citation marker is none.
    .replace(/<Stat\b[^>]*\/>/g, ' 0 '.repeat(numberWords))
    .replace(/<HelpLine\b[^>]*\/>/g, ' 0 ')
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    // A Markdown link reads as its words, not its address.
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  return countWords(prose) + figures;
}

export const minutesFor = (words: number) => Math.max(1, Math.round(words / WORDS_PER_MINUTE));
