// The built demo page: layout shift while feeds load slowly (target 0), and Lighthouse
// performance / accessibility scores. Run after `npm run build-demo` (npm run bench does).
import { launch, table } from './browser.mjs';
import { serve } from './serve.mjs';
import { lighthouse } from './lighthouse.mjs';

const FEED_DELAY_MS = 1500;

export async function benchDemo() {
  // Feeds answer late, so any space the elements fail to reserve shows up as layout shift.
  const server = await serve('dist-demo', { delayMs: (path) => (path.startsWith('/data/') && !path.includes('/images/') ? FEED_DELAY_MS : 0) });
  const browser = await launch();
  const rows = [];
  try {
    for (const width of [360, 1280]) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.evaluateOnNewDocument(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) window.__shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}/index.html?lang=pl`, { waitUntil: 'networkidle0' });
      await new Promise((r) => setTimeout(r, 500));
      const shifts = await page.evaluate(() => window.__shifts);
      rows.push({ viewport: `${width}px`, 'feed delay': `${FEED_DELAY_MS} ms`, 'layout shifts': shifts.length, CLS: shifts.reduce((a, b) => a + b, 0).toFixed(4) });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  table('Demo page: layout shift while feeds load (target 0)', rows);

  const report = await lighthouse(`${server.url}/index.html?lang=pl`);
  await server.close();
  if (report.error) console.log(`\nLighthouse could not run: ${report.error}`);
  else table('Lighthouse 12.2.3 on the built demo page (mobile emulation)', [report]);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDemo();
