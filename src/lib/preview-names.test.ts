import { describe, expect, it } from 'vitest';
import { previewImageIn, previewImageName } from './preview-names';

describe('link-preview image names', () => {
  it('keeps the published English names and gives another language its own', () => {
    expect(previewImageName('en', 'site')).toBe('site');
    expect(previewImageName('es', 'human-trafficking')).toBe('human-trafficking-es');
  });
  it("points a page in another language at that language's image", () => {
    expect(previewImageIn('en', 'og/human-trafficking.png')).toBe('og/human-trafficking.png');
    expect(previewImageIn('es', 'og/site.png')).toBe('og/site-es.png');
    expect(previewImageIn('es', 'og/human-trafficking-guide.png')).toBe('og/human-trafficking-guide-es.png');
  });
});
