// Reads an 8-bit PNG (what `pdftoppm -png` writes: RGB, or gray) into one gray value per pixel, so a
// test can tell a rendered page from a blank one without an image library.
import { inflateSync } from 'node:zlib';

export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 }; // PNG colour type -> bytes per pixel

export function readGrayPng(png: Buffer): Gray {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let bpp = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bpp = CHANNELS[data[9]!] ?? 0;
      if (data[8] !== 8 || !bpp || data[12] !== 0) throw new Error('not an 8-bit, non-interlaced, unpaletted PNG');
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const bytes = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? bytes[y * stride + x - bpp]! : 0;
      const b = y ? bytes[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y ? bytes[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      bytes[y * stride + x] = (v + [0, a, b, (a + b) >> 1, paeth][filter]!) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    const o = i * bpp;
    pixels[i] = bpp >= 3 ? Math.round(0.299 * bytes[o]! + 0.587 * bytes[o + 1]! + 0.114 * bytes[o + 2]!) : bytes[o]!;
  }
  return { width, height, pixels };
}
