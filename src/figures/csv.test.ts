import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';
import { dataset, forcedLabor, lawEnforcement } from './shared/test-data';

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('CSV of a dataset', () => {
  it('has a header row and one row per data row, with the plain numbers', () => {
    expect(lines(toCsv(forcedLabor()))).toEqual([
      'Category,People in forced labor',
      'Arab States,0.9',
      'Africa,3.8',
      'Asia and the Pacific,15.1',
      'Americas,3.6',
      'Europe and Central Asia,4.1',
      '',
    ]);
    expect(lines(toCsv(lawEnforcement()))[0]).toBe('Year,Prosecutions,Convictions,Victims identified');
    expect(lines(toCsv(lawEnforcement()))[1]).toBe('2009,5606,4166,49105');
  });

  it('starts with a byte-order mark and ends lines with CRLF, for spreadsheets', () => {
    const csv = toCsv(forcedLabor());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('Industry (construction, mining)')).toBe('"Industry (construction, mining)"');
    expect(csvField('the "Nordic" model')).toBe('"the ""Nordic"" model"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(15.1)).toBe('15.1');
  });

  it('adds qualifier and note columns only when a row has one', () => {
    const data = dataset([{ key: 'n', label: 'Profits', format: 'usd-billions' }], { Domestic: 8, Agriculture: 9 });
    data.rows[0]!.qualifier = 'about';
    data.rows[1]!.note = 'Includes forestry, and fishing.';
    expect(lines(toCsv(data))).toEqual([
      'Category,Profits,Qualifier,Note',
      'Domestic,8,about,',
      'Agriculture,9,,"Includes forestry, and fishing."',
      '',
    ]);
  });
});
