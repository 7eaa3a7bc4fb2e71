import { describe, expect, it } from 'vitest';
import { labelCells } from './table-labels';

describe('labelCells', () => {
  it('labels each body cell with its column header, as text', () => {
    const html =
      '<table><thead><tr><th>Aspect</th><th>What the <em>law</em> requires &amp; why</th></tr></thead><tbody><tr><td>Who</td><td>A prosecutor</td></tr><tr><td>When</td><td>2018</td></tr></tbody></table>';
    expect(labelCells(html)).toBe(
      '<table><thead><tr><th>Aspect</th><th>What the <em>law</em> requires &amp; why</th></tr></thead><tbody><tr><td data-label="Aspect">Who</td><td data-label="What the law requires &amp; why">A prosecutor</td></tr><tr><td data-label="Aspect">When</td><td data-label="What the law requires &amp; why">2018</td></tr></tbody></table>',
    );
  });
  it('leaves a table without a header row alone', () => {
    const html = '<table><tbody><tr><td>a</td></tr></tbody></table>';
    expect(labelCells(html)).toBe(html);
  });
});
