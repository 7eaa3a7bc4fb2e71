/** What <brief>/glossary/terms.json holds for each term id: enough to define it beside the word. */
export interface TermDefinition {
  term: string;
  definition: string;
  source: { publisher: string; title: string; year: number; url: string };
  /**
   * The section that discusses the term most: its short title and address, in the glossary's language, or in
   * English (inEnglish) when that section has no translation yet.
   */
  section: { title: string; href: string; inEnglish?: true };
}

export type TermDefinitions = Record<string, TermDefinition>;
