// What every layout takes in and gives back. Layouts turn rows of numbers into plain geometry in SVG user
// units; src/figures/ChartSvg.astro writes it out. Nothing here knows about the DOM.
import type { Format } from '../../schemas/dataset';

/** One measure of a dataset (one column): its name and how its numbers are written. */
export interface Series {
  key: string;
  label: string;
  format: Format;
}

/** One row of a dataset: a category or a period, with one value per series. */
export interface Datum {
  key: string;
  label: string;
  /** One number per series, in the order of `ChartData.series`. */
  values: number[];
  /** The same numbers as readers see them ("about $8 billion"), in the same order. */
  texts: string[];
  /**
   * Set when the label is not the file's English one: whether the row stands for "no answer" (unknown, other),
   * read from the English file so a translated chart ranks its rows as the English one does.
   */
  residual?: boolean;
}

export interface ChartData {
  series: Series[];
  rows: Datum[];
}

/** Which of the three mark colours (--mark-1, --mark-2, --mark-3) a bar takes. */
export type Tone = 1 | 2 | 3;

/** A bar or column. `tip` is what the tooltip and a screen reader say when the enhanced chart focuses it. */
export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  tone: Tone;
  tip: { label: string; value: string };
}

/**
 * A piece of text. `label`: category names; `value`: the number at a bar (bold); `value-in`: the same,
 * drawn inside a long bar in the background colour; `axis`: years under columns; `panel`: the name of a
 * small multiple. `suffix` is set in a lighter tone after the text (the series a paired value belongs to).
 */
export interface Label {
  x: number;
  y: number;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  kind: 'label' | 'value' | 'value-in' | 'axis' | 'panel';
  suffix?: string;
}

/** A hairline: the baseline of columns. */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ChartGeometry {
  /** viewBox width and height. */
  width: number;
  height: number;
  bars: Bar[];
  labels: Label[];
  rules: Rule[];
}

/** Sizes shared by the layouts, in user units. The viewBox is designed at phone width and scales up. */
export const SIZE = {
  /**
   * Width of every chart. A 320 px phone shows it at 0.96× (text of 13 units at 12.5 px), a 375 px phone
   * at 1.13×, and a desktop at most 25rem wide (1.33×, see ChartSvg.astro).
   */
  width: 300,
  /** Labels and values. */
  font: 13,
  /** Years under columns. */
  small: 12,
  line: 16,
  /** Space between a bar and its value label. */
  gap: 6,
} as const;

/** Distance from the top of a line box to its baseline, for text of `size`. */
export const ascent = (size: number) => Math.round(size * 0.8);

/** Tones cycle when a dataset has more than three series; every bar is labelled, so colour never carries meaning alone. */
export const toneOf = (index: number): Tone => ((index % 3) + 1) as Tone;
