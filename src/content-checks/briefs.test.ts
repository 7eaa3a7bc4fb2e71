import { describe, expect, it } from 'vitest';
import { assembleBriefs, type BriefEntry, type SectionEntry } from '../content-loaders/brief-model';
import { checkBriefs } from './cross-file';

/** Sources with only an id that matters: the rest is any valid source. */
const testSources = (ids: string[]) =>
  ids.map((id) => ({ id, title: id, publisher: 'p', year: 2020, url: 'https://example.org/', note: '' }));

const brief = (sections: string[]): BriefEntry => ({
  id: 'b',
  filePath: 'content/briefs/b.yml',
  data: {
    title: 'B',
    summary: 'A brief used in unit tests only.',
    series: 'S',
    lastReviewed: new Date(0),
    sections,
    related: [],
    topics: [],
    audience: '',
  },
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
    sources: testSources(sources),
  },
});

describe('a brief and its sections (assembleBriefs joins, checkBriefs rejects)', () => {
  it('orders sections as the brief lists them', () => {
    const [result] = assembleBriefs([brief(['one', 'two'])], [section('two', 2), section('one', 1)]);
    expect(result!.sections.map((s) => s.id)).toEqual(['b/one', 'b/two']);
  });
  it('names the missing file when the brief lists a section that does not exist', () => {
    expect(() => checkBriefs([brief(['one', 'two'])], [section('one', 1)])).toThrow(
      'content/briefs/b.yml: sections[1]: "two" has no file content/sections/b/two.mdx',
    );
  });
  it('rejects an order that disagrees with the brief', () => {
    expect(() => checkBriefs([brief(['one', 'two'])], [section('one', 2), section('two', 1)])).toThrow(
      'content/sections/b/one.mdx: order: is 2, but the brief lists this section at position 1',
    );
  });
  it('rejects a duplicate source id across sections', () => {
    expect(() => checkBriefs([brief(['one', 'two'])], [section('one', 1, ['x']), section('two', 2, ['x'])])).toThrow(
      'content/sections/b/two.mdx: sources[0].id: "x" is already a source id in content/sections/b/one.mdx',
    );
  });
  it('rejects a help section the brief does not list', () => {
    const lost = brief(['one']);
    lost.data.helpSection = 'signs';
    expect(() => checkBriefs([lost], [section('one', 1)])).toThrow(
      'content/briefs/b.yml: helpSection: "signs" is not one of the brief\'s sections',
    );
  });
  it('rejects a section naming an unknown brief', () => {
    const stray = section('one', 1);
    stray.data.brief = 'nope';
    expect(() => checkBriefs([brief(['one'])], [stray])).toThrow(
      'content/sections/b/one.mdx: brief: "nope" is not a brief in content/briefs',
    );
  });
});

const page = (
  name: string,
  data: { brief?: string; section?: string; sources?: string[] } = {},
  folder: string | null = 'b',
) => ({
  id: folder ? `${folder}/${name}` : name,
  filePath: `content/pages/${folder ? `${folder}/` : ''}${name}.mdx`,
  data: {
    title: name,
    summary: 'A companion page used in unit tests only, long enough.',
    kind: 'Reference',
    ...(data.brief ? { brief: data.brief } : {}),
    ...(data.section ? { section: data.section } : {}),
    sources: testSources(data.sources ?? []),
  },
});

describe('a brief and its companion pages (assembleBriefs joins, checkBriefs rejects)', () => {
  it('gives each brief the pages in its folder, in file-name order, and leaves site pages alone', () => {
    const [result] = assembleBriefs(
      [brief(['one'])],
      [section('one', 1)],
      [page('zeta', { brief: 'b' }), page('about', {}, null), page('alpha', { brief: 'b', section: 'one' })],
    );
    expect(result!.pages.map((p) => p.id)).toEqual(['b/alpha', 'b/zeta']);
  });
  it('names the file when a page extends a section the brief does not have', () => {
    expect(() =>
      checkBriefs([brief(['one'])], [section('one', 1)], [page('extra', { brief: 'b', section: 'two' })]),
    ).toThrow('content/pages/b/extra.mdx: section: "two" is not a section of the brief "b"');
  });
  it('rejects a page that would take a section’s address', () => {
    expect(() => checkBriefs([brief(['one'])], [section('one', 1)], [page('one', { brief: 'b' })])).toThrow(
      '"one" is already the address of a section of the brief',
    );
  });
  it('rejects a page that would take the address of the corrections record', () => {
    expect(() => checkBriefs([brief(['one'])], [section('one', 1)], [page('corrections', { brief: 'b' })])).toThrow(
      'content/pages/b/corrections.mdx: file name: "corrections" is already the address of a page the site makes',
    );
  });
  it('rejects a source id that a section of the same brief already uses', () => {
    expect(() =>
      checkBriefs(
        [brief(['one'])],
        [section('one', 1, ['shared'])],
        [page('extra', { brief: 'b', sources: ['shared'] })],
      ),
    ).toThrow('"shared" is already a source id');
  });
  it('rejects a page whose folder and brief disagree', () => {
    expect(() => checkBriefs([brief(['one'])], [section('one', 1)], [page('extra', { brief: 'b' }, 'c')])).toThrow(
      'content/pages/c/extra.mdx: brief: the file sits in the folder "c" but names the brief "b"',
    );
  });
});
