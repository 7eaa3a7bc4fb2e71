import { describe, expect, it } from 'vitest';
import { passageScore, rankPassages, TITLE_WEIGHT, titleTerms } from './rank';

// Pagefind's locations index the page's words split on white space.
const at = (location: number, weight = 1) => ({ weight, balanced_score: 1, location });

describe('passageScore', () => {
  const pageWords =
    'Indicators Indicators Indicators Indicators Indicators Indicators of human trafficking. Recognizing indicators of human trafficking'.split(
      ' ',
    );
  it('lets a source list that repeats a title many times at low weight lose to a passage that answers once', () => {
    // A source list naming "Indicators of Human Trafficking" twenty times: words 0-59 at weight 0.2.
    const listWords = Array.from({ length: 20 }, () => ['Indicators', 'Human', 'Trafficking']).flat();
    const sources = { weighted_locations: listWords.map((_, location) => at(location, 0.2)) };
    const answer = { weighted_locations: [at(60), at(61), at(62)] };
    const words = [...listWords, 'indicators', 'human', 'trafficking'];
    const terms = ['indicators', 'human', 'trafficking'];
    expect(passageScore(answer, words, terms)).toBeGreaterThan(passageScore(sources, words, terms));
  });
  it('counts coverage by rarity: the one rare word of a query matters more than two common ones', () => {
    const rare = new Map([
      ['indicators', 3],
      ['human', 0.2],
      ['trafficking', 0.2],
    ]);
    const rareOnly = { weighted_locations: [at(10)] };
    const commonOnly = { weighted_locations: [at(12), at(13)] };
    const terms = ['indicators', 'human', 'trafficking'];
    expect(passageScore(rareOnly, pageWords, terms, rare)).toBeGreaterThan(
      passageScore(commonOnly, pageWords, terms, rare),
    );
  });
});

describe('rankPassages', () => {
  // "The federal government" page: its top names the government in its title; a later section answers the question.
  const pageWords =
    'The federal government. Survivors advise officials. Survivors’ voices in federal policy: survivors advise the council'.split(
      ' ',
    );
  const top = {
    title: 'The federal government',
    url: '/fg/',
    excerpt: '',
    weighted_locations: [at(2, TITLE_WEIGHT), at(3), at(4)],
  };
  const voices = {
    title: 'Survivors’ voices in federal policy',
    url: '/fg/#voices',
    excerpt: '',
    weighted_locations: [at(6, 6), at(11), at(12)],
  };
  const terms = ['survivors', 'advise', 'government'];
  it('counts the words of a title that answers part of the query as context of every passage, not as the top’s weight', () => {
    const context = titleTerms('The federal government', terms);
    expect([...context]).toEqual(['government']);
    expect(rankPassages([top, voices], pageWords, terms, new Map(), context).map(({ passage }) => passage.url)).toEqual(
      ['/fg/#voices', '/fg/'],
    );
  });
  it('keeps the top first when the title answers the whole query', () => {
    const whole = ['government'];
    const context = titleTerms('The federal government', whole);
    expect(rankPassages([top, voices], pageWords, whole, new Map(), context)[0]!.passage.url).toBe('/fg/');
  });
});
