// What a reader types, turned into what Pagefind should look for. Pagefind matches every word of a query,
// each as a prefix ("is" finds "issued", "t" finds every word starting with t) and requires all of them, so
// the little words of a question ("how", "can", "the") would both narrow and blur the answer. They are dropped,
// unless nothing else is left. Synonyms ("red flags" for "indicators") add other wordings of the same query,
// each searched on its own, because requiring both wordings at once would find neither.
import { distance } from 'fastest-levenshtein';

/** Words that carry no topic in a reader's question. "us" is missing on purpose: readers write "the US". */
export const STOP_WORDS = new Set(
  (
    'a about actually after all also am an and any anyone are as at be been being but by can could did do does doing done ' +
    'for from get gets getting go goes going got had has have having he her here hers him his how i if in into is it its ' +
    'just know many me might more most much my need no not now of off on once one only or other our ours out over own really same she ' +
    // Verbs that frame a question about an event rather than name its topic ("what happened to Backpage").
    'happen happened happens happening mean ' +
    'should so some someone something such than that the their theirs them then there these they thing things this those ' +
    'think through to too up upon very want was we were what whats when where which while who whom whose why will with would ' +
    'you your yours vs versus'
  ).split(' '),
);

/**
 * The same for Spanish, written without accents as words() leaves them ("qué" → "que"). "trata" and "personas"
 * stay: they name the topic. Question verbs a reader puts before the topic ("puedo", "significa") go; "hacer" stays, as in "qué hacer".
 */
export const STOP_WORDS_ES = new Set(
  (
    'a al algo algun alguna alguien ante antes como con cual cuales cuando cuanto cuanta cuantos cuantas de del ' +
    'desde donde el ella ellas ellos en entre era es esa ese eso esta estan estas este esto estos fue ha han hay ' +
    'la las le les lo los mas me mi mis muy ni no nos o para pero por porque puede pueden ' +
    'puedo que quien quienes se ser si sin sobre son su sus tambien te tiene tienen tu tus un una uno unos unas y ya yo ' +
    'significa quiere decir pasa paso pasan debo debe deberia debemos tengo hago mismo'
  ).split(' '),
);

/** The stop words of a page's language. */
export const stopWordsFor = (lang: string): ReadonlySet<string> => (lang === 'es' ? STOP_WORDS_ES : STOP_WORDS);

/** One alternative wording: when a reader's words include a `when` phrase, also search with it replaced by each `search` phrase. */
export interface Synonym {
  when: string[];
  search: string[];
  /** How much this wording counts beside the reader's own words; SYNONYM_WEIGHT unless said. */
  weight?: number;
  /** The reader's phrase only ever means the site's words ("phone number" is the hotline, never the statistics
   *  that "numbers" would find): search the first `search` phrase in its place, not beside it. */
  replaces?: boolean;
}

/** Lower case, no accents, no punctuation, one space between words; apostrophes join ("president's" → "presidents") as in Pagefind. */
export function words(text: string): string[] {
  return (
    text
      .toLocaleLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The words worth matching: no stop words (unless that is all there is) and no single letters (unless alone). */
export function contentWords(tokens: readonly string[], stopWords: ReadonlySet<string> = STOP_WORDS): string[] {
  const topical = tokens.filter((word) => !stopWords.has(word));
  const kept = topical.length > 0 ? topical : [...tokens];
  const long = kept.filter((word) => word.length > 1 || /\d/.test(word));
  return [...new Set(long.length > 0 ? long : kept)];
}

const MAX_VARIANTS = 5;
/** Questions longer than this are not loosened word by word: each loosening is one more search. */
const MAX_LOOSENED = 6;

/** One query to send to Pagefind: its content words, and how much what it finds counts. */
export interface Variant {
  terms: string[];
  weight: number;
}
/** How much a synonym's wording counts beside the reader's own words: as much, as each is reviewed. */
export const SYNONYM_WEIGHT = 1;
/** How much a search without one of the reader's words counts: Pagefind requires every word, and one word the
 *  brief does not use ("girl sold in Phoenix": it says teenager) would otherwise leave nothing. */
export const LOOSE_WEIGHT = 0.4;

/** How much a wording with misspellings corrected counts: the correction is a guess. */
export const SPELLING_WEIGHT = 0.8;

/**
 * The word of the site's vocabulary a misspelt word most likely means ("traffiking" → "trafficking"), or undefined
 * when the word is known, short, or close to nothing. Pagefind forgives no typos.
 */
export function correction(word: string, vocabulary: ReadonlySet<string>): string | undefined {
  if (word.length < 5 || vocabulary.has(word) || /\d/.test(word)) return undefined;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const known of vocabulary) {
    if (Math.abs(known.length - word.length) > allowed) continue;
    const apart = distance(word, known);
    if (apart < bestDistance) {
      best = known;
      bestDistance = apart;
    }
  }
  return best;
}

/**
 * The queries to send to Pagefind: the reader's own words first, then with misspellings corrected against the
 * site's vocabulary, then each synonym's wording, and with `loose` the reader's words less one at a time. Pages that
 * answer more of them rank higher.
 */
export function queryVariants(
  raw: string,
  synonyms: readonly Synonym[] = [],
  loose = true,
  vocabulary: ReadonlySet<string> = new Set(),
  stopWords: ReadonlySet<string> = STOP_WORDS,
): Variant[] {
  const tokens = replaced(words(raw), synonyms);
  const own = contentWords(tokens, stopWords);
  const variants: Variant[] = [{ terms: own, weight: 1 }];
  const corrected = own.map((word) => correction(word, vocabulary) ?? word);
  if (corrected.some((word, index) => word !== own[index]))
    variants.push({ terms: corrected, weight: SPELLING_WEIGHT });
  const text = ` ${tokens.join(' ')} `;
  const alternatives: Variant[] = [];
  for (const synonym of synonyms) {
    for (const phrase of synonym.when) {
      const wanted = ` ${words(phrase).join(' ')} `;
      if (wanted.trim() === '' || !text.includes(wanted)) continue;
      for (const replacement of synonym.search) {
        alternatives.push({
          terms: contentWords(
            text
              .replace(wanted, ` ${words(replacement).join(' ')} `)
              .trim()
              .split(' '),
            stopWords,
          ),
          weight: synonym.weight ?? SYNONYM_WEIGHT,
        });
      }
    }
  }
  variants.push(...alternatives.slice(0, MAX_VARIANTS - 1));
  if (loose && own.length >= 2 && own.length <= MAX_LOOSENED) {
    own.forEach((_, index) =>
      variants.push({ terms: own.filter((__, other) => other !== index), weight: LOOSE_WEIGHT }),
    );
  }
  const seen = new Set<string>();
  return variants.filter(({ terms }) => {
    const key = terms.join(' ');
    if (terms.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The reader's words with each phrase of a `replaces` synonym put in the site's words. */
function replaced(tokens: string[], synonyms: readonly Synonym[]): string[] {
  let text = ` ${tokens.join(' ')} `;
  for (const synonym of synonyms) {
    if (!synonym.replaces) continue;
    for (const phrase of synonym.when) {
      const wanted = ` ${words(phrase).join(' ')} `;
      if (wanted.trim() !== '' && text.includes(wanted))
        text = text.replace(wanted, ` ${words(synonym.search[0] ?? '').join(' ')} `);
    }
  }
  return text.trim().split(' ').filter(Boolean);
}

const sharedPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
};

/**
 * Whether a word of the page answers a searched term: the same word, or the same stem ("convictions" for
 * "convicted"). Short terms must match whole words, so "is" never lights up "discusses" or "issued", and a
 * word never counts for a fragment of it.
 */
export function wordMatches(word: string, term: string): boolean {
  if (word === term) return true;
  if (term.length <= 3) return word === `${term}s` || word === `${term}es`;
  return sharedPrefix(word, term) >= Math.max(4, term.length - 3);
}

/** The term a word answers, if any: the one it shares the longest start with. */
export function termOf(word: string, terms: readonly string[]): string | undefined {
  let best: string | undefined;
  let length = 0;
  for (const term of terms) {
    if (!wordMatches(word, term)) continue;
    const shared = sharedPrefix(word, term);
    if (shared > length) {
      best = term;
      length = shared;
    }
  }
  return best;
}
