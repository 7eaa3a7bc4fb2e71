// The pages that go with a brief besides its sections, for the brief's landing page and the footer.
// Each appears only when its content exists, so a new brief without a glossary shows no dead link.
import {
  correctionsPath,
  figuresPath,
  fullBriefPath,
  glossaryPath,
  guidePath,
  sectionPath,
  timelinePath,
} from './urls';
import { sectionSlug, type LoadedBrief } from '../content-loaders/briefs';
import { guideFor } from '../content-loaders/guides';
import { loadGlossaries } from '../content-loaders/glossary';
import { loadTimelines } from '../content-loaders/timeline';
import { figuresOf } from '../figures/usage';
import { loadCorrections } from '../content-loaders/corrections';

export interface BriefPageLink {
  label: string;
  path: string;
  /** One line on what the reader finds there. */
  description: string;
  /** Companion pages: listed on the brief's page, left out of the footer every page carries. */
  companion?: boolean;
}

/**
 * Each section's short title by its file name, for the links to a section that the glossary, the timeline
 * and the discussion guide print beside an entry ("Discussed in History").
 */
export const sectionShortTitles = (brief: LoadedBrief): Map<string, string> =>
  new Map(brief.sections.map((section) => [sectionSlug(section), section.data.shortTitle]));

export async function briefPageLinks(brief: LoadedBrief): Promise<BriefPageLink[]> {
  const has = async <T extends { brief: LoadedBrief }>(load: () => Promise<T[]>) =>
    (await load()).some((entry) => entry.brief.id === brief.id);
  const links: BriefPageLink[] = [
    {
      label: 'The whole brief on one page',
      path: fullBriefPath(brief.id),
      description: 'Every section in order, for reading straight through or printing.',
    },
  ];
  if (await guideFor(brief.id))
    links.push({
      label: 'Discussion guide',
      path: guidePath(brief.id),
      description: 'An agenda, agreements and questions for a 60 or 90 minute conversation.',
    });
  const figures = figuresOf(brief).length;
  if (figures > 0)
    links.push({
      label: 'Figures',
      path: figuresPath(brief.id),
      description: `All ${figures} charts, each with its sources and its data as a table and a file.`,
    });
  if (await has(loadTimelines))
    links.push({
      label: 'Timeline',
      path: timelinePath(brief.id),
      description: 'How the law and policy developed, milestone by milestone.',
    });
  if (await has(loadGlossaries))
    links.push({
      label: 'Glossary',
      path: glossaryPath(brief.id),
      description: 'The laws, programs and terms of art, in plain words.',
    });
  const corrections = (await loadCorrections()).find((entry) => entry.brief.id === brief.id)?.corrections.length ?? 0;
  if (corrections > 0)
    links.push({
      label: 'Corrections',
      path: correctionsPath(brief.id),
      description: `The ${corrections} places where this brief corrects the earlier brief it grew out of, with the sources.`,
    });
  for (const page of brief.pages)
    links.push({
      label: page.data.title,
      path: sectionPath(brief.id, sectionSlug(page)),
      description: page.data.summary,
      companion: true,
    });
  return links;
}
