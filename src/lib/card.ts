// Social card images (1200×630 PNG) for code pages, drawn at build time from registry facts only:
// satori lays the card out and turns its text into paths, resvg rasterises the SVG. The font comes
// from an npm package (@fontsource/inter, OFL), so the build needs no network and no system fonts.
// The card is language-neutral (code, registered name, defining RFC), so both languages share it.
import { renderAsync } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface CardInput {
  /** Protocol label as printed, e.g. "SIP". */
  protocol: string;
  code: number;
  /** Registered name, printed exactly. */
  name: string;
  /** e.g. "RFC 3261 §21.4.24" */
  spec: string;
  /** e.g. "4xx Client Failure" */
  classLabel: string;
  site: string;
}

const require = createRequire(`${process.cwd()}/`);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** The card as an SVG string (text already turned into outlines). */
export async function cardSvg(c: CardInput): Promise<string> {
  const long = c.name.length > 28;
  const tree = el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#111418',
      color: '#e6e8eb',
      fontFamily: 'Inter',
    },
    [
      el(
        'div',
        { display: 'flex', fontSize: 34, color: '#8ab4ff', fontWeight: 700 },
        `${c.protocol} · ${c.classLabel}`,
      ),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el(
          'div',
          { display: 'flex', fontSize: 200, fontWeight: 700, lineHeight: 1, letterSpacing: -4 },
          String(c.code),
        ),
        el(
          'div',
          { display: 'flex', fontSize: long ? 58 : 76, fontWeight: 700, lineHeight: 1.15, marginTop: 24 },
          c.name,
        ),
      ]),
      el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#b8bec6' }, [
        el('div', { display: 'flex' }, c.spec),
        el('div', { display: 'flex' }, c.site),
      ]),
    ],
  );
  return satori(tree as never, { ...CARD_SIZE, fonts: loadFonts() });
}

/**
 * The card as PNG bytes. Rasterising runs on libuv's thread pool (renderAsync), so on a machine with
 * two cores it overlaps with the rendering of HTML pages instead of holding it up.
 */
export async function cardPng(c: CardInput): Promise<Uint8Array> {
  const svg = await cardSvg(c);
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: CARD_SIZE.width },
    font: { loadSystemFonts: false },
  });
  return image.asPng();
}
