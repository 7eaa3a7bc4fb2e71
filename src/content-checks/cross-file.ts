// Every rule that compares one content file with another, in one place. A rule that needs only one file lives
// in that file's schema (src/schemas/); a rule that needs two lives here. Pure: plain entries in, the first
// mistake out as a ContentError naming the file, the field and the reason, so every rule is unit-tested
// without a build. src/content-checks/index.ts feeds it the collections once per build.
import type { CorrectionData } from '../schemas/correction';
import type { DatasetData } from '../schemas/dataset';
import type { HelpLinesData } from '../schemas/help-lines';
import type { GlossaryData } from '../schemas/glossary';
import type { GuideData } from '../schemas/guide';
import type { TimelineData } from '../schemas/timeline';
import { correctionPages } from '../schemas/correction';
import {
  companionPagesOf,
  pageFolder,
  sectionSlug,
  type BriefEntry,
  type PageEntry,
  type SectionEntry,
} from '../content-loaders/brief-model';
import { reservedNames } from '../lib/urls';
import { figureTags } from '../figures/tags';
import { mdxTags } from '../lib/mdx-tags';
import { ContentError } from './content-error';
import { dictionaries, type Locale } from '../i18n';

export interface DataEntry<D> {
  id: string;
  filePath: string;
  data: D;
}
export interface Heading {
  slug: string;
  text: string;
}
/** A section or companion page with its MDX text, and (sections) the headings its rendering gives. */
export type Document = (SectionEntry | PageEntry) & { body?: string | undefined; headings?: Heading[] };

export interface ContentEntries {
  briefs: BriefEntry[];
  sections: (SectionEntry & { body?: string | undefined; headings?: Heading[] })[];
  pages: (PageEntry & { body?: string | undefined })[];
  guides: DataEntry<GuideData>[];
  glossaries: DataEntry<GlossaryData>[];
  timelines: DataEntry<TimelineData>[];
  corrections: DataEntry<CorrectionData>[];
  datasets: DataEntry<DatasetData>[];
  /** The helpLines collection: its one file, content/help-lines.yml. */
  helpLines: { data: HelpLinesData }[];
  /** Sections in other languages (content/translations/<locale>/<brief>/<slug>.mdx), with their rendered headings. */
  translations?: TranslationDocument[];
}

/** A translated section: its id is "<locale>/<brief>/<slug>", its slug its address and anchor in its language. */
export interface TranslationDocument {
  id: string;
  filePath: string;
  data: { translationOf: string };
  headings?: Heading[];
}

/** Runs every cross-file rule; throws the first mistake found. */
export function checkCrossFile(content: ContentEntries): void {
  checkHelpLinesFile(content.helpLines);
  checkBriefs(content.briefs, content.sections, content.pages);
  checkGuides(content);
  checkSectionsNamed(content, 'glossaries', 'terms');
  checkSectionsNamed(content, 'timelines', 'milestones');
  checkCorrections(content);
  checkMdxReferences(content);
  for (const brief of content.briefs) {
    const sections = sectionsOf(brief, content.sections);
    checkFiguresOnce([...sections, ...companionPagesOf(brief.id, content.pages)]);
    checkUniqueAnchors(sections);
    checkTranslatedAnchors(sections, content.translations ?? []);
  }
}

const knownBriefs = (briefs: BriefEntry[]) => `(known: ${briefs.map((brief) => brief.id).join(', ')})`;

/** The brief an entry names, or a ContentError naming the file. */
function briefNamed(briefs: BriefEntry[], id: string, file: string, field = 'brief'): BriefEntry {
  const brief = briefs.find((candidate) => candidate.id === id);
  if (!brief) throw new ContentError(file, field, `"${id}" is not a brief in content/briefs ${knownBriefs(briefs)}`);
  return brief;
}

const sectionsOf = <S extends SectionEntry>(brief: BriefEntry, sections: S[]) =>
  brief.data.sections.flatMap((slug) =>
    sections.filter((section) => section.data.brief === brief.id && sectionSlug(section) === slug),
  );

export function checkHelpLinesFile(helpLines: unknown[]): void {
  if (helpLines.length === 0)
    throw new ContentError(
      'content/help-lines.yml',
      'file',
      'is missing: the hotline shown on every page is read from it',
    );
}

/** Briefs, their sections and companion pages agree: every file is listed once, in order, at an address of its own. */
export function checkBriefs(briefs: BriefEntry[], sections: SectionEntry[], pages: PageEntry[] = []): void {
  const orders = new Map<string, SectionEntry[]>();
  for (const section of sections) {
    briefNamed(briefs, section.data.brief, section.filePath);
    const folder = section.id.split('/')[0];
    if (folder !== section.data.brief) {
      throw new ContentError(
        section.filePath,
        'brief',
        `the file sits in the folder "${folder}" but names the brief "${section.data.brief}"`,
      );
    }
    const list = orders.get(section.data.brief) ?? [];
    const clash = list.find((other) => other.data.order === section.data.order);
    if (clash)
      throw new ContentError(
        section.filePath,
        'order',
        `order ${section.data.order} is already used by ${clash.filePath}`,
      );
    list.push(section);
    orders.set(section.data.brief, list);
  }
  for (const page of pages) {
    const named = page.data.brief ?? pageFolder(page);
    if (named) briefNamed(briefs, named, page.filePath);
  }

  for (const brief of briefs) {
    const own = orders.get(brief.id) ?? [];
    brief.data.sections.forEach((slug, index) => {
      const section = own.find((candidate) => sectionSlug(candidate) === slug);
      if (!section)
        throw new ContentError(
          brief.filePath,
          `sections[${index}]`,
          `"${slug}" has no file content/sections/${brief.id}/${slug}.mdx`,
        );
      if (section.data.order !== index + 1) {
        throw new ContentError(
          section.filePath,
          'order',
          `is ${section.data.order}, but the brief lists this section at position ${index + 1}`,
        );
      }
    });
    const help = brief.data.helpSection;
    if (help && !brief.data.sections.includes(help))
      throw new ContentError(brief.filePath, 'helpSection', `"${help}" is not one of the brief's sections`);
    const unlisted = own.find((section) => !brief.data.sections.includes(sectionSlug(section)));
    if (unlisted) {
      throw new ContentError(
        unlisted.filePath,
        'brief',
        `the section is not listed in ${brief.filePath} (add "${sectionSlug(unlisted)}" to its sections)`,
      );
    }
    const ordered = sectionsOf(brief, own);
    for (const section of ordered) {
      if (reservedNames.includes(sectionSlug(section))) {
        throw new ContentError(
          section.filePath,
          'file name',
          `"${sectionSlug(section)}" is an address the site uses for its own page; rename the file`,
        );
      }
    }
    const companions = companionPagesOf(brief.id, pages);
    checkCompanionPages(brief, companions, ordered);
    checkSourceIds([...ordered, ...companions]);
    for (const related of brief.data.related) briefNamed(briefs, related, brief.filePath, 'related');
  }
}

/** A brief's companion pages: the right folder, an address of their own, a section that exists. */
function checkCompanionPages(brief: BriefEntry, pages: PageEntry[], sections: SectionEntry[]): void {
  for (const page of pages) {
    const name = sectionSlug(page);
    const folder = pageFolder(page);
    if (folder !== page.data.brief) {
      throw new ContentError(
        page.filePath,
        'brief',
        folder
          ? `the file sits in the folder "${folder}" but names the brief "${page.data.brief ?? '(none)'}"`
          : `a page of a brief goes in content/pages/${page.data.brief}/`,
      );
    }
    if (reservedNames.includes(name) || sections.some((section) => sectionSlug(section) === name)) {
      throw new ContentError(
        page.filePath,
        'file name',
        `"${name}" is already the address of ${reservedNames.includes(name) ? 'a page the site makes' : 'a section'} of the brief; rename the file`,
      );
    }
    if (page.data.section && !sections.some((section) => sectionSlug(section) === page.data.section)) {
      throw new ContentError(
        page.filePath,
        'section',
        `"${page.data.section}" is not a section of the brief "${brief.id}"`,
      );
    }
  }
}

/** Source ids are unique across a brief (one file's own list is checked by its schema), so a citation points at one entry. */
function checkSourceIds(documents: (SectionEntry | PageEntry)[]): void {
  const owner = new Map<string, string>();
  for (const document of documents) {
    document.data.sources.forEach((source, index) => {
      const earlier = owner.get(source.id);
      if (earlier) {
        throw new ContentError(
          document.filePath,
          `sources[${index}].id`,
          `"${source.id}" is already a source id in ${earlier}; source ids are unique within a brief so every citation points at one entry`,
        );
      }
      owner.set(source.id, document.filePath);
    });
  }
}

/** Guides name their brief and its sections; a question id is used by one guide file only (within a file, the schema checks it). */
export function checkGuides({ briefs, guides }: Pick<ContentEntries, 'briefs' | 'guides'>): void {
  const owner = new Map<string, string>();
  for (const guide of guides) {
    const file = guide.filePath;
    const brief = briefNamed(briefs, guide.data.brief, file);
    const sections = new Set(brief.data.sections);
    guide.data.parts.forEach((part, p) =>
      part.questions.forEach((question, i) => {
        if (!sections.has(question.section)) {
          throw new ContentError(
            file,
            `parts[${p}].questions[${i}].section`,
            `question "${question.id}" names the section "${question.section}", which the brief "${brief.id}" does not have`,
          );
        }
        const earlier = owner.get(question.id);
        if (earlier && earlier !== file)
          throw new ContentError(
            file,
            `parts[${p}].questions[${i}].id`,
            `question id "${question.id}" is already used in ${earlier}`,
          );
        owner.set(question.id, file);
      }),
    );
    guide.data.actions.forEach((action, index) => {
      if (action.section && !sections.has(action.section)) {
        throw new ContentError(
          file,
          `actions[${index}].section`,
          `"${action.section}" is not a section of the brief "${brief.id}"`,
        );
      }
    });
  }
}

/** Glossary terms and timeline milestones name their brief and the section that discusses them. */
export function checkSectionsNamed(
  content: Pick<ContentEntries, 'briefs' | 'glossaries' | 'timelines'>,
  collection: 'glossaries' | 'timelines',
  field: 'terms' | 'milestones',
): void {
  for (const file of content[collection]) {
    const brief = briefNamed(content.briefs, file.data.brief, file.filePath);
    const entries: { id: string; section: string }[] = 'terms' in file.data ? file.data.terms : file.data.milestones;
    entries.forEach((entry, index) => {
      if (!brief.data.sections.includes(entry.section)) {
        throw new ContentError(
          file.filePath,
          `${field}[${index}].section`,
          `"${entry.id}" names the section "${entry.section}", which the brief does not have`,
        );
      }
    });
  }
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The file name of a correction (its anchor): content/corrections/<brief>/<slug>.yml. */
export const correctionSlug = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');

/** A correction sits in a brief's folder, under a name that can be an anchor, and names a page that brief has. */
export function checkCorrections({
  briefs,
  sections,
  pages,
  corrections,
}: Pick<ContentEntries, 'briefs' | 'sections' | 'pages' | 'corrections'>): void {
  for (const entry of corrections) {
    const folder = entry.id.split('/')[0]!;
    if (!briefs.some((brief) => brief.id === folder)) {
      throw new ContentError(
        entry.filePath,
        'brief',
        `the file sits in the folder "${folder}", which is not a brief in content/briefs ${knownBriefs(briefs)}`,
      );
    }
  }
  for (const brief of briefs) {
    const places = [...sectionsOf(brief, sections), ...companionPagesOf(brief.id, pages)]
      .map(sectionSlug)
      .concat(correctionPages);
    for (const entry of corrections.filter((candidate) => candidate.id.split('/')[0] === brief.id)) {
      const slug = correctionSlug(entry.filePath);
      if (!slugPattern.test(slug))
        throw new ContentError(
          entry.filePath,
          'file name',
          `"${slug}" becomes the entry's anchor, so it must be lowercase letters, digits and single hyphens`,
        );
      if (!places.includes(entry.data.page)) {
        throw new ContentError(
          entry.filePath,
          'page',
          `"${entry.data.page}" is not a page of the brief "${brief.id}" (known: ${places.join(', ')})`,
        );
      }
    }
  }
}

/**
 * What an MDX file asks for by id exists: the source of a <Cite>, the term of a <Term>, the entry of a
 * <Corrected>, the dataset (row, column) of a <Stat> or <Figure>, the line of a <HelpLine>; and the correction
 * a dataset names. The components look the same ids up as they render and fail there too, for a tag written
 * in a way this reading of the text does not catch (an expression instead of a quoted id).
 */
export function checkMdxReferences(content: Omit<ContentEntries, 'guides' | 'timelines'>): void {
  const { briefs, sections, pages, glossaries, corrections, datasets, helpLines } = content;
  const citable = new Set(
    briefs
      .flatMap((brief) => [...sectionsOf(brief, sections), ...companionPagesOf(brief.id, pages)])
      .flatMap((doc) => doc.data.sources.map((source) => source.id)),
  );
  const terms = new Set(glossaries.flatMap((glossary) => glossary.data.terms.map((term) => term.id)));
  const corrected = new Set(corrections.map((entry) => correctionSlug(entry.filePath)));
  const data = new Map(datasets.map((dataset) => [dataset.id, dataset]));
  const knownData = `(known: ${[...data.keys()].sort().join(', ')})`;
  const lines = new Map((helpLines[0]?.data.lines ?? []).map((line) => [line.id, line]));
  const correctionReason = (id: string, brief: string | undefined) =>
    `"${id}" is not a correction in content/corrections/${brief ?? '<brief>'}/ (add ${id}.yml there, or fix the id)`;

  for (const doc of [...sections, ...pages]) {
    const file = doc.filePath;
    const body = doc.body ?? '';
    const brief = 'brief' in doc.data && doc.data.brief ? doc.data.brief : pageFolder(doc);
    for (const tag of mdxTags(body, 'Cite')) {
      const id = tag.get('id') ?? '';
      if (!citable.has(id))
        throw new ContentError(
          file,
          `<Cite id="${id}">`,
          `"${id}" is not in the sources of any section; add it to the section's frontmatter`,
        );
    }
    for (const tag of mdxTags(body, 'Term')) {
      const id = tag.get('id') ?? '';
      if (!terms.has(id))
        throw new ContentError(
          file,
          `<Term id="${id}">`,
          `"${id}" is not a term in any glossary under content/glossary`,
        );
    }
    for (const tag of mdxTags(body, 'Corrected')) {
      const id = tag.get('id') ?? '';
      if (!corrected.has(id)) throw new ContentError(file, `<Corrected id="${id}">`, correctionReason(id, brief));
    }
    for (const tag of figureTags(body)) {
      if (!data.has(tag.id))
        throw new ContentError(
          file,
          `<Figure id="${tag.id}">`,
          `"${tag.id}" is not a dataset in content/data ${knownData}`,
        );
    }
    for (const tag of mdxTags(body, 'Stat')) {
      const [id, row, col] = [tag.get('data') ?? '', tag.get('row') ?? '', tag.get('col')];
      const field = `<Stat data="${id}" row="${row}"${col === undefined ? '' : ` col="${col}"`}>`;
      const dataset = data.get(id);
      if (!dataset) throw new ContentError(file, field, `"${id}" is not a dataset in content/data ${knownData}`);
      if (!dataset.data.rows.some((candidate) => candidate.key === row))
        throw new ContentError(file, field, `${dataset.filePath} has no row "${row}"`);
      if (col !== undefined && !dataset.data.columns.some((column) => column.key === col))
        throw new ContentError(file, field, `${dataset.filePath} has no column "${col}"`);
    }
    for (const tag of mdxTags(body, 'HelpLine')) {
      const [id, via] = [tag.get('id') ?? '', (tag.get('via') ?? 'phone') as 'phone' | 'text' | 'tty'];
      const line = lines.get(id);
      if (!line)
        throw new ContentError(
          file,
          `<HelpLine id="${id}">`,
          `"${id}" is not a line in content/help-lines.yml (known: ${[...lines.keys()].join(', ')})`,
        );
      if (!line[via])
        throw new ContentError(
          file,
          `<HelpLine id="${id}" via="${via}">`,
          `content/help-lines.yml gives "${id}" no ${via} number`,
        );
    }
  }
  for (const dataset of datasets) {
    const id = dataset.data.correction;
    if (id && !corrected.has(id))
      throw new ContentError(dataset.filePath, 'correction', correctionReason(id, undefined));
  }
}

/**
 * A figure appears once per brief: the whole-brief page shows every section, and the figure's id (its
 * permalink) must stay unique there. Documents in reading order: sections, then companion pages.
 */
export function checkFiguresOnce(documents: Document[]): void {
  const shownIn = new Map<string, Document>();
  for (const document of documents) {
    for (const tag of figureTags(document.body ?? '')) {
      const earlier = shownIn.get(tag.id);
      if (earlier) {
        const where = earlier === document ? 'earlier in the same section' : `in ${earlier.filePath}`;
        throw new ContentError(
          document.filePath,
          `<Figure id="${tag.id}">`,
          `the figure is already shown ${where}; show it once and link to it elsewhere with #fig-${tag.id}`,
        );
      }
      shownIn.set(tag.id, document);
    }
  }
}

/**
 * Heading ids are unique across a whole brief: the one-page edition and search results link to them, and a
 * section's own id doubles as an anchor there. Sections in reading order, with their rendered headings.
 */
export function checkUniqueAnchors(sections: Document[]): void {
  const owner = new Map<string, string>();
  for (const section of sections) owner.set(sectionSlug(section), `${section.filePath} (its file name)`);
  for (const section of sections) {
    for (const heading of section.headings ?? []) {
      const clash = owner.get(heading.slug);
      if (clash) {
        throw new ContentError(
          section.filePath,
          `heading "${heading.text}"`,
          `its anchor #${heading.slug} is already used by ${clash}; reword one heading so every anchor in the brief is unique`,
        );
      }
      owner.set(heading.slug, section.filePath);
    }
  }
}

/** The ids the frame of a page in a language gives itself, which no heading of its text may take. */
const frameIds = (locale: string): string[] => {
  const words = dictionaries[locale as Locale];
  if (!words) return [];
  return [words['fullBrief.contentsId'], words['footer.browseId'], words['footer.helpId'], words['footer.linksId']];
};

/**
 * The same rule for each other language: its one-page edition shows each section's translation under the
 * translation's file name, and names each section not translated yet under its English file name, so those
 * names, the translations' headings and the page's own ids must all differ. Sections of one brief, in reading order.
 */
export function checkTranslatedAnchors(sections: Document[], translations: TranslationDocument[]): void {
  const brief = sections[0]?.data.brief;
  const locales = [...new Set(translations.map((each) => each.id.split('/')[0] ?? ''))];
  for (const locale of locales) {
    const own = translations.filter((each) => each.id.startsWith(`${locale}/${brief}/`));
    if (own.length === 0) continue;
    const shown = sections.map(
      (section) => own.find((each) => each.data.translationOf === sectionSlug(section)) ?? section,
    );
    const owner = new Map<string, string>(frameIds(locale).map((id) => [id, `the page itself in "${locale}"`]));
    const clash = (file: string, field: string, anchor: string, by: string) =>
      new ContentError(
        file,
        field,
        `its anchor #${anchor} is already used by ${by}; reword it so every anchor of the brief's one-page edition in "${locale}" is unique`,
      );
    for (const document of shown) {
      const name = sectionSlug(document);
      const earlier = owner.get(name);
      if (earlier) throw clash(document.filePath, 'file name', name, earlier);
      owner.set(name, `${document.filePath} (its file name)`);
    }
    for (const document of own) {
      for (const heading of document.headings ?? []) {
        const earlier = owner.get(heading.slug);
        if (earlier) throw clash(document.filePath, `heading "${heading.text}"`, heading.slug, earlier);
        owner.set(heading.slug, document.filePath);
      }
    }
  }
}
