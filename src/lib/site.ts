// Facts about the site itself, used by the head, header and footer.
export const site = {
  name: 'Policy Briefs',
  tagline: 'Plain-language policy briefs for community discussion circles',
  lang: 'en',
};

// Where "Exit this page" goes: a neutral public page that draws no attention in a browser's history.
export const exitUrl = 'https://www.weather.gov/';
