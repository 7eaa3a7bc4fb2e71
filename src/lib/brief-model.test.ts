import { describe, expect, it } from 'vitest';
import { assembleBriefs, type BriefEntry, type SectionEntry } from './brief-model';

const brief = (sections: string[]): BriefEntry => ({
  id: 'b',
  filePath: 'content/briefs/b.yml',
  data: { title: 'B', summary: 'A brief used in unit tests only.', series: 'S', lastReviewed: new Date(0), sections, related: [], topics: [], audience: '' },
});
const section = (slug: string, order: number, sources: string[] = []): SectionEntry => ({
  id: `b/${slug}`,
  filePath: `content/sections/b/${slug}.mdx`,
  data: {
    brief: 'b',
    order,
    title: slug,
    shortTitle: slug,
    summary: 'A section used in unit tests only, long enough.',
    sources: sources.map((id) => ({ id, title: id, publisher: 'p', year: 2020, url: 'https://example.org/', note: '' })),
  },
});

describe('assembleBriefs', () => {
  it('orders sections as the brief lists them', () => {
    const [result] = assembleBriefs([brief(['one', 'two'])], [section('two', 2), section('one', 1)]);
    expect(result!.sections.map((s) => s.id)).toEqual(['b/one', 'b/two']);
  });
  it('names the missing file when the brief lists a section that does not exist', () => {
    expect(() => assembleBriefs([brief(['one', 'two'])], [section('one', 1)])).toThrow('content/briefs/b.yml: sections[1]: "two" has no file content/sections/b/two.mdx');
  });
  it('rejects an order that disagrees with the brief', () => {
    expect(() => assembleBriefs([brief(['one', 'two'])], [section('one', 2), section('two', 1)])).toThrow('content/sections/b/one.mdx: order: is 2, but the brief lists this section at position 1');
  });
  it('rejects a duplicate source id across sections', () => {
    expect(() => assembleBriefs([brief(['one', 'two'])], [section('one', 1, ['x']), section('two', 2, ['x'])])).toThrow('content/sections/b/two.mdx: sources[0].id: "x" is already a source id in content/sections/b/one.mdx');
  });
  it('rejects a section naming an unknown brief', () => {
    const stray = section('one', 1);
    stray.data.brief = 'nope';
    expect(() => assembleBriefs([brief(['one'])], [stray])).toThrow('content/sections/b/one.mdx: brief: "nope" is not a brief in content/briefs');
  });
});
