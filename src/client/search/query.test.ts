import { describe, expect, it } from 'vitest';
import {
  contentWords,
  correction,
  LOOSE_WEIGHT,
  queryVariants,
  STOP_WORDS_ES,
  stopWordsFor,
  SYNONYM_WEIGHT,
  termOf,
  wordMatches,
  words,
} from './query';
import { ALIAS_WEIGHT, glossarySynonyms } from './glossary-synonyms';

describe('contentWords', () => {
  it('drops the small words of a question and single letters', () => {
    expect(contentWords(words('What is the T visa?'))).toEqual(['visa']);
    expect(contentWords(words('how can I help'))).toEqual(['help']);
  });
  it('keeps them when they are the whole query', () => {
    expect(contentWords(words('what is'))).toEqual(['what', 'is']);
    expect(contentWords(words('T'))).toEqual(['t']);
  });
  it('keeps "US", which readers write for the United States, and numbers', () => {
    expect(contentWords(words('victims in the US'))).toEqual(['victims', 'us']);
    expect(contentWords(words('section 230'))).toEqual(['section', '230']);
  });
  it('joins apostrophes as Pagefind does', () => {
    expect(words("the president's plan")).toEqual(['the', 'presidents', 'plan']);
  });
});

describe('contentWords in Spanish', () => {
  it('drops the small words of a Spanish question, accents or not, and keeps the topic', () => {
    expect(contentWords(words('¿Qué es la visa T?'), STOP_WORDS_ES)).toEqual(['visa']);
    expect(contentWords(words('cómo puedo ayudar'), STOP_WORDS_ES)).toEqual(['ayudar']);
    expect(contentWords(words('qué debo hacer si veo trata'), STOP_WORDS_ES)).toEqual(['hacer', 'veo', 'trata']);
  });
  it('keeps "trata" and "personas", which name the topic, and the whole query when it is only small words', () => {
    expect(contentWords(words('la trata de personas'), STOP_WORDS_ES)).toEqual(['trata', 'personas']);
    expect(contentWords(words('qué es'), STOP_WORDS_ES)).toEqual(['que', 'es']);
  });
  it('chooses the list by the page’s language: English words are not Spanish stop words', () => {
    expect(stopWordsFor('es')).toBe(STOP_WORDS_ES);
    expect(contentWords(words('how can I help'), stopWordsFor('es'))).toEqual(['how', 'can', 'help']);
    expect(contentWords(words('qué es la trata'), stopWordsFor('en'))).toEqual(['que', 'es', 'la', 'trata']);
  });
});

describe('queryVariants in Spanish', () => {
  it('matches a synonym on the reader’s own words, even when they are stop words, then searches the topic', () => {
    const synonyms = [{ when: ['cuantas', 'numero de'], search: ['cifras'] }];
    const variants = queryVariants('¿Cuántas víctimas hay?', synonyms, true, new Set(), STOP_WORDS_ES);
    expect(variants.map((variant) => variant.terms.join(' '))).toEqual(['victimas', 'cifras victimas']);
  });
});

describe('queryVariants with a synonym that replaces the reader’s phrase', () => {
  const synonyms = [{ when: ['phone number', 'hotline number'], search: ['hotline'], replaces: true }];
  it('searches the site’s word in place of the phrase, so "number" never finds the statistics', () => {
    const variants = queryVariants('human trafficking hotline number', synonyms);
    expect(variants[0]).toEqual({ terms: ['human', 'trafficking', 'hotline'], weight: 1 });
    expect(variants.some((variant) => variant.terms.includes('number'))).toBe(false);
  });
  it('leaves a query without the phrase alone', () => {
    expect(queryVariants('numbers of victims', synonyms)[0]!.terms).toEqual(['numbers', 'victims']);
  });
});

describe('queryVariants', () => {
  const synonyms = [
    { when: ['red flags', 'warning signs'], search: ['signs', 'indicators'] },
    { when: ['hotline number'], search: ['hotline'] },
  ];
  const terms = (raw: string) => queryVariants(raw, synonyms).map((variant) => variant.terms.join(' '));
  it('adds each synonym as a wording of its own, after the reader’s words, then the words less one', () => {
    expect(terms('red flags')).toEqual(['red flags', 'signs', 'indicators', 'flags', 'red']);
    expect(queryVariants('red flags', synonyms).map((variant) => variant.weight)).toEqual([
      1,
      SYNONYM_WEIGHT,
      SYNONYM_WEIGHT,
      LOOSE_WEIGHT,
      LOOSE_WEIGHT,
    ]);
  });
  it('replaces only the phrase and keeps the rest of the question', () => {
    expect(terms('what is the human trafficking hotline number').slice(0, 2)).toEqual([
      'human trafficking hotline number',
      'human trafficking hotline',
    ]);
  });
  it('matches whole words only', () => {
    expect(terms('shred flagstones')).toEqual(['shred flagstones', 'flagstones', 'shred']);
  });
  it('searches a single word once', () => {
    expect(terms('Palermo')).toEqual(['palermo']);
  });
});

describe('wordMatches', () => {
  it('never counts a short term inside a longer word', () => {
    expect(wordMatches('discusses', 'is')).toBe(false);
    expect(wordMatches('issued', 'is')).toBe(false);
    expect(wordMatches('visas', 'visa')).toBe(true);
    expect(wordMatches('says', 'say')).toBe(true);
  });
  it('accepts other forms of a longer term', () => {
    expect(wordMatches('convictions', 'convicted')).toBe(true);
    expect(wordMatches('traffickers', 'trafficked')).toBe(true);
    expect(termOf('smuggled', ['trafficking', 'smuggling'])).toBe('smuggling');
  });
});

describe('glossarySynonyms', () => {
  it('leads an abbreviation to the term as fully as the reader’s own words, and an alias at less weight', () => {
    expect(
      glossarySynonyms([{ term: 'Trafficking Victims Protection Act (TVPA)', aliases: ['Public Law 106-386'] }]),
    ).toEqual([
      { when: ['TVPA'], search: ['Trafficking Victims Protection Act'] },
      { when: ['Public Law 106-386'], search: ['Trafficking Victims Protection Act'], weight: ALIAS_WEIGHT },
    ]);
    expect(glossarySynonyms([{ term: 'Nordic model', aliases: [] }])).toEqual([]);
  });
});

describe('correction', () => {
  const vocabulary = new Set(['trafficking', 'smuggling', 'protocol', 'palermo', 'victims']);
  it('corrects a misspelt word to the closest word the site uses', () => {
    expect(correction('traffiking', vocabulary)).toBe('trafficking');
    expect(correction('smugglng', vocabulary)).toBe('smuggling');
    expect(correction('protcol', vocabulary)).toBe('protocol');
  });
  it('leaves known, short and faraway words alone', () => {
    expect(correction('victims', vocabulary)).toBeUndefined();
    expect(correction('vism', vocabulary)).toBeUndefined();
    expect(correction('zebras', vocabulary)).toBeUndefined();
  });
  it('adds the corrected wording after the reader’s own', () => {
    expect(
      queryVariants('traffiking statistics', [], false, vocabulary).map((variant) => variant.terms.join(' ')),
    ).toEqual(['traffiking statistics', 'trafficking statistics']);
  });
});
