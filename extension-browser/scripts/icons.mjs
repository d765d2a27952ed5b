// Draws the toolbar icon (a speech bubble with a check mark) as PNG at any size, without
// image tools: the build writes icons/icon-<size>.png from this.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Coverage (0..1) of the icon shape at a point in unit coordinates, 4×4 supersampled. */
function shade(size, px, py) {
  let bubble = 0;
  let mark = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const x = (px + (sx + 0.5) / 4) / size;
      const y = (py + (sy + 0.5) / 4) / size;
      const inBody = roundedRect(x, y, 0.06, 0.08, 0.94, 0.74, 0.16);
      const inTail = y > 0.7 && y < 0.94 && x > 0.22 && x < 0.46 && x - 0.22 < (0.94 - y) * 1.0;
      if (inBody || inTail) bubble++;
      if (inBody && nearCheck(x, y)) mark++;
    }
  }
  return { bubble: bubble / 16, mark: mark / 16 };
}

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function distanceToSegment(x, y, ax, ay, bx, by) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function nearCheck(x, y) {
  const w = 0.065;
  return (
    distanceToSegment(x, y, 0.28, 0.42, 0.44, 0.57) < w ||
    distanceToSegment(x, y, 0.44, 0.57, 0.72, 0.26) < w
  );
}

export function iconPng(size) {
  const teal = [15, 118, 110];
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const { bubble, mark } = shade(size, x, y);
      const color = teal.map((c) => Math.round(c + (255 - c) * mark));
      row.set([...color, Math.round(255 * bubble)], 1 + x * 4);
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
