/**
 * Draws the app's two Teams icons into manifest/: color.png (192×192, the glyph on the accent colour) and
 * outline.png (32×32, white glyph on transparent). Run `npx tsx scripts/make-icons.ts` after changing the
 * glyph or the manifest's accentColor; the PNGs are committed so packaging needs no drawing step.
 *
 * The glyph is a speech bubble with a check mark, described as signed distance functions in a unit box so
 * both sizes come from one drawing; edges are antialiased by supersampling.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

interface Point {
  x: number;
  y: number;
}

const manifestDir = join(__dirname, '..', 'manifest');

/** Samples per pixel along each axis; 4×4 gives smooth edges at 32 px without visible blur. */
const SUPERSAMPLING = 4;

// The glyph in a unit box (y grows downwards): a rounded bubble on top, its tail at the lower left.
const BUBBLE_CENTER: Point = { x: 0.5, y: 0.37 };
const BUBBLE_HALF_SIZE: Point = { x: 0.5, y: 0.35 };
const BUBBLE_CORNER_RADIUS = 0.2;
const TAIL: [Point, Point, Point] = [
  { x: 0.16, y: 0.6 },
  { x: 0.1, y: 0.98 },
  { x: 0.44, y: 0.7 }
];
const CHECK: [Point, Point, Point] = [
  { x: 0.27, y: 0.38 },
  { x: 0.43, y: 0.53 },
  { x: 0.73, y: 0.22 }
];

function length(x: number, y: number): number {
  return Math.hypot(x, y);
}

function roundedRectDistance(p: Point): number {
  const qx = Math.abs(p.x - BUBBLE_CENTER.x) - (BUBBLE_HALF_SIZE.x - BUBBLE_CORNER_RADIUS);
  const qy = Math.abs(p.y - BUBBLE_CENTER.y) - (BUBBLE_HALF_SIZE.y - BUBBLE_CORNER_RADIUS);
  return length(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - BUBBLE_CORNER_RADIUS;
}

function segmentDistance(p: Point, a: Point, b: Point): number {
  const abx = b.x - a.x;
  const aby = b.y - a.y;
  const t = Math.min(1, Math.max(0, ((p.x - a.x) * abx + (p.y - a.y) * aby) / (abx * abx + aby * aby)));
  return length(p.x - a.x - abx * t, p.y - a.y - aby * t);
}

function triangleDistance(p: Point, [a, b, c]: [Point, Point, Point]): number {
  const edges: [Point, Point][] = [
    [a, b],
    [b, c],
    [c, a]
  ];
  const distance = Math.min(...edges.map(([from, to]) => segmentDistance(p, from, to)));
  const sides = edges.map(([from, to]) => Math.sign((to.x - from.x) * (p.y - from.y) - (to.y - from.y) * (p.x - from.x)));
  const inside = sides.every((side) => side >= 0) || sides.every((side) => side <= 0);
  return inside ? -distance : distance;
}

/** Negative inside the bubble and its tail. */
function bubbleDistance(p: Point): number {
  return Math.min(roundedRectDistance(p), triangleDistance(p, TAIL));
}

function checkDistance(p: Point, halfWidth: number): number {
  return Math.min(segmentDistance(p, CHECK[0], CHECK[1]), segmentDistance(p, CHECK[1], CHECK[2])) - halfWidth;
}

/** Where the glyph's unit box sits in the icon, in pixels. */
interface Placement {
  size: number;
  glyphLeft: number;
  glyphTop: number;
  glyphSize: number;
}

/** The share (0..1) of a pixel's samples for which `covered` holds, with samples in glyph coordinates. */
function coverage(placement: Placement, px: number, py: number, covered: (p: Point) => boolean): number {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const x = px + (sx + 0.5) / SUPERSAMPLING;
      const y = py + (sy + 0.5) / SUPERSAMPLING;
      const p = { x: (x - placement.glyphLeft) / placement.glyphSize, y: (y - placement.glyphTop) / placement.glyphSize };
      if (covered(p)) hits++;
    }
  }
  return hits / (SUPERSAMPLING * SUPERSAMPLING);
}

function render(placement: Placement, pixel: (px: number, py: number) => [number, number, number, number]): Buffer {
  const png = new PNG({ width: placement.size, height: placement.size });
  for (let py = 0; py < placement.size; py++) {
    for (let px = 0; px < placement.size; px++) {
      png.data.set(pixel(px, py), (py * placement.size + px) * 4);
    }
  }
  return PNG.sync.write(png);
}

function hexToRgb(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`manifest accentColor ${hex} is not #RRGGBB`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** Full colour: a white bubble on the accent colour, the check cut out of the bubble in the accent colour. */
function colorIcon(accent: [number, number, number]): Buffer {
  // Teams shows the colour icon cropped into rounded shapes; the glyph keeps to the middle 60 %.
  const placement: Placement = { size: 192, glyphLeft: 38, glyphTop: 40, glyphSize: 116 };
  const checkHalfWidth = 0.065;
  return render(placement, (px, py) => {
    const white = coverage(placement, px, py, (p) => bubbleDistance(p) < 0 && checkDistance(p, checkHalfWidth) >= 0);
    const [r, g, b] = accent.map((channel) => Math.round(channel + (255 - channel) * white)) as [number, number, number];
    return [r, g, b, 255];
  });
}

/**
 * Outline: the bubble's white outline with a solid tail (at 32 px a stroked tail leaves a speck of a hole)
 * and a white check, on transparent; partial alpha only at edges.
 */
function outlineIcon(): Buffer {
  const placement: Placement = { size: 32, glyphLeft: 2, glyphTop: 2, glyphSize: 28 };
  const strokeWidth = 2.2 / placement.glyphSize;
  const checkHalfWidth = 1.4 / placement.glyphSize;
  return render(placement, (px, py) => {
    const alpha = coverage(placement, px, py, (p) => {
      const bubble = bubbleDistance(p);
      const outline = bubble < 0 && bubble > -strokeWidth;
      const tail = triangleDistance(p, TAIL) < 0 && roundedRectDistance(p) > -strokeWidth;
      return outline || tail || checkDistance(p, checkHalfWidth) < 0;
    });
    return [255, 255, 255, Math.round(alpha * 255)];
  });
}

function main(): void {
  const manifest = JSON.parse(readFileSync(join(manifestDir, 'manifest.json'), 'utf8')) as { accentColor: string };
  writeFileSync(join(manifestDir, 'color.png'), colorIcon(hexToRgb(manifest.accentColor)));
  writeFileSync(join(manifestDir, 'outline.png'), outlineIcon());
  console.log(`Wrote ${join(manifestDir, 'color.png')} and ${join(manifestDir, 'outline.png')}`);
}

main();
