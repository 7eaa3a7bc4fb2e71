// Facts about the site itself, used by the head, header and footer. The name in each language is in the
// interface dictionaries (src/i18n/).
import { en } from '../i18n/en';

export const site = {
  name: en['site.name'],
  tagline: 'Plain-language policy briefs for community discussion circles',
};

// Where "Exit this page" goes: a neutral public page that draws no attention in a browser's history.
export const exitUrl = 'https://www.weather.gov/';
