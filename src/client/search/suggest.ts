import { distance } from 'fastest-levenshtein';

/**
 * "Did you mean …?" for a query that found nothing. Pagefind matches words and prefixes but forgives
 * no typos, so we compare the query with the site's known terms (headings, glossary terms, topics).
 * Each query word is compared with each word of a term, and long multi-word terms are compared whole.
 */
export function closestTerms(query: string, terms: readonly string[], limit = 3): string[] {
  const wanted = normalise(query);
  if (!wanted) return [];
  const words = wanted.split(' ');
  const scored = terms
    .map((term) => {
      const plain = normalise(term);
      const whole = distance(wanted, plain) / Math.max(wanted.length, plain.length);
      const perWord = words.map((word) =>
        Math.min(...plain.split(' ').map((part) => distance(word, part) / Math.max(word.length, part.length))),
      );
      const best = Math.min(whole, perWord.reduce((sum, value) => sum + value, 0) / perWord.length);
      return { term, score: best };
    })
    .filter(({ score }) => score > 0 && score <= 0.34)
    .sort((a, b) => a.score - b.score || a.term.length - b.term.length);
  const seen = new Set<string>();
  const result: string[] = [];
  for (const { term } of scored) {
    const key = normalise(term);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(term);
    if (result.length === limit) break;
  }
  return result;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
