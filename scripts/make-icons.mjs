// Draws the add-in icons (assets/icon-{16,32,64,80}.png): a green rounded square with a white
// percent mark, the product's subject (占比 / 增长率).
//
// No image tools are installed on build machines, so the PNG is written by hand: RGBA,
// filter 0, zlib from Node. The output is deterministic (same bytes on every run), so the
// committed icons can be checked by re-running `node scripts/make-icons.mjs` and `git diff`.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80];
const GREEN = [0x1e, 0x7b, 0x4f];
const WHITE = [0xff, 0xff, 0xff];
// Subsamples per axis: edges are anti-aliased by coverage, which keeps 16 px legible.
const SS = 4;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1, y down), each a predicate on a point.
function inRoundedSquare(x, y) {
  const r = 0.2;
  const m = 0.02;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= 1 - m && y >= m && y <= 1 - m;
}

function inRing(x, y, cx, cy, outer, inner) {
  const d2 = (x - cx) ** 2 + (y - cy) ** 2;
  return d2 <= outer * outer && d2 >= inner * inner;
}

function inSlash(x, y) {
  // Segment from (0.70, 0.22) to (0.30, 0.78), half-width 0.055.
  const ax = 0.7,
    ay = 0.22,
    bx = 0.3,
    by = 0.78,
    hw = 0.055;
  const vx = bx - ax,
    vy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= hw * hw;
}

function inPercent(x, y) {
  return (
    inSlash(x, y) || inRing(x, y, 0.33, 0.32, 0.12, 0.055) || inRing(x, y, 0.67, 0.68, 0.12, 0.055)
  );
}

export function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (!inRoundedSquare(x, y)) continue;
          if (inPercent(x, y)) fg++;
          else bg++;
        }
      }
      const n = SS * SS;
      const alpha = (bg + fg) / n;
      const o = (py * size + px) * 4;
      if (alpha === 0) continue;
      const w = fg / (bg + fg);
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(GREEN[c] * (1 - w) + WHITE[c] * w);
      rgba[o + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    const png = drawIcon(size);
    writeFileSync(file, png);
    console.log(`${file} ${size}x${size} ${png.length} bytes`);
  }
}
