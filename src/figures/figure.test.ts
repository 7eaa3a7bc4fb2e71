import { describe, expect, it } from 'vitest';
import { buildFigure, defaultKind, isTimeSeries } from './figure';
import { dataset, forcedLabor, hotlineGender, lawEnforcement, prosecutions, shares } from './shared/test-data';

const file = { tag: 'content/sections/b/s.mdx <Figure id="test">', file: 'content/data/test.yml' };

describe('choosing and describing a figure', () => {
  it('chooses the chart from the shape of the data', () => {
    expect(defaultKind(forcedLabor())).toBe('bars');
    expect(defaultKind(prosecutions())).toBe('columns');
    expect(defaultKind(lawEnforcement())).toBe('columns');
    expect(defaultKind(shares())).toBe('paired');
    expect(isTimeSeries(dataset([{ key: 'n', label: 'N' }], { '2015–16': 1, FY2017: 2, '2018': 3 }))).toBe(true);
  });

  it('lets the author name the chart and the order', () => {
    const figure = buildFigure(hotlineGender(), { sort: 'data', chart: 'bars' }, file);
    expect(figure.kind).toBe('bars');
    expect(figure.rows.map((row) => row.label)).toEqual(['Female', 'Male', 'Gender minorities', 'Gender not known']);
    expect(buildFigure(shares(), { chart: 'bars' }, file).geometry.bars).toHaveLength(2);
  });

  it('lists every value in the text alternative, in the order drawn', () => {
    expect(buildFigure(forcedLabor(), {}, file).description).toBe(
      'Bar chart, largest first. Asia and the Pacific, 15.1 million; Europe and Central Asia, 4.1 million; Africa, 3.8 million; Americas, 3.6 million; Arab States, 0.9 million.',
    );
    expect(buildFigure(shares(), {}, file).description).toBe(
      'Paired bars for each category. Forced commercial sexual exploitation: share of victims 27%, share of profits 73%. Other forced labor in the private economy: share of victims 73%, share of profits 27%.',
    );
    expect(buildFigure(lawEnforcement(), {}, file).description).toContain(
      'Victims identified: 2009, 49,105; 2012, 46,570; 2013, 44,758.',
    );
  });

  it('prints the qualifier the source gives', () => {
    const approximate = dataset([{ key: 'n', label: 'N', format: 'usd-billions' }], { Domestic: 8 });
    approximate.rows[0]!.qualifier = 'about';
    expect(buildFigure(approximate, {}, file).rows[0]!.texts[0]).toBe('about $8 billion');
  });

  it('draws too many years as bars in time order instead of crowded columns', () => {
    const years = Object.fromEntries(
      Array.from({ length: 9 }, (_, index) => [String(2010 + index), 10000 + index * 1111]),
    );
    const figure = buildFigure(dataset([{ key: 'cases', label: 'Cases' }], years), {}, file);
    expect(figure.kind).toBe('bars');
    expect(figure.rows.map((row) => row.label)).toEqual(Object.keys(years));
  });

  it('fails with the file and a reason a writer can act on', () => {
    expect(() => buildFigure(forcedLabor(), { chart: 'pie' }, file)).toThrow(
      'content/sections/b/s.mdx <Figure id="test">: chart: "pie" is not a chart type',
    );
    expect(() => buildFigure(forcedLabor(), { sort: 'up' }, file)).toThrow('"up" is not an order');
    expect(() => buildFigure(forcedLabor(), { chart: 'paired' }, file)).toThrow(
      'content/data/test.yml: columns: a paired chart needs at least two columns',
    );
    const facts = dataset([{ key: 'value', label: 'Value' }], { Share: 70, People: 20.9 });
    facts.rows[0]!.format = 'percent';
    expect(() => buildFigure(facts, {}, file)).toThrow('quote its numbers with <Stat> instead');
    const mixed = dataset(
      [
        { key: 'a', label: 'A', format: 'percent' },
        { key: 'b', label: 'B', format: 'usd' },
      ],
      { X: { a: 1, b: 2 } },
    );
    expect(() => buildFigure(mixed, {}, file)).toThrow('written differently (percent, usd)');
  });
});

describe('a figure in Spanish', () => {
  const spanish = (
    data: ReturnType<typeof forcedLabor>,
    rows: Record<string, string>,
    columns: Record<string, string>,
  ) => buildFigure(data, {}, file, { locale: 'es', rows, columns });

  it('writes its labels, numbers and text alternative for Spanish readers in the United States', () => {
    const figure = spanish(
      forcedLabor(),
      {
        'arab-states': 'Estados Árabes',
        africa: 'África',
        'asia-and-the-pacific': 'Asia y el Pacífico',
        americas: 'Américas',
        'europe-and-central-asia': 'Europa y Asia Central',
      },
      { people: 'Personas en trabajo forzoso' },
    );
    expect(figure.description).toBe(
      'Gráfica de barras, de mayor a menor. Asia y el Pacífico, 15.1 millones; Europa y Asia Central, 4.1 millones; África, 3.8 millones; Américas, 3.6 millones; Estados Árabes, 0.9 millones.',
    );
    expect(figure.rowHeading).toBe('Categoría');
    expect(figure.data.series[0]!.label).toBe('Personas en trabajo forzoso');
  });

  it('says the qualifier in Spanish and keeps the values of the English file', () => {
    const approximate = dataset([{ key: 'n', label: 'N', format: 'usd-billions' }], { Domestic: 8 });
    approximate.rows[0]!.qualifier = 'about';
    const figure = spanish(approximate, { domestic: 'Trabajo doméstico' }, { n: 'N' });
    expect(figure.rows[0]!.texts[0]).toBe('cerca de 8 mil millones de dólares');
    expect(figure.rows[0]!.values).toEqual([8]);
  });

  it('ranks rows as the English chart does, with the English file deciding which row means "not known"', () => {
    const data = hotlineGender();
    // A key that does not say "unknown": only the English label does.
    data.rows[3]!.key = 'g4';
    const figure = spanish(
      data,
      { female: 'Mujeres', male: 'Hombres', 'gender-minorities': 'Minorías de género', g4: 'Sin dato de género' },
      { victims: 'Víctimas' },
    );
    expect(figure.rows.map((row) => row.key)).toEqual(buildFigure(data, {}, file).rows.map((row) => row.key));
    expect(figure.rows.at(-1)!.label).toBe('Sin dato de género');
  });

  it('describes columns by year in Spanish, and says when panels have their own scale', () => {
    const figure = buildFigure(lawEnforcement(), {}, file, { locale: 'es', rows: {}, columns: {} });
    expect(figure.description).toMatch(/^Gráficas de columnas por año, una por cada medida\./);
    expect(figure.rowHeading).toBe('Año');
  });
});
