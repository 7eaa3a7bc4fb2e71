// The content-error fixture as plain objects, parsed the way the build parses it (each file through its
// collection's schema), so a unit test can break one thing and check the schemas and the cross-file rules
// on it in milliseconds. build-errors.test.ts builds the same fixture for real, once per kind of failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { briefSchema } from '../schemas/brief';
import { correctionSchema } from '../schemas/correction';
import { datasetSchema } from '../schemas/dataset';
import { glossarySchema } from '../schemas/glossary';
import { guideSchema } from '../schemas/guide';
import { helpLinesSchema } from '../schemas/help-lines';
import { pageSchema } from '../schemas/page';
import { sectionSchema } from '../schemas/section';
import { timelineSchema } from '../schemas/timeline';
import { checkCrossFile, type ContentEntries } from '../content-checks/cross-file';

const root = new URL('./fixtures/minimal/', import.meta.url).pathname;

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** The fixture's files as text, by path under content/ ("sections/sample/first.mdx"), for a test to edit. */
export function fixtureFiles(): Map<string, string> {
  return new Map(walk(root).map((file) => [relative(root, file), readFileSync(file, 'utf8')]));
}

/** Replaces text in one fixture file; fails if the text is not there, so a stale edit cannot pass silently. */
export function edit(files: Map<string, string>, path: string, from: string | RegExp, to: string): Map<string, string> {
  const text = files.get(path);
  const next = text?.replace(from, to);
  if (text === undefined || next === text) throw new Error(`the fixture ${path} no longer contains ${from}`);
  return new Map(files).set(path, next!);
}

/** A schema failure as the writer reads it: the file, the field and the reason. */
function parseWith<S extends z.ZodType>(schema: S, file: string, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw new Error(`${file}: ${issue!.path.join('.')}: ${issue!.message}`);
  }
  return result.data;
}

/** An MDX file's frontmatter and body. */
function splitMdx(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return { frontmatter: parse(match?.[1] ?? ''), body: match?.[2] ?? text };
}

/** Headings as Astro's MDX gives them, for the fixture's plain wording (letters, digits and spaces). */
const headingsOf = (body: string) =>
  [...body.matchAll(/^#{2,6} (.+)$/gm)].map((match) => ({
    text: match[1]!,
    slug: match[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .replace(/\s+/g, '-'),
  }));

/** Every collection of the fixture, as src/content-checks/index.ts hands them to the cross-file rules. */
export function contentEntries(files: Map<string, string>): ContentEntries {
  const under = (folder: string, extension: string) =>
    [...files].filter(([path]) => path.startsWith(`${folder}/`) && path.endsWith(extension));
  const id = (path: string, folder: string) => path.slice(folder.length + 1).replace(/\.(ya?ml|mdx)$/, '');
  const data = <S extends z.ZodType>(folder: string, schema: S) =>
    under(folder, '.yml').map(([path, text]) => ({
      id: id(path, folder),
      filePath: `content/${path}`,
      data: parseWith(schema, `content/${path}`, parse(text)),
    }));
  const mdx = <S extends z.ZodType>(folder: string, schema: S) =>
    under(folder, '.mdx').map(([path, text]) => {
      const { frontmatter, body } = splitMdx(text);
      return {
        id: id(path, folder),
        filePath: `content/${path}`,
        body,
        data: parseWith(schema, `content/${path}`, frontmatter),
      };
    });
  const helpLines = files.get('help-lines.yml');
  return {
    briefs: data('briefs', briefSchema),
    sections: mdx('sections', sectionSchema).map((section) => ({ ...section, headings: headingsOf(section.body) })),
    pages: mdx('pages', pageSchema),
    guides: data('guides', guideSchema),
    glossaries: data('glossary', glossarySchema),
    timelines: data('timeline', timelineSchema),
    corrections: data('corrections', correctionSchema),
    datasets: data('data', datasetSchema),
    helpLines:
      helpLines === undefined ? [] : [{ data: parseWith(helpLinesSchema, 'content/help-lines.yml', parse(helpLines)) }],
  };
}

/** Parses the fixture and runs the cross-file rules on it: the first mistake, as the build reports it, or undefined. */
export function contentError(files: Map<string, string>): string | undefined {
  try {
    checkCrossFile(contentEntries(files));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
