// Text measurement without a browser. Charts are laid out at build time, so label widths are estimated
// from glyph widths of the widest font the UI stack meets in practice (DejaVu Sans, which system-ui
// resolves to on many Linux machines); Roboto, San Francisco and Segoe UI are narrower. A label estimated
// a little too wide only gets a little more room.

/** Advance widths in em for a regular weight; anything not listed counts as an average lowercase letter. */
const WIDTHS: Record<string, number> = {
  ' ': 0.32,
  '.': 0.32,
  ',': 0.32,
  ':': 0.34,
  ';': 0.34,
  "'": 0.28,
  '’': 0.28,
  '"': 0.46,
  '(': 0.39,
  ')': 0.39,
  '-': 0.36,
  '–': 0.5,
  '—': 1,
  '/': 0.34,
  '%': 0.95,
  $: 0.64,
  i: 0.28,
  j: 0.28,
  l: 0.28,
  f: 0.36,
  t: 0.4,
  r: 0.42,
  m: 0.98,
  w: 0.82,
  I: 0.3,
  J: 0.3,
  M: 0.86,
  W: 0.99,
};
const DIGIT = 0.64;
const LOWER = 0.6;
const UPPER = 0.72;
/** Bold glyphs are wider; the margin rounds every estimate up a little. */
const BOLD = 1.1;
const MARGIN = 1.04;

/** Estimated width of `text` at `size` user units. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    em += WIDTHS[char] ?? (/\d/.test(char) ? DIGIT : /[A-Z]/.test(char) ? UPPER : LOWER);
  }
  return em * size * (bold ? BOLD : 1) * MARGIN;
}

/** Breaks `text` into lines no wider than `maxWidth`; a single word longer than that gets a line of its own. */
export function wrap(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Rounds a coordinate to one decimal: enough for a crisp chart, and the SVG stays short and stable. */
export const round = (value: number) => Math.round(value * 10) / 10;
