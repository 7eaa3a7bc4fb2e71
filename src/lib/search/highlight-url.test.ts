import { describe, expect, it } from 'vitest';
import { withHighlight } from './engine';

const result = (url: string, subs: string[] = []) => ({ url, excerpt: '', meta: {}, filters: {}, sub_results: subs.map((sub) => ({ title: 't', url: sub, excerpt: '' })) });

describe('withHighlight', () => {
  it('adds one highlight parameter per word of the query, before the anchor', () => {
    const out = withHighlight(result('/ht/history/', ['/ht/history/#the-palermo-protocol']), 'Palermo Protocol');
    expect(out.url).toBe('/ht/history/?highlight=Palermo&highlight=Protocol');
    expect(out.sub_results[0]!.url).toBe('/ht/history/?highlight=Palermo&highlight=Protocol#the-palermo-protocol');
  });
  it('replaces a highlight left by an earlier query', () => {
    expect(withHighlight(result('/ht/history/?highlight=pal#x'), 'Palermo').url).toBe('/ht/history/?highlight=Palermo#x');
  });
  it('encodes what the reader typed', () => {
    expect(withHighlight(result('/p/'), '<b>&').url).toBe('/p/?highlight=%3Cb%3E%26');
  });
});
