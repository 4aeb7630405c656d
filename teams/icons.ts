import { PNG } from 'pngjs';

/**
 * The two icons Teams asks for, drawn in code so they can be rebuilt in any brand colour:
 * a 192×192 colour icon (white speech bubble on the accent colour) and a 32×32 outline icon
 * (white bubble outline on a transparent background).
 */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

type Rgb = readonly [number, number, number];

/** True where a speech bubble (rounded body and a tail at the bottom left) covers the pixel, in unit coordinates. */
function inBubble(x: number, y: number, inset: number): boolean {
  const [left, top, right, bottom, radius] = [0.18 + inset, 0.2 + inset, 0.82 - inset, 0.68 - inset, 0.12];
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  const inBody = x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  // The tail: a triangle under the body's left side.
  const inTail = y > bottom - 0.01 && y < 0.84 - inset * 1.5 && x > 0.3 + inset && x < 0.3 + inset + (0.84 - inset * 1.5 - y) * 0.9;
  return inBody || inTail;
}

function draw(size: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const [r, g, b, a] = pixel((px + 0.5) / size, (py + 0.5) / size);
      const i = (py * size + px) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

export function colorIcon(accent: Rgb): Buffer {
  return draw(COLOR_ICON_SIZE, (x, y) => (inBubble(x, y, 0) ? [255, 255, 255, 255] : [...accent, 255]));
}

export function outlineIcon(): Buffer {
  const stroke = 2.2 / OUTLINE_ICON_SIZE;
  return draw(OUTLINE_ICON_SIZE, (x, y) => (inBubble(x, y, 0) && !inBubble(x, y, stroke) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
}
