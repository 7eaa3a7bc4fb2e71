// A brief's corrections record in one language, for its page and for the "corrected" links of that language's
// pages. English reads content/corrections/<brief>/ as it is. Another language pairs the words of
// content/translations/<locale>/corrections/<brief>.yml with the English corrections by file name, and takes
// everything that is not words (the order, the page and anchor, the date, the sources) from the English files.
// Each entry's place in the brief is the page in the reader's language where it has been translated, and the
// English page, marked, until then.
import { getCollection, render } from 'astro:content';
import { checkContent } from '../content-checks';
import { ContentError } from '../content-checks/content-error';
import { checkCorrectionTranslation } from '../content-checks/correction-translation';
import { withFile } from './brief-model';
import { localeOfFolder, warnIfStaleFolder } from './translation-record';
import { loadCorrections, type Correction } from './corrections';
import { loadTranslations, type Translation } from './translations';
import type { LoadedBrief } from './briefs';
import { t, type Key, type Locale } from '../i18n';
import { pageIn } from '../i18n/pages-in';
import { correctionPages } from '../schemas/correction';

/** Where an entry's link back leads, for a reader of one language. */
export interface LocalPlace {
  path: string;
  title: string;
  anchor: string | undefined;
  /** The language of the page it leads to: the reader's, or English for a page not translated yet. */
  target: Locale;
  /** The language of the title: English for a page not translated yet. */
  wordsIn: Locale;
}

export type LocalCorrection = Omit<Correction, 'place'> & { place: LocalPlace };

export interface LocalCorrections {
  brief: LoadedBrief;
  /** In the English record's order: by the place in the brief, then by where the text links to the entry. */
  corrections: LocalCorrection[];
}

const ownPageTitles: Record<(typeof correctionPages)[number], Key> = {
  glossary: 'pages.glossary',
  timeline: 'pages.timeline',
  figures: 'pages.figures',
  guide: 'pages.guide',
};

/**
 * The anchor of a correction in a translated section: a figure keeps its id in every language (fig-<dataset>);
 * a heading's id is made from the translated heading, so the entry lands on the heading above the translation's
 * <Corrected> link, or at the top of the page when there is none.
 */
async function translatedAnchor(translation: Translation, slug: string, english: string | undefined) {
  const body = translation.body ?? '';
  if (english?.startsWith('fig-') && body.includes(`<Figure id="${english.slice(4)}"`)) return english;
  const at = body.indexOf(`<Corrected id="${slug}"`);
  if (at < 0) return undefined;
  const before = body.slice(0, at).match(/^#{1,6}\s/gm)?.length ?? 0;
  return before > 0 ? (await render(translation)).headings[before - 1]?.slug : undefined;
}

/** Where a correction's place is read in a language: its translation, or the English page. */
async function localPlace(
  locale: Locale,
  brief: LoadedBrief,
  correction: Correction,
  translations: Translation[],
): Promise<LocalPlace> {
  const english: LocalPlace = { ...correction.place, target: 'en', wordsIn: 'en' };
  if (locale === 'en') return english;
  const page = correction.data.page;
  const own = (correctionPages as readonly string[]).includes(page)
    ? (page as (typeof correctionPages)[number])
    : undefined;
  if (own) {
    const { path, lang } = pageIn(locale, brief.id, own);
    return { path, title: t(lang)(ownPageTitles[own]), anchor: correction.place.anchor, target: lang, wordsIn: lang };
  }
  const translation = translations.find(
    (each) => each.locale === locale && each.brief.id === brief.id && each.data.translationOf === page,
  );
  if (!translation) return english;
  return {
    path: translation.path,
    title: translation.data.shortTitle,
    anchor: await translatedAnchor(translation, correction.slug, correction.place.anchor),
    target: locale,
    wordsIn: locale,
  };
}

let cache: Promise<{ locale: Locale; brief: string; corrections: LocalCorrection[] }[]> | undefined;

/** Every translated record, its words joined to the English corrections (checked once, for every page). */
function translatedRecords() {
  cache ??= (async () => {
    await checkContent();
    const english = await loadCorrections();
    const translations = await loadTranslations();
    const entries = (await getCollection('correctionTranslations')).map((entry) =>
      withFile(entry, 'content/translations'),
    );
    return Promise.all(
      entries.map(async (entry) => {
        const file = entry.filePath;
        const locale = localeOfFolder(file, entry.id);
        const record = english.find(({ brief }) => brief.id === entry.data.translationOf);
        if (!record || record.corrections.length === 0)
          throw new ContentError(
            file,
            'translationOf',
            `"${entry.data.translationOf}" is not a brief with a corrections record in content/corrections/`,
          );
        const folder = record.corrections[0]!.file.replace(/[^/]+$/, '');
        checkCorrectionTranslation(file, entry.data, record.corrections, folder);
        warnIfStaleFolder(file, entry.data.revision, folder);
        const corrections = await Promise.all(
          record.corrections.map(async (correction): Promise<LocalCorrection> => {
            const words = entry.data.corrections[correction.slug]!;
            return {
              ...correction,
              data: {
                ...correction.data,
                topic: words.topic,
                original: words.original,
                corrected: words.corrected,
                sources: correction.data.sources.map((source) => ({
                  ...source,
                  note: words.notes[source.id] ?? source.note,
                })),
              },
              place: await localPlace(locale, record.brief, correction, translations),
            };
          }),
        );
        return { locale, brief: record.brief.id, corrections };
      }),
    );
  })();
  return cache;
}

/** A brief's corrections record in a language, or undefined when that language has none. */
export async function correctionsIn(locale: Locale, briefId: string): Promise<LocalCorrections | undefined> {
  const english = (await loadCorrections()).find(({ brief }) => brief.id === briefId);
  if (!english || english.corrections.length === 0) return undefined;
  if (locale === 'en')
    return {
      brief: english.brief,
      corrections: english.corrections.map((correction) => ({
        ...correction,
        place: { ...correction.place, target: 'en', wordsIn: 'en' },
      })),
    };
  const translated = (await translatedRecords()).find((each) => each.locale === locale && each.brief === briefId);
  return translated && { brief: english.brief, corrections: translated.corrections };
}

/** Every brief with a corrections record in this language. */
export async function correctionRecordsIn(locale: Locale): Promise<LocalCorrections[]> {
  const all = await Promise.all((await loadCorrections()).map(({ brief }) => correctionsIn(locale, brief.id)));
  return all.filter((each): each is LocalCorrections => each !== undefined);
}
