// Datasets for the figure unit tests, parsed by the real schema so defaults (qualifier, note) are filled in.
// The numbers are the published ones the brief uses (ILO 2022 and 2024, TRAC, Polaris 2018).
import { datasetSchema, type DatasetData } from '../../schemas/dataset';
import { chartData } from '../figure';
import { textWidth } from './text';
import { SIZE, type Bar, type ChartData, type ChartGeometry, type Label } from './types';

type Rows = Record<string, number | Record<string, number>>;

/** A dataset from a compact description: `rows` maps a label to its value (one column) or values. */
export function dataset(
  columns: { key: string; label: string; format?: string }[],
  rows: Rows,
  extra: Record<string, unknown> = {},
): DatasetData {
  return datasetSchema.parse({
    title: 'A test dataset',
    takeaway: 'A sentence that says what the test data shows.',
    unit: 'things',
    period: '2021',
    columns,
    rows: Object.entries(rows).map(([label, values]) => ({
      key: label
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
      label,
      values: typeof values === 'number' ? { [columns[0]!.key]: values } : values,
    })),
    sources: [
      { id: 'test-source', title: 'A test source', publisher: 'Tests', year: 2024, url: 'https://example.org/' },
    ],
    checked: '2026-12-01',
    ...extra,
  });
}

export const forcedLabor = () =>
  dataset([{ key: 'people', label: 'People in forced labor', format: 'millions' }], {
    'Arab States': 0.9,
    Africa: 3.8,
    'Asia and the Pacific': 15.1,
    Americas: 3.6,
    'Europe and Central Asia': 4.1,
  });

export const profitsBySector = () =>
  dataset([{ key: 'profits', label: 'Annual illegal profits', format: 'usd-billions' }], {
    'Forced commercial sexual exploitation': 172.6,
    'Industry (construction, manufacturing, mining, utilities)': 35,
    Services: 20.8,
    'Agriculture, forestry and fishing': 5,
    'Domestic work': 2.6,
  });

export const hotlineGender = () =>
  dataset([{ key: 'victims', label: 'Victims', format: 'number' }], {
    Female: 15042,
    Male: 2917,
    'Gender minorities': 109,
    'Gender not known': 5010,
  });

export const prosecutions = () =>
  dataset([{ key: 'prosecutions', label: 'Prosecutions', format: 'number' }], {
    FY2016: 273,
    FY2017: 277,
    FY2018: 221,
    FY2019: 178,
    FY2020: 180,
  });

export const lawEnforcement = () =>
  dataset(
    [
      { key: 'prosecutions', label: 'Prosecutions' },
      { key: 'convictions', label: 'Convictions' },
      { key: 'victims', label: 'Victims identified' },
    ],
    {
      '2009': { prosecutions: 5606, convictions: 4166, victims: 49105 },
      '2012': { prosecutions: 7705, convictions: 4746, victims: 46570 },
      '2013': { prosecutions: 9460, convictions: 5776, victims: 44758 },
    },
  );

/** Seven years of three measures of very different sizes: too many for columns, with long measure names. */
export const laborEnforcement = () =>
  dataset(
    [
      { key: 'prosecutions', label: 'Labor trafficking prosecutions' },
      { key: 'convictions', label: 'Labor trafficking convictions' },
      { key: 'victims', label: 'Labor trafficking victims identified' },
    ],
    {
      '2017': { prosecutions: 869, convictions: 332, victims: 23906 },
      '2018': { prosecutions: 457, convictions: 259, victims: 11009 },
      '2019': { prosecutions: 1024, convictions: 498, victims: 13875 },
      '2020': { prosecutions: 1115, convictions: 337, victims: 14448 },
      '2021': { prosecutions: 1379, convictions: 374, victims: 21219 },
      '2022': { prosecutions: 2670, convictions: 528, victims: 24340 },
      '2023': { prosecutions: 3684, convictions: 1256, victims: 42098 },
    },
    { period: '2017–2023' },
  );

export const shares = () =>
  dataset(
    [
      { key: 'victims', label: 'Share of victims', format: 'percent' },
      { key: 'profits', label: 'Share of profits', format: 'percent' },
    ],
    {
      'Forced commercial sexual exploitation': { victims: 27, profits: 73 },
      'Other forced labor in the private economy': { victims: 73, profits: 27 },
    },
  );

export const chart = (data: DatasetData): ChartData => chartData(data);

/** Estimated box of a label, with the same measurements the layouts use. */
export function labelBox(label: Label) {
  const size = label.kind === 'axis' ? SIZE.small : SIZE.font;
  const bold = label.kind !== 'label' && label.kind !== 'axis';
  const width =
    Math.max(...label.lines.map((line) => textWidth(line, size, bold))) +
    (label.suffix ? textWidth(` ${label.suffix}`, size) : 0);
  const left = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - width / 2 : label.x - width;
  const top = label.y - size * 0.8;
  return { left, right: left + width, top, bottom: label.y + size * 0.25 + (label.lines.length - 1) * size * 1.23 };
}

type Box = { left: number; right: number; top: number; bottom: number };
export const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const barBox = (bar: Bar): Box => ({ left: bar.x, right: bar.x + bar.width, top: bar.y, bottom: bar.y + bar.height });

/** Pairs of things that collide: two labels, or a label and a bar it does not sit inside by design. */
export function collisions(geometry: ChartGeometry): string[] {
  const found: string[] = [];
  const boxes = geometry.labels.map(labelBox);
  boxes.forEach((box, i) => {
    if (box.left < -0.5 || box.right > geometry.width + 0.5)
      found.push(
        `"${geometry.labels[i]!.lines.join(' ')}" leaves the chart (${box.left.toFixed(1)}–${box.right.toFixed(1)})`,
      );
    boxes.forEach((other, j) => {
      if (j > i && overlaps(box, other))
        found.push(`"${geometry.labels[i]!.lines.join(' ')}" overlaps "${geometry.labels[j]!.lines.join(' ')}"`);
    });
    if (geometry.labels[i]!.kind === 'value-in') return;
    geometry.bars.forEach((bar) => {
      if (overlaps(box, barBox(bar))) found.push(`"${geometry.labels[i]!.lines.join(' ')}" overlaps a bar`);
    });
  });
  return found;
}
