// Screenshots a page in headless Chromium: node scripts/screenshot.mjs URL OUT.png [width] [dark]
// For looking at what the widgets show a person, in each language and colour scheme.
import { launch } from '../bench/browser.mjs';

const [url, out, width = '1280', scheme = 'light'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [width] [light|dark]');
  process.exit(1);
}
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 30000 });
  await new Promise((r) => setTimeout(r, 500));
  // CLIP=y,height takes one band of the page instead of all of it (easier to read).
  const clip = process.env.CLIP?.split(',').map(Number);
  await page.screenshot(clip ? { path: out, clip: { x: 0, y: clip[0], width: Number(width), height: clip[1] }, captureBeyondViewport: true } : { path: out, fullPage: true });
} finally {
  await browser.close();
}
