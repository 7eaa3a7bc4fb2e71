import type { Synonym } from './query';

/** Aliases are not reviewed as synonyms are ("human trafficking" is an alias of modern slavery), so they count less. */
export const ALIAS_WEIGHT = 0.5;

interface Term {
  term: string;
  aliases: string[];
}

/**
 * A glossary term's other names lead to it: a reader typing an alias or the abbreviation ("TVPA", "labour
 * trafficking") also searches for the term as the brief writes it, so the sections that use it are found too.
 */
export function glossarySynonyms(terms: readonly Term[]): Synonym[] {
  return terms.flatMap(({ term, aliases }) => {
    const name = term.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const abbreviation = term.match(/\(([^)]+)\)\s*$/)?.[1];
    // An abbreviation names the term and nothing else ("TIP Report"), so it counts as the reader's own words;
    // an alias may be broader.
    const aliasesOnly = aliases.filter((alias) => alias.toLowerCase() !== name.toLowerCase());
    return [
      ...(abbreviation && abbreviation.toLowerCase() !== name.toLowerCase()
        ? [{ when: [abbreviation], search: [name] }]
        : []),
      ...(aliasesOnly.length > 0 ? [{ when: aliasesOnly, search: [name], weight: ALIAS_WEIGHT }] : []),
    ];
  });
}
