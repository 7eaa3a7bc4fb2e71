import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBriefs } from '../../content-loaders/briefs';
import { loadGuides } from '../../content-loaders/guides';
import { renderPreview, type Preview } from '../../lib/preview-image';
import { site } from '../../lib/site';

// One preview image for the site, one per brief (shared by its sections) and one per discussion guide.
export const getStaticPaths: GetStaticPaths = async () => {
  const briefs = await loadBriefs();
  const guides = await loadGuides();
  const previews: { image: string; preview: Preview }[] = [
    {
      image: 'site',
      preview: { kicker: site.name, title: site.tagline, footer: 'Sourced, private, readable on any phone' },
    },
    ...briefs.map((brief) => ({
      image: brief.id,
      preview: {
        kicker: brief.entry.data.series,
        title: brief.entry.data.title,
        footer: `A policy brief in ${brief.sections.length} sections · ${site.name}`,
      },
    })),
    ...guides.map(({ brief, guide }) => ({
      image: `${brief.id}-guide`,
      preview: {
        kicker: `Discussion guide · ${brief.entry.data.title}`,
        title: guide.data.title.replace(/^Discussion guide:\s*/i, ''),
        footer: `Questions for a 60–90 minute circle · ${site.name}`,
      },
    })),
  ];
  return previews.map(({ image, preview }) => ({ params: { image }, props: { preview } }));
};

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPreview((props as { preview: Preview }).preview);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
