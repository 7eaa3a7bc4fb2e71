import { describe, expect, it } from 'vitest';
import { closestTerms } from './suggest';

const terms = [
  'The Palermo Protocol',
  'Palermo',
  'Section 230',
  'Safe harbor laws',
  'Tariff Act of 1930',
  'Continued Presence',
  'Nordic model',
];

describe('closestTerms', () => {
  it('suggests Palermo for a misspelling', () => {
    expect(closestTerms('palermmo', terms)[0]).toBe('Palermo');
  });
  it('matches one misspelt word inside a longer term', () => {
    expect(closestTerms('tarif', terms)).toContain('Tariff Act of 1930');
  });
  it('ignores case and accents', () => {
    expect(closestTerms('NÓRDIK', terms)).toContain('Nordic model');
  });
  it('suggests nothing for an unrelated word or an empty query', () => {
    expect(closestTerms('zebra', terms)).toEqual([]);
    expect(closestTerms('   ', terms)).toEqual([]);
  });
  it('does not suggest a term the query already spells exactly', () => {
    expect(closestTerms('section 230', terms)).not.toContain('Section 230');
  });
});
