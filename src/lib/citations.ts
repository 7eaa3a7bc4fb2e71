// Gives every inline citation its own anchor once the text is rendered, so each source in the list can
// link back to each place it is cited. Cite.astro marks its link with data-cite="<source id>"; the
// marker becomes id="cite-<prefix><source number>-<n>", n counting that source's citations in reading
// order. Short numeric anchors keep the section pages inside their byte budget.

export function numberCitations(
  html: string,
  numberOf: (sourceId: string) => number | undefined,
  prefix = '',
): { html: string; anchors: Record<string, string[]> } {
  const anchors: Record<string, string[]> = {};
  const numbered = html.replace(/\bdata-cite="([^"]+)"/g, (_marker, id: string) => {
    const list = (anchors[id] ??= []);
    // A source of another section (never the case today) keeps a unique anchor by its id.
    const anchor = `cite-${prefix}${numberOf(id) ?? id}-${list.length + 1}`;
    list.push(anchor);
    return `id="${anchor}"`;
  });
  return { html: numbered, anchors };
}
