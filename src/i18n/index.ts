// The site's languages and their interface words. English is the default and lives at the site's root;
// every other language lives under /<locale>/ (Astro's i18n routing, astro.config.mjs).
import { en, type Dictionary, type Key } from './en';
import { es } from './es';
import { siteLocales } from './addresses.mjs';
import { fill } from './fill';

export const locales = siteLocales;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';
export type { Dictionary, Key };

export const dictionaries: Record<Locale, Dictionary> = { en, es };

/** The language a site path ("es/…", "human-trafficking/…") is written in. */
export function localeOfPath(sitePath: string): Locale {
  const first = sitePath.replace(/^\//, '').split('/')[0];
  return locales.find((locale) => locale !== defaultLocale && locale === first) ?? defaultLocale;
}

/** The words of one language: t('es')('section.kicker', { order: 3, total: 16 }). */
export function t(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: Key, values: Record<string, string | number> = {}) => fill(dictionary[key], values);
}

/** The language Astro says a page is in (Astro.currentLocale), English when it says none. */
export const localeOf = (astroLocale: string | undefined): Locale =>
  locales.find((locale) => locale === astroLocale) ?? defaultLocale;
