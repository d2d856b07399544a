import { deflateSync } from 'node:zlib';

/** Colours of the demo images: sky to ground, in the palette of wind and sun. */
const PALETTES: [number, number, number][][] = [
  [
    [37, 99, 235],
    [147, 197, 253],
    [21, 128, 61],
  ],
  [
    [14, 116, 144],
    [165, 243, 252],
    [30, 64, 175],
  ],
  [
    [234, 88, 12],
    [253, 224, 71],
    [120, 53, 15],
  ],
  [
    [15, 23, 42],
    [99, 102, 241],
    [34, 197, 94],
  ],
  [
    [219, 39, 119],
    [251, 207, 232],
    [71, 85, 105],
  ],
  [
    [202, 138, 4],
    [254, 240, 138],
    [22, 101, 52],
  ],
];

const WIDTH = 320;
const HEIGHT = 180;

/** A small real PNG (a landscape with a wind turbine), so mentions show pictures without the internet. */
export function demoImage(number: number): Buffer | null {
  const palette = PALETTES[number - 1];
  if (!palette) return null;
  const [top, middle, ground] = palette;
  const rows: Buffer[] = [];
  for (let y = 0; y < HEIGHT; y++) {
    const row = Buffer.alloc(1 + WIDTH * 3);
    for (let x = 0; x < WIDTH; x++) {
      const horizon = 130 + Math.round(8 * Math.sin((x + number * 40) / 45));
      let colour: [number, number, number];
      if (y >= horizon) colour = ground!;
      else colour = mix(top!, middle!, y / horizon);
      // A turbine: a mast and three blades around a hub.
      const hubX = 90 + number * 25;
      const hubY = 60;
      const mast = Math.abs(x - hubX) <= 2 && y > hubY && y < horizon;
      const dx = x - hubX;
      const dy = y - hubY;
      const radius = Math.hypot(dx, dy);
      const angle = (Math.atan2(dy, dx) + number) % ((2 * Math.PI) / 3);
      const blade = radius < 42 && Math.abs(angle) < 0.08;
      if (mast || blade || radius < 4) colour = [248, 250, 252];
      row.set(colour, 1 + x * 3);
    }
    rows.push(row);
  }
  return png(WIDTH, HEIGHT, Buffer.concat(rows));
}

function mix(
  a: [number, number, number],
  b: [number, number, number],
  share: number,
): [number, number, number] {
  return [0, 1, 2].map((index) =>
    Math.round(a[index]! + (b[index]! - a[index]!) * share),
  ) as [number, number, number];
}

function png(width: number, height: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
