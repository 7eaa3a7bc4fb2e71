// Facts about the site itself, used by the head, header and footer.
export const site = {
  name: 'Policy Briefs',
  tagline: 'Plain-language policy briefs for community discussion circles',
  lang: 'en',
};

// The National Human Trafficking Hotline, shown on every page.
export const hotline = {
  name: 'National Human Trafficking Hotline',
  phone: '1-888-373-7888',
  phoneHref: 'tel:+18883737888',
  text: '233733',
  textHref: 'sms:233733',
  tty: '711',
  url: 'https://humantraffickinghotline.org/',
};

// Where "Exit this page" goes: a neutral public page that draws no attention in a browser's history.
export const exitUrl = 'https://www.weather.gov/';
