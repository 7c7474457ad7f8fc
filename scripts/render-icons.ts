import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './lib/chromium';

// Renders the web app manifest's icons (public/icons/) from the one drawing, app/icon.svg, with
// Chromium, so the PNGs look exactly as browsers draw the SVG: `tsx scripts/render-icons.ts` after
// changing app/icon.svg (lib/http/public-icons.test.ts fails until then). A "maskable" icon may be cut to
// any shape inside the central 80%, so that one has the mark smaller on a full-bleed background.

const OUT = 'public/icons';
const svg = readFileSync('app/icon.svg', 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1] ?? '#1d4ed8';

const page = (size: number, isMaskable: boolean) => {
  const mark = isMaskable ? Math.round(size * 0.7) : size;
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${isMaskable ? background : 'transparent'}">
<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${mark}" height="${mark}"></body></html>`;
};

async function renderIcons() {
  mkdirSync(OUT, { recursive: true });
  copyFileSync('app/icon.svg', path.join(OUT, 'sourcewise.svg'));
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
  try {
    for (const [name, size, isMaskable] of [
      ['sourcewise-192.png', 192, false],
      ['sourcewise-512.png', 512, false],
      ['sourcewise-maskable-512.png', 512, true],
    ] as const) {
      const tab = await browser.newPage({ viewport: { width: size, height: size } });
      await tab.setContent(page(size, isMaskable));
      await tab.screenshot({ path: path.join(OUT, name), omitBackground: !isMaskable });
      await tab.close();
      console.log(`wrote ${path.join(OUT, name)}`);
    }
  } finally {
    await browser.close();
  }
}

await renderIcons();
