// Every kind of broken content names the file, the field and the reason. Each case breaks one thing in the
// content-error fixture and runs the schemas and the cross-file rules on it as plain objects, in milliseconds;
// build-errors.test.ts proves with real builds that such messages reach the writer's terminal.
import { describe, expect, it } from 'vitest';
import { contentError, edit, fixtureFiles } from './fixture-content';

const fixture = fixtureFiles();
const errorAfter = (path: string, from: string | RegExp, to: string) => contentError(edit(fixture, path, from, to));

describe('the content-error fixture', () => {
  it('is valid, so every failure below comes from its one change', () => {
    expect(contentError(fixture)).toBeUndefined();
  });
});

describe('schemas: a mistake within one file', () => {
  it('rejects a dataset without a source', () => {
    expect(errorAfter('data/sample-data.yml', /sources:[\s\S]*$/, 'sources: []\n')).toBe(
      'content/data/sample-data.yml: sources: every dataset must name at least one source',
    );
  });
  it('rejects a dataset that does not say when it was checked', () => {
    expect(errorAfter('data/sample-data.yml', 'checked: "2024-03-01"\n', '')).toBe(
      'content/data/sample-data.yml: checked: checked is required: the day these numbers were last checked against their sources and for a newer edition, written in quotes as "YYYY-MM-DD"',
    );
  });
  it('rejects a dataset more than five years old that does not say why', () => {
    expect(errorAfter('data/sample-data.yml', 'period: "2020"', 'period: "2017"')).toBe(
      'content/data/sample-data.yml: stale: the newest figure is from 2017, more than 5 years before it was checked (2024); say in stale: why nothing newer is shown (no newer edition exists, or the series ended), or bring the series up to date',
    );
  });
  it('rejects an impossible date', () => {
    expect(errorAfter('briefs/sample.yml', '2026-01-15', '2026-02-30')).toBe(
      'content/briefs/sample.yml: lastReviewed: "2026-02-30" is not a real date written as YYYY-MM-DD',
    );
  });
  it('rejects a section without a title', () => {
    expect(errorAfter('sections/sample/first.mdx', 'title: First section\n', '')).toBe(
      'content/sections/sample/first.mdx: title: title is required (text)',
    );
  });
  it('rejects a source link that is not https', () => {
    expect(errorAfter('sections/sample/first.mdx', 'https://example.org/report', 'http://example.org/report')).toBe(
      'content/sections/sample/first.mdx: sources.0.url: url must start with https://',
    );
  });
  it('rejects a duplicate question id within a guide', () => {
    expect(errorAfter('guides/sample.yml', 'id: q-second-question', 'id: q-first-question')).toBe(
      'content/guides/sample.yml: parts.0.questions.1.id: question id "q-first-question" is already used at parts[0].questions[0]; every question needs its own permanent id',
    );
  });
  it('rejects a correction without a date', () => {
    expect(errorAfter('corrections/sample/sample-fix.yml', 'date: "2026-01-15"\n', '')).toBe(
      'content/corrections/sample/sample-fix.yml: date: date must be written in quotes as "YYYY-MM-DD"',
    );
  });
  it('rejects a correction without a source', () => {
    expect(errorAfter('corrections/sample/sample-fix.yml', /sources:[\s\S]*$/, 'sources: []\n')).toBe(
      'content/corrections/sample/sample-fix.yml: sources: a correction must name at least one source',
    );
  });
  it('rejects a help line whose dialled digits are not the number shown', () => {
    expect(errorAfter('help-lines.yml', 'dial: "+18883737888"', 'dial: "+18883737887"')).toBe(
      'content/help-lines.yml: lines.0.phone.dial: "+18883737887" does not dial the number shown, "1-888-373-7888" (18883737888 on a keypad)',
    );
  });
  it('rejects a help line without a source', () => {
    const error = errorAfter(
      'help-lines.yml',
      / {2}- id: emergency[\s\S]*$/,
      '  - id: emergency\n    name: Emergency services\n    phone: { display: "911", dial: "911" }\n    checked: "2026-12-01"\n    sources: []\n',
    );
    expect(error).toBe(
      'content/help-lines.yml: lines.2.sources: every help line must name the source its numbers were read in',
    );
  });
  it('rejects a hotline without its text number, which every page shows', () => {
    expect(errorAfter('help-lines.yml', '    text: { display: "233733", dial: "233733" }\n', '')).toBe(
      'content/help-lines.yml: lines.0: the hotline needs phone, text and tty: every page shows all three',
    );
  });
  it('rejects help lines without the hotline', () => {
    expect(errorAfter('help-lines.yml', '  - id: hotline\n', '  - id: national-hotline\n')).toBe(
      'content/help-lines.yml: lines: needs a line with id "hotline": the safety bar on every page shows it',
    );
  });
});

describe('cross-file rules: a mistake between files', () => {
  it('rejects two sections with the same order', () => {
    expect(errorAfter('sections/sample/second.mdx', 'order: 2', 'order: 1')).toBe(
      'content/sections/sample/second.mdx: order: order 1 is already used by content/sections/sample/first.mdx',
    );
  });
  it('rejects a section the brief does not list', () => {
    expect(errorAfter('briefs/sample.yml', '  - second\n', '')).toBe(
      'content/sections/sample/second.mdx: brief: the section is not listed in content/briefs/sample.yml (add "second" to its sections)',
    );
  });
  it('rejects a guide question that names a section the brief does not have', () => {
    expect(errorAfter('guides/sample.yml', 'section: second', 'section: third')).toBe(
      'content/guides/sample.yml: parts[0].questions[1].section: question "q-second-question" names the section "third", which the brief "sample" does not have',
    );
  });
  it('rejects a question id that another guide already uses', () => {
    const files = new Map(fixture).set('guides/other.yml', fixture.get('guides/sample.yml')!);
    expect(contentError(files)).toBe(
      'content/guides/other.yml: parts[0].questions[0].id: question id "q-first-question" is already used in content/guides/sample.yml',
    );
  });
  it('rejects a guide, glossary or timeline whose brief does not exist', () => {
    expect(errorAfter('guides/sample.yml', 'brief: sample', 'brief: nowhere')).toBe(
      'content/guides/sample.yml: brief: "nowhere" is not a brief in content/briefs (known: sample)',
    );
    expect(errorAfter('glossary/sample.yml', 'brief: sample', 'brief: nowhere')).toBe(
      'content/glossary/sample.yml: brief: "nowhere" is not a brief in content/briefs (known: sample)',
    );
  });
  it('rejects a glossary term that names a section the brief does not have', () => {
    expect(errorAfter('glossary/sample.yml', /section: \w+/, 'section: third')).toBe(
      'content/glossary/sample.yml: terms[0].section: "sample-term" names the section "third", which the brief does not have',
    );
  });
  it('rejects a companion page that extends a section the brief does not have', () => {
    expect(errorAfter('pages/sample/companion.mdx', 'section: first', 'section: third')).toBe(
      'content/pages/sample/companion.mdx: section: "third" is not a section of the brief "sample"',
    );
  });
  it('rejects a companion page whose name is already a section of the brief', () => {
    const copy = fixture.get('pages/sample/companion.mdx')!.replaceAll('companion-source', 'other-source');
    expect(contentError(new Map(fixture).set('pages/sample/second.mdx', copy))).toBe(
      'content/pages/sample/second.mdx: file name: "second" is already the address of a section of the brief; rename the file',
    );
  });
  it('rejects a correction whose page the brief does not have', () => {
    expect(errorAfter('corrections/sample/sample-fix.yml', 'page: first', 'page: third')).toBe(
      'content/corrections/sample/sample-fix.yml: page: "third" is not a page of the brief "sample" (known: first, second, companion, glossary, timeline, figures, guide)',
    );
  });
  it('rejects a correction in a folder that names no brief, or under a name that cannot be an anchor', () => {
    const text = fixture.get('corrections/sample/sample-fix.yml')!;
    expect(contentError(new Map(fixture).set('corrections/nowhere/sample-fix.yml', text))).toBe(
      'content/corrections/nowhere/sample-fix.yml: brief: the file sits in the folder "nowhere", which is not a brief in content/briefs (known: sample)',
    );
    expect(contentError(new Map(fixture).set('corrections/sample/Sample_Fix.yml', text))).toBe(
      'content/corrections/sample/Sample_Fix.yml: file name: "Sample_Fix" becomes the entry\'s anchor, so it must be lowercase letters, digits and single hyphens',
    );
  });
  it('rejects two headings with the same anchor anywhere in a brief (the one-page edition shows them all)', () => {
    expect(errorAfter('sections/sample/second.mdx', '## Another heading', '## A heading')).toBe(
      'content/sections/sample/second.mdx: heading "A heading": its anchor #a-heading is already used by content/sections/sample/first.mdx; reword one heading so every anchor in the brief is unique',
    );
    expect(errorAfter('sections/sample/second.mdx', '## Another heading', '## First')).toBe(
      'content/sections/sample/second.mdx: heading "First": its anchor #first is already used by content/sections/sample/first.mdx (its file name); reword one heading so every anchor in the brief is unique',
    );
  });
  it('rejects a figure shown twice in a brief', () => {
    const twice = (files: Map<string, string>) =>
      edit(files, 'sections/sample/second.mdx', 'Plain text.', 'Plain text.\n\n<Figure id="sample-data" />');
    expect(
      contentError(
        twice(
          edit(fixture, 'sections/sample/first.mdx', '## A heading\n', '## A heading\n\n<Figure id="sample-data" />\n'),
        ),
      ),
    ).toBe(
      'content/sections/sample/second.mdx: <Figure id="sample-data">: the figure is already shown in content/sections/sample/first.mdx; show it once and link to it elsewhere with #fig-sample-data',
    );
  });
  it('rejects a missing content/help-lines.yml', () => {
    const files = new Map(fixture);
    files.delete('help-lines.yml');
    expect(contentError(files)).toBe(
      'content/help-lines.yml: file: is missing: the hotline shown on every page is read from it',
    );
  });
});

describe('cross-file rules: what an MDX file asks for by id', () => {
  it('rejects a citation of a source the brief does not list', () => {
    expect(errorAfter('sections/sample/first.mdx', '<Cite id="sample-source" />', '<Cite id="nowhere" />')).toBe(
      'content/sections/sample/first.mdx: <Cite id="nowhere">: "nowhere" is not in the sources of any section; add it to the section\'s frontmatter',
    );
  });
  it('rejects a number read from a dataset that does not exist, or from a row it does not have', () => {
    expect(errorAfter('sections/sample/first.mdx', 'data="sample-data"', 'data="missing-data"')).toBe(
      'content/sections/sample/first.mdx: <Stat data="missing-data" row="alpha">: "missing-data" is not a dataset in content/data (known: sample-data)',
    );
    expect(errorAfter('sections/sample/first.mdx', 'row="alpha"', 'row="omega"')).toBe(
      'content/sections/sample/first.mdx: <Stat data="sample-data" row="omega">: content/data/sample-data.yml has no row "omega"',
    );
  });
  it('rejects an unknown figure id in MDX', () => {
    expect(
      errorAfter('sections/sample/first.mdx', '## A heading\n', '## A heading\n\n<Figure id="missing-figure" />\n'),
    ).toBe(
      'content/sections/sample/first.mdx: <Figure id="missing-figure">: "missing-figure" is not a dataset in content/data (known: sample-data)',
    );
  });
  it('rejects a term that no glossary defines', () => {
    expect(errorAfter('sections/sample/first.mdx', '<Term id="sample-term">', '<Term id="no-such-term">')).toBe(
      'content/sections/sample/first.mdx: <Term id="no-such-term">: "no-such-term" is not a term in any glossary under content/glossary',
    );
  });
  it('rejects a "corrected" link to a correction that does not exist, naming the file', () => {
    expect(
      errorAfter('sections/sample/first.mdx', '<Corrected id="sample-fix" />', '<Corrected id="no-such-fix" />'),
    ).toBe(
      'content/sections/sample/first.mdx: <Corrected id="no-such-fix">: "no-such-fix" is not a correction in content/corrections/sample/ (add no-such-fix.yml there, or fix the id)',
    );
  });
  it('rejects a dataset that names a correction that does not exist', () => {
    expect(errorAfter('data/sample-data.yml', 'checked:', 'correction: no-such-fix\nchecked:')).toBe(
      'content/data/sample-data.yml: correction: "no-such-fix" is not a correction in content/corrections/<brief>/ (add no-such-fix.yml there, or fix the id)',
    );
  });
  it('rejects a help line the file does not have, or a way to reach it the line does not offer', () => {
    expect(errorAfter('sections/sample/second.mdx', 'Plain text.', 'Call <HelpLine id="nowhere" />.')).toBe(
      'content/sections/sample/second.mdx: <HelpLine id="nowhere">: "nowhere" is not a line in content/help-lines.yml (known: hotline, hsi-tip-line, emergency)',
    );
    expect(
      errorAfter('sections/sample/second.mdx', 'Plain text.', 'Text <HelpLine id="emergency" via="text" />.'),
    ).toBe(
      'content/sections/sample/second.mdx: <HelpLine id="emergency" via="text">: content/help-lines.yml gives "emergency" no text number',
    );
  });
});
