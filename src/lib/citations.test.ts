import { describe, expect, it } from 'vitest';
import { numberCitations } from './citations';

const cite = (id: string) =>
  `<sup class="cite"><a href="#src-${id}" data-cite="${id}" aria-label="Source 1">[1]</a></sup>`;
const numbers: Record<string, number> = { a: 1, b: 2 };
const numberOf = (id: string) => numbers[id];

describe('numberCitations', () => {
  it('gives each citation an anchor by source number and occurrence, in reading order', () => {
    const { html, anchors } = numberCitations(`<p>A${cite('a')} B${cite('b')}</p><p>C${cite('a')}</p>`, numberOf);
    expect(anchors).toEqual({ a: ['cite-1-1', 'cite-1-2'], b: ['cite-2-1'] });
    expect([...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1])).toEqual(['cite-1-1', 'cite-2-1', 'cite-1-2']);
    expect(html).not.toContain('data-cite');
  });

  it('prefixes anchors where several source lists share a page, and falls back to the id of an unknown source', () => {
    const { anchors } = numberCitations(`${cite('a')}${cite('zz')}`, numberOf, 'history-');
    expect(anchors).toEqual({ a: ['cite-history-1-1'], zz: ['cite-history-zz-1'] });
  });

  it('leaves text without citations alone', () => {
    expect(numberCitations('<p>data-cite is a word here</p>', numberOf)).toEqual({
      html: '<p>data-cite is a word here</p>',
      anchors: {},
    });
  });
});
