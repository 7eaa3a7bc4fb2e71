// Link-preview images (Open Graph), drawn at build time: satori lays out text as SVG paths with a
// font file read from node_modules, and sharp turns the SVG into a PNG. Nothing is fetched.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { colour, palette } from '../styles/palette';

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
}
const box = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

export interface Preview {
  kicker: string;
  title: string;
  footer: string;
}

export async function renderPreview({ kicker, title, footer }: Preview): Promise<Buffer> {
  // The light scheme's page, text and accent, as a reader sees the site by default.
  const [bg, fg, soft, accent] = [
    colour(palette.light, 'bg'),
    colour(palette.light, 'fg'),
    colour(palette.light, 'fg-soft'),
    colour(palette.light, 'accent'),
  ];
  // The padding sits on an inner box that grows to fill the frame: the root's size must stay exactly 1200×630.
  const tree = box(
    {
      width: 1200,
      height: 630,
      flexDirection: 'column',
      background: bg,
      color: fg,
      fontFamily: 'Inter',
      borderTop: `18px solid ${accent}`,
    },
    box(
      { flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '64px 80px' },
      box(
        { flexDirection: 'column' },
        box({ fontSize: 34, color: soft }, kicker),
        box({ fontSize: title.length > 40 ? 68 : 84, fontWeight: 700, lineHeight: 1.08, marginTop: 24 }, title),
      ),
      box({ fontSize: 30, color: soft }, footer),
    ),
  );
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts: await loadFonts(),
  });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
