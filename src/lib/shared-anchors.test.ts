import { describe, expect, it } from 'vitest';
import { markSharedHeadings } from './shared-anchors';

describe('markSharedHeadings', () => {
  it('marks every h2, h3 and h4 that has an id, whatever its other attributes', () => {
    const html = '<h2 id="why">Why</h2><p>Text</p><h3 class="x" id="how">How</h3><h4 id="who">Who</h4>';
    expect(markSharedHeadings(html)).toBe(
      '<h2 data-shared-anchor id="why">Why</h2><p>Text</p><h3 data-shared-anchor class="x" id="how">How</h3><h4 data-shared-anchor id="who">Who</h4>',
    );
  });

  it('leaves headings without an id, other levels and other elements alone', () => {
    const html =
      '<h2>No id</h2><h1 id="title">Title</h1><h5 id="small">Small</h5><p id="para">Text</p><header id="top"></header>';
    expect(markSharedHeadings(html)).toBe(html);
  });
});
