// Draws the app icons (a vial on the theme colour) into public/ with no image library and no download:
// `npx tsx scripts/make-icons.ts`. Writes favicon.svg and the PNGs the web app manifest lists. The
// output is deterministic, so re-running it gives byte-identical files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

type Rgb = readonly [number, number, number];
const background: Rgb = [0x0b, 0x4f, 0x6c]; // theme colour (index.html theme-color)
const glass: Rgb = [0xff, 0xff, 0xff];
const liquid: Rgb = [0x7f, 0xd1, 0xe8];
const cap: Rgb = [0xf2, 0xb1, 0x34];

/** A shape in a 100 × 100 design box; `r` rounds its corners. */
interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly r: number;
  readonly fill: Rgb;
}

// The vial, drawn back to front, inside the central 80 % (the maskable safe zone).
const vial: readonly Rect[] = [
  { x: 39, y: 16, w: 22, h: 10, r: 2, fill: cap },
  { x: 42, y: 26, w: 16, h: 8, r: 0, fill: glass },
  { x: 32, y: 34, w: 36, h: 50, r: 7, fill: glass },
  { x: 36, y: 56, w: 28, h: 24, r: 4, fill: liquid },
];

function inside(rect: Rect, x: number, y: number): boolean {
  if (x < rect.x || x > rect.x + rect.w || y < rect.y || y > rect.y + rect.h) return false;
  const cx = Math.min(Math.max(x, rect.x + rect.r), rect.x + rect.w - rect.r);
  const cy = Math.min(Math.max(y, rect.y + rect.r), rect.y + rect.h - rect.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= rect.r ** 2;
}

/** Colour at a point of the 100-unit design; `rounded` gives the icon a rounded-square outline. */
function colourAt(x: number, y: number, rounded: boolean): Rgb | null {
  if (rounded && !inside({ x: 0, y: 0, w: 100, h: 100, r: 18, fill: background }, x, y)) return null;
  let colour: Rgb = background;
  for (const rect of vial) if (inside(rect, x, y)) colour = rect.fill;
  return colour;
}

/** RGBA pixels, 4 × 4 supersampled for smooth edges. */
function render(size: number, rounded: boolean): Buffer {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt(
            ((px + (sx + 0.5) / samples) * 100) / size,
            ((py + (sy + 0.5) / samples) * 100) / size,
            rounded,
          );
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const at = (py * size + px) * 4;
      pixels[at] = a ? Math.round(r / a) : 0;
      pixels[at + 1] = a ? Math.round(g / a) : 0;
      pixels[at + 2] = a ? Math.round(b / a) : 0;
      pixels[at + 3] = Math.round((255 * a) / samples ** 2);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A minimal PNG: 8-bit RGBA, no interlace, filter 0 on every row. */
function png(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function hex(c: Rgb): string {
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function svg(): string {
  const shapes = vial
    .map(
      (s) => `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${hex(s.fill)}"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><title>J9207 calculator</title><rect width="100" height="100" rx="18" fill="${hex(background)}"/>${shapes}</svg>\n`;
}

function write(file: string, data: Buffer | string): void {
  const path = join(publicDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  console.log(`wrote public/${file}`);
}

write('favicon.svg', svg());
for (const size of [192, 512]) write(`icons/icon-${size}.png`, png(size, render(size, true)));
// Maskable: full bleed (the platform applies its own mask); the vial sits inside the safe zone.
write('icons/maskable-512.png', png(512, render(512, false)));
// iOS home screen: opaque, iOS rounds the corners itself.
write('icons/apple-touch-icon-180.png', png(180, render(180, false)));
