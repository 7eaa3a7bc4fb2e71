import { describe, expect, it } from 'vitest';
import type { Document, TranslationDocument } from './cross-file';
import { checkTranslatedAnchors } from './cross-file';

const section = (slug: string, headings: string[] = []): Document =>
  ({
    id: `b/${slug}`,
    filePath: `content/sections/b/${slug}.mdx`,
    data: { brief: 'b' },
    headings: headings.map((slug) => ({ slug, text: slug })),
  }) as unknown as Document;
const translation = (slug: string, of: string, headings: string[] = []): TranslationDocument => ({
  id: `es/b/${slug}`,
  filePath: `content/translations/es/b/${slug}.mdx`,
  data: { translationOf: of },
  headings: headings.map((slug) => ({ slug, text: slug })),
});
const english = [section('signs', ['what-to-do']), section('history', ['what-to-do-now']), section('numbers')];

describe("anchors of a brief's one-page edition in another language", () => {
  it('pass when the translations, their headings and the English names of the rest all differ', () => {
    expect(() =>
      checkTranslatedAnchors(english, [
        translation('senales', 'signs', ['que-hacer']),
        translation('historia', 'history', ['hoy']),
      ]),
    ).not.toThrow();
  });

  it('fail on two translations with one heading anchor, naming the file, the heading and the first owner', () => {
    expect(() =>
      checkTranslatedAnchors(english, [
        translation('senales', 'signs', ['que-hacer']),
        translation('historia', 'history', ['que-hacer']),
      ]),
    ).toThrow(
      `content/translations/es/b/historia.mdx: heading "que-hacer": its anchor #que-hacer is already used by content/translations/es/b/senales.mdx; reword it so every anchor of the brief's one-page edition in "es" is unique`,
    );
  });

  it('fail on a heading that takes the name of a section still in English, or an id of the page itself', () => {
    expect(() => checkTranslatedAnchors(english, [translation('senales', 'signs', ['numbers'])])).toThrow(
      'content/translations/es/b/senales.mdx: heading "numbers": its anchor #numbers is already used by content/sections/b/numbers.mdx (its file name)',
    );
    expect(() => checkTranslatedAnchors(english, [translation('senales', 'signs', ['indice'])])).toThrow(
      'its anchor #indice is already used by the page itself in "es"',
    );
  });

  it('fail on a translation named like another section still in English', () => {
    expect(() => checkTranslatedAnchors(english, [translation('numbers', 'signs')])).toThrow(
      'content/sections/b/numbers.mdx: file name: its anchor #numbers is already used by content/translations/es/b/numbers.mdx (its file name)',
    );
  });
});
