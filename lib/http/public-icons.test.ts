import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The manifest's icons are drawn from app/icon.svg by scripts/render-icons.ts: the copy in public/
// must be that drawing, and every icon the manifest names must exist at the size it states.

type ManifestIcon = { src: string; sizes: string; type: string; purpose: string };
const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as { icons: ManifestIcon[] };

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('web app icons', () => {
  it('the SVG in public/ is the app icon, so they never drift apart', () => {
    expect(readFileSync('public/icons/sourcewise.svg', 'utf8')).toBe(readFileSync('app/icon.svg', 'utf8'));
  });

  it('every icon the manifest names exists, a PNG of its stated size, with a 192 and a 512 for installing', () => {
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png'))
      expect(pngSize(`public${icon.src}`), icon.src).toBe(icon.sizes);
    const sizes = manifest.icons.filter((i) => i.purpose.split(' ').includes('any')).map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', 'any']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });
});
