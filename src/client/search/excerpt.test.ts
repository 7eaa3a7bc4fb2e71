import { describe, expect, it } from 'vitest';
import { excerptNodes } from './excerpt';

// A minimal stand-in for document: enough to see which nodes are text and which are <mark>.
const doc = {
  createTextNode: (text: string) => ({ kind: 'text', text }),
  createElement: () => {
    const element = {
      kind: 'mark',
      children: [] as unknown[],
      append: (child: unknown) => element.children.push(child),
    };
    return element;
  },
} as unknown as Document;

describe('excerptNodes', () => {
  it('keeps matches as <mark> and everything else as text', () => {
    const nodes = excerptNodes(doc, 'the <mark>Palermo</mark> Protocol') as unknown as { kind: string }[];
    expect(nodes.map((node) => node.kind)).toEqual(['text', 'mark', 'text']);
  });
  it('never turns markup into elements', () => {
    const nodes = excerptNodes(
      doc,
      '&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)>',
    ) as unknown as { kind: string; text: string }[];
    expect(nodes.every((node) => node.kind === 'text')).toBe(true);
    expect(nodes.map((node) => node.text).join('')).toBe('<script>alert(1)</script> ');
  });
});
