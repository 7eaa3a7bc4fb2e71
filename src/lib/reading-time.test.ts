import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { datasetSchema } from '../schemas/dataset';
import { figureWords, minutesFor, readingWords, WORDS_PER_MINUTE, type ReadableDataset } from './reading-time';

// The content-error fixture, not the live brief: the counts must not move when a writer edits a section.
const fixture = new URL('../test/fixtures/minimal/', import.meta.url).pathname;
const dataset = (id: string): ReadableDataset =>
  datasetSchema.parse(parse(readFileSync(`${fixture}data/${id}.yml`, 'utf8')));
const body = (slug: string) =>
  readFileSync(`${fixture}sections/sample/${slug}.mdx`, 'utf8').replace(/^---[\s\S]*?---\n/, '');

describe('readingWords', () => {
  const chart: ReadableDataset = {
    title: 'Cases by year',
    takeaway: 'Cases rose every year.',
    unit: 'cases',
    period: '2019–2023',
    notes: ['Calendar years.'],
    columns: [{ label: 'Cases' }],
    rows: [
      { label: '2019', values: { cases: 1 } },
      { label: '2020', values: { cases: 2 } },
    ],
    sources: [{ title: 'Report', publisher: 'Agency' }],
  };

  it('counts prose words, not tags, citations, addresses or comments', () => {
    const text =
      'A short line with <Term id="tvpa">the law</Term> in it.<Cite id="x" /> See [the history](../history/) {/* not read */}';
    expect(readingWords(text, () => undefined)).toBe(11);
  });

  it('counts a number printed by <Stat> as one word', () => {
    expect(readingWords('About <Stat data="d" row="r" /> people.', () => undefined)).toBe(3);
  });

  it('adds the text a figure prints: headline, unit, period, source, notes and every table cell', () => {
    const words = readingWords('Before. <Figure id="cases" /> After.', (id) => (id === 'cases' ? chart : undefined));
    expect(words).toBe(2 + figureWords(chart));
    // takeaway 4, unit 1, period 1, source 2, note 2, caption 3, column 1, row labels 2, values 2, controls and
    // the latest-data line 20.
    expect(figureWords(chart)).toBe(38);
  });

  it('counts the reason a figure gives for having no newer data', () => {
    expect(figureWords({ ...chart, stale: 'No count has been published since.' })).toBe(38 + 6);
  });

  it('counts each number as the words its language writes it in: two in Spanish, for prose and tables alike', () => {
    expect(
      readingWords('Unas <Stat data="d" row="r" /> personas; llame al <HelpLine id="hotline" />.', () => undefined, 2),
    ).toBe(7);
    // The chart's two table values count twice; a phone number stays one word.
    expect(figureWords(chart, 2)).toBe(40);
  });
});

describe('a section file with a figure', () => {
  it('counts the figure read from its data file, so the time is no longer that of the prose alone', () => {
    const section = `${body('first')}\n\n<Figure id="sample-data" />\n\n`;
    // Prose just short of the point where one minute rounds up to two, so the figure's words must tip it.
    const text =
      section + 'word '.repeat(Math.floor(WORDS_PER_MINUTE * 1.5) - 1 - readingWords(section, () => undefined));
    const ids = [...text.matchAll(/<Figure id="([^"]+)"/g)].map((match) => match[1]!);
    expect(ids.length).toBeGreaterThan(0);
    const withFigures = readingWords(text, dataset);
    const proseOnly = readingWords(text, () => undefined);
    const figureText = ids.reduce((sum, id) => sum + figureWords(dataset(id)), 0);
    expect(withFigures).toBe(proseOnly + figureText);
    expect(minutesFor(withFigures)).toBeGreaterThan(minutesFor(proseOnly));
    expect(minutesFor(withFigures)).toBe(Math.round(withFigures / WORDS_PER_MINUTE));
  });
});

describe('minutesFor', () => {
  it('rounds to whole minutes at the reading pace, and never says 0', () => {
    expect(minutesFor(10)).toBe(1);
    expect(minutesFor(WORDS_PER_MINUTE * 3)).toBe(3);
    expect(minutesFor(WORDS_PER_MINUTE * 8.4)).toBe(8);
  });
});
