// The site's colours are written once, as custom properties in global.css (the stylesheet every page
// inlines). What needs a colour outside the stylesheet (the browser's theme-color, the link-preview images,
// the contrast test) reads it from there at build time, so a new shade is a one-line change.
import css from './global.css?raw';

export type Palette = Record<string, string>;

/** The colour custom properties (`--name: #rrggbb`) of a block of CSS, by name. */
export const colours = (block: string): Palette =>
  Object.fromEntries(
    [...block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{3,8})\b/gi)].map((match) => [match[1]!, match[2]!.toLowerCase()]),
  );

// The dark scheme applies on screens only: on paper every colour keeps its light value (print.css then
// whitens the page), so a reader whose system is dark still prints dark marks on white.
const DARK = '@media screen and (prefers-color-scheme: dark)';

/** The light palette (`:root`) and the dark one (light values overridden by the dark block), from a stylesheet's text. */
export function paletteOf(stylesheet: string): { light: Palette; dark: Palette } {
  const root = stylesheet.indexOf(':root {');
  const dark = stylesheet.indexOf(DARK);
  if (root < 0 || dark < root)
    throw new Error(`global.css must define the light colours in :root { … }, then the dark ones in ${DARK} { … }`);
  const darkBlock = stylesheet.slice(
    dark,
    stylesheet.indexOf('}', stylesheet.indexOf('{', stylesheet.indexOf(':root', dark))),
  );
  const light = colours(stylesheet.slice(root, dark));
  return { light, dark: { ...light, ...colours(darkBlock) } };
}

export const palette = paletteOf(css);

/** One colour of a palette; a name global.css does not define fails the build instead of printing "undefined". */
export function colour(scheme: Palette, name: string): string {
  const value = scheme[name];
  if (!value) throw new Error(`src/styles/global.css defines no colour --${name}`);
  return value;
}
