#!/usr/bin/env node
// Draws the Teams icons deterministically: two linked rings (a coupling), white on the accent colour
// (color.png, 192x192) and white on transparent (outline.png, 32x32). Run it to rewrite
// manifest/color.png and manifest/outline.png; the same code always gives the same bytes.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { encodePng } from "./package-manifest-png.mjs";

const ACCENT = [0x1f, 0x6f, 0xb2];
const SAMPLES = 4; // supersampling per axis, for smooth edges

// Coverage of the glyph at (x, y) in a unit square: two rings side by side, overlapping in the middle.
function onGlyph(x, y) {
  const ring = (cx) => Math.abs(Math.hypot(x - cx, y - 0.5) - 0.2) <= 0.055;
  return ring(0.37) || ring(0.63);
}

function draw(size, background) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (onGlyph((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
        }
      }
      const coverage = hits / (SAMPLES * SAMPLES);
      const at = (py * size + px) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) rgba[at + c] = Math.round(background[c] + (255 - background[c]) * coverage);
        rgba[at + 3] = 255;
      } else {
        rgba.set([255, 255, 255, Math.round(255 * coverage)], at);
        if (coverage === 0) rgba.set([0, 0, 0, 0], at);
      }
    }
  }
  return encodePng(size, size, rgba);
}

/** The colour icon: 192x192, white glyph on the accent colour. */
export const colorIcon = () => draw(192, ACCENT);

/** The outline icon: 32x32, white glyph on transparent. */
export const outlineIcon = () => draw(32, null);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifestDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "manifest");
  writeFileSync(path.join(manifestDir, "color.png"), colorIcon());
  writeFileSync(path.join(manifestDir, "outline.png"), outlineIcon());
  console.log(`wrote ${path.join(manifestDir, "color.png")} and outline.png`);
}
