/** What <brief>/glossary/terms.json holds for each term id: enough to define it beside the word. */
export interface TermDefinition {
  term: string;
  definition: string;
  source: { publisher: string; title: string; year: number; url: string };
}

export type TermDefinitions = Record<string, TermDefinition>;
