// Draws the toolbar icons (two facing half-discs: two sides of one story) as PNGs.
// Run once after changing the design: node scripts/make-icons.mjs. The PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const LEFT = [0x1f, 0x5f, 0x8b]; // blue: one side
const RIGHT = [0xd9, 0x6a, 0x2b]; // orange: the other side
const SUPERSAMPLE = 4;

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Colour of one subpixel sample, or null where the icon is transparent. */
function sample(x, y) {
  const gap = 0.06;
  const radius = 0.44;
  const dy = y - 0.5;
  if (x < 0.5 - gap / 2) {
    const dx = x - (0.5 - gap / 2);
    return dx * dx + dy * dy <= radius * radius ? LEFT : null;
  }
  if (x > 0.5 + gap / 2) {
    const dx = x - (0.5 + gap / 2);
    return dx * dx + dy * dy <= radius * radius ? RIGHT : null;
  }
  return null;
}

function drawIcon(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, hits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = sample((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; hits++; }
        }
      }
      const offset = 1 + px * 4;
      if (hits) row.set([Math.round(r / hits), Math.round(g / hits), Math.round(b / hits), Math.round((255 * hits) / SUPERSAMPLE ** 2)], offset);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../src/assets/icons/icon-${size}.png`, import.meta.url), drawIcon(size));
console.log(`wrote ${SIZES.length} icons to src/assets/icons/`);
