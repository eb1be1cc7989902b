#!/usr/bin/env node
// The README's Embed snippet in a plain page (bench/snippet-page.mjs), no host CSS: layout
// shift, first and largest contentful paint at 360, 800 and 1280 px while the feeds answer
// 800 ms late, then with every file of the library 500 ms late as well; then Lighthouse
// 12.2.3 (mobile) on the same page. Builds the CDN files (dist/civic-widgets.js and its
// chunks) into a temporary folder first. Lighthouse runs three times (median shown).
//
//   node bench/readme-page.mjs [--runs 3] [--no-lighthouse]
import { build } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, table } from './browser.mjs';
import { calibratedSlowdown, lighthouse } from './lighthouse.mjs';
import { readmeSnippet, serveSnippetSite } from './snippet-page.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', 3));
const WIDTHS = [360, 800, 1280];
const FEED_DELAY_MS = 800;
const SCRIPT_DELAY_MS = 500;
const SCENARIOS = [
  { name: `feeds ${FEED_DELAY_MS} ms late`, delay: (kind) => (kind === 'feed' ? FEED_DELAY_MS : 0) },
  {
    name: `+ library files ${SCRIPT_DELAY_MS} ms late`,
    delay: (kind) => (kind === 'feed' ? FEED_DELAY_MS : kind === 'script' ? SCRIPT_DELAY_MS : 0),
  },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One page load: CLS (every shift without recent input), FCP, LCP, and when every element showed its data. */
async function measure(browser, url, width) {
  // A fresh profile each time: no saved feed copies, no HTTP cache.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 800 });
  await page.evaluateOnNewDocument(() => {
    const w = window;
    w.__cls = 0;
    w.__lcp = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        const where = (node) => node?.nodeName === '#text' ? node.parentNode : node;
        w.__shifts.push(`${Math.round(entry.startTime)} ms ${entry.value.toFixed(4)}: ${entry.sources.map((s) => `${where(s.node)?.localName ?? '?'} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`).join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => [...document.querySelectorAll('[src]')].filter((el) => el.localName.startsWith('civic-'))
      .every((el) => customElements.get(el.localName) && /^(ready|stale|error)$/.test(el.getAttribute('feed-state') ?? '')),
    { timeout: 20000, polling: 20 },
  );
  const ready = Date.now() - start;
  await new Promise((r) => setTimeout(r, 600));
  const figures = await page.evaluate(() => ({
    cls: window.__cls,
    shifts: window.__shifts,
    lcp: window.__lcp,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await context.close();
  if (process.argv.includes('--shifts')) for (const shift of figures.shifts) console.log(`  ${width}px ${shift}`);
  return { ...figures, ready };
}

const outDir = mkdtempSync(join(tmpdir(), 'civic-readme-bench-'));
try {
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
  console.log(`README snippet:\n  ${readmeSnippet().split('\n').join('\n  ')}`);
  const browser = await launch();
  const rows = [];
  try {
    for (const scenario of SCENARIOS) {
      const site = await serveSnippetSite(outDir, { delay: scenario.delay });
      for (const width of WIDTHS) {
        const samples = [];
        for (let i = 0; i < runs; i += 1) samples.push(await measure(browser, `${site.url}/`, width));
        const pick = (key) => median(samples.map((s) => s[key]));
        rows.push({
          loading: scenario.name,
          width: `${width}px`,
          CLS: pick('cls').toFixed(4),
          'CLS worst': Math.max(...samples.map((s) => s.cls)).toFixed(4),
          FCP: `${Math.round(pick('fcp'))} ms`,
          LCP: `${Math.round(pick('lcp'))} ms`,
          'all data shown': `${pick('ready')} ms`,
        });
      }
      await site.close();
    }
  } finally {
    await browser.close();
  }
  table(`README snippet page, no host CSS (median of ${runs}; loopback, Chromium headless)`, rows);

  if (!process.argv.includes('--no-lighthouse')) {
    // Lighthouse's simulation scales what it observes on this CPU, so a busy machine moves its
    // figures (the CPU index says how busy): three runs with the preset as it is, then three
    // with the slowdown calibrated to the CPU index seen (the median of each shown).
    const site = await serveSnippetSite(outDir);
    const median = async (options) => {
      const reports = [];
      for (let i = 0; i < 3; i += 1) reports.push(await lighthouse(`${site.url}/`, options));
      const good = reports.filter((report) => !report.error).sort((a, b) => a.performance - b.performance);
      if (!good.length) console.log(`\nLighthouse could not run: ${reports[0].error}`);
      return good[Math.floor(good.length / 2)];
    };
    const preset = await median();
    const calibrated = preset && (await median({ cpuSlowdown: calibratedSlowdown(preset['CPU index']) }));
    await site.close();
    if (preset) table('Lighthouse 12.2.3 on the README snippet page (mobile, simulated throttling; median of 3 each)', [preset, calibrated].filter(Boolean));
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
