// The built demo page: layout shift while feeds load slowly (target 0), and Lighthouse
// performance / accessibility scores. Run after `npm run build-demo` (npm run bench does).
import { spawn } from 'node:child_process';
import { launch, table, CHROME_FLAGS } from './browser.mjs';
import { serve } from './serve.mjs';
import { findChrome } from '../scripts/find-chrome.mjs';

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

  // Lighthouse 12 runs on Node 20 (13 wants 22); fetched by npx on first use.
  // Spawned asynchronously: the static server runs in this process and must keep answering.
  const result = await run(
    'npx',
    ['-y', 'lighthouse@12.2.3', `${server.url}/index.html?lang=pl`, '--only-categories=performance,accessibility',
      '--output=json', '--quiet', `--chrome-path=${findChrome()}`, `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`],
  );
  await server.close();
  if (result.status !== 0) {
    console.log(`\nLighthouse could not run: ${(result.stderr || '').trim().split('\n').slice(-3).join(' ')}`);
    return;
  }
  const report = JSON.parse(result.stdout);
  const audits = report.audits;
  table('Lighthouse 12.2.3 on the built demo page (mobile emulation)', [
    {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      FCP: audits['first-contentful-paint'].displayValue,
      LCP: audits['largest-contentful-paint'].displayValue,
      TBT: audits['total-blocking-time'].displayValue,
      CLS: audits['cumulative-layout-shift'].displayValue,
    },
  ]);
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDemo();
