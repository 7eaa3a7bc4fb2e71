import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBriefs } from '../../content-loaders/briefs';
import { loadGuides } from '../../content-loaders/guides';
import { briefName, briefNames } from '../../i18n/addresses.mjs';
import { locales, t } from '../../i18n';
import { renderPreview, type Preview } from '../../lib/preview-image';
import { previewImageName } from '../../lib/preview-names';

// One preview image for the site, one per brief (shared by its pages) and one per discussion guide, in each
// language: English keeps its published names (og/site.png); another language's carry its code
// (og/site-es.png), and its pages' head tags point there (src/components/Head.astro).
export const getStaticPaths: GetStaticPaths = async () => {
  const briefs = await loadBriefs();
  const guides = await loadGuides();
  const previews = locales.flatMap((locale): { image: string; preview: Preview }[] => {
    const words = t(locale);
    const site = words('site.name');
    const english = locale === 'en';
    const briefTitle = (id: string, title: string) => (english ? title : briefName(locale, id).title);
    // A brief has pages in another language only once it has a name there (src/i18n/addresses.mjs).
    const named = (id: string) => english || briefNames[id]?.[locale] !== undefined;
    return [
      {
        image: previewImageName(locale, 'site'),
        preview: { kicker: site, title: words('og.siteTagline'), footer: words('og.siteFooter') },
      },
      ...briefs
        .filter((brief) => named(brief.id))
        .map((brief) => ({
          image: previewImageName(locale, brief.id),
          preview: {
            kicker: english ? brief.entry.data.series : words('og.siteTagline'),
            title: briefTitle(brief.id, brief.entry.data.title),
            footer: words('og.briefFooter', { count: brief.sections.length, site }),
          },
        })),
      ...guides
        .filter(({ brief }) => named(brief.id))
        .map(({ brief, guide }) => ({
          image: previewImageName(locale, `${brief.id}-guide`),
          preview: {
            kicker: words('og.guideKicker', { title: briefTitle(brief.id, brief.entry.data.title) }),
            // The guide's own title is English; another language names the guide by the header's word for it.
            title: english ? guide.data.title.replace(/^Discussion guide:\s*/i, '') : words('header.guide'),
            footer: words('og.guideFooter', { site }),
          },
        })),
    ];
  });
  return previews.map(({ image, preview }) => ({ params: { image }, props: { preview } }));
};

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPreview((props as { preview: Preview }).preview);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
