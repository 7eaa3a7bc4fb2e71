// Gives every body cell of a table the text of its column's header as data-label, so a narrow screen can
// show each row as a small card ("What the law requires: …") instead of squeezing three text columns into
// 320 px. The table keeps its real headers for screen readers and wide screens. It works on the HTML the
// MDX of a table renders to (Astro 7's Markdown engine runs no rehype plugins): simple tables, no nesting.
const strip = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function labelCells(html: string): string {
  const head = html.match(/<thead[\s\S]*?<\/thead>/)?.[0];
  if (!head) return html;
  const labels = [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((match) => strip(match[1] ?? ''));
  return html.replace(/<tbody[\s\S]*?<\/tbody>/g, (body) =>
    body.replace(/<tr\b[\s\S]*?<\/tr>/g, (row) => {
      let column = 0;
      return row.replace(/<td\b/g, (cell) => {
        const label = labels[column++];
        return label ? `${cell} data-label="${attribute(label)}"` : cell;
      });
    }),
  );
}
