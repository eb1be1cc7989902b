#!/usr/bin/env node
// The README's Embed snippet in a plain page (bench/snippet-page.mjs), no host CSS: layout
// shift, first and largest contentful paint at 360, 800 and 1280 px while the feeds answer
// 800 ms late, then with every file of the library 500 ms late as well; then Lighthouse
// 12.2.3 (mobile) on the same page. Builds the CDN files (dist/civic-widgets.js and its
// chunks) into a temporary folder first. Lighthouse runs three times per server (median
// shown): the page as a city's server sends it out of the box (Debian's Apache gzips the page
// and the scripts), also with the CPU slowdown calibrated to this machine; a server that
// gzips every text answer; one that compresses nothing.
//
//   node bench/readme-page.mjs [--runs 3] [--no-lighthouse] [--no-layout] [--shifts]
// (--shifts prints every layout shift; CIVIC_LIGHTHOUSE_JSON=dir keeps the Lighthouse reports)
import { build } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, table } from './browser.mjs';
import { calibratedSlowdown, lighthouse } from './lighthouse.mjs';
import { readmeSnippet, serveSnippetSite } from './snippet-page.mjs';
import { arg } from './args.mjs';

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

/** One page load: FCP, LCP, when the elements in the first screen showed their data, then CLS (every shift without recent input) after scrolling through. */
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
  const shown = (onScreen) => [...document.querySelectorAll('[src]')]
    .filter((el) => el.localName.startsWith('civic-') && (!onScreen || el.getBoundingClientRect().top < innerHeight))
    .every((el) => customElements.get(el.localName) && /^(ready|stale|error)$/.test(el.getAttribute('feed-state') ?? ''));
  // Elements more than a screen below the window load only as they come near (src/loader):
  // "data on screen" is when those in the first screen show their data.
  await page.waitForFunction(shown, { timeout: 20000, polling: 20 }, true);
  const ready = Date.now() - start;
  await new Promise((r) => setTimeout(r, 600));
  const paints = await page.evaluate(() => ({
    lcp: window.__lcp,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  // Then scrolled through, a screen at a time, as a visitor would: the layout shift counts
  // the far elements loading too.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 150));
    }
  });
  await page.waitForFunction(shown, { timeout: 20000, polling: 20 }, false);
  await new Promise((r) => setTimeout(r, 600));
  const figures = { ...paints, ...(await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }))) };
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
    for (const scenario of process.argv.includes('--no-layout') ? [] : SCENARIOS) {
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
          'data on screen': `${pick('ready')} ms`,
        });
      }
      await site.close();
    }
  } finally {
    await browser.close();
  }
  if (rows.length) table(`README snippet page, no host CSS (median of ${runs}; loopback, Chromium headless)`, rows);

  if (!process.argv.includes('--no-lighthouse')) {
    // Lighthouse's simulation scales what it observes on this CPU, so a busy machine moves its
    // figures (the CPU index says how busy): three runs per server with the preset as it is,
    // then, for the page as served, three with the slowdown calibrated to the CPU index seen
    // (the median of each shown). "As served" is what a city's server sends out of the box
    // (Debian's Apache: HTML and scripts gzipped, JSON feeds and SVG as they are); beside it a
    // server or CDN that gzips every text answer, and one that compresses nothing.
    const SERVERS = [
      ['as served (Apache defaults: page and scripts gzipped)', 'apache'],
      ['every text answer gzipped (a CDN)', 'all'],
      ['nothing compressed', false],
    ];
    const rows = [];
    for (const [name, compress] of SERVERS) {
      const site = await serveSnippetSite(outDir, { compress });
      const median = async (options) => {
        const reports = [];
        for (let i = 0; i < runs; i += 1) reports.push(await lighthouse(`${site.url}/`, options));
        const good = reports.filter((report) => !report.error).sort((a, b) => a.performance - b.performance);
        if (!good.length) console.log(`\nLighthouse could not run: ${reports[0].error}`);
        return good.length ? { ...good[Math.floor(good.length / 2)], runs: good.map((report) => report.performance).join(' ') } : undefined;
      };
      const preset = await median();
      if (preset) rows.push({ server: name, ...preset });
      if (preset && compress === 'apache') {
        const calibrated = await median({ cpuSlowdown: calibratedSlowdown(preset['CPU index']) });
        if (calibrated) rows.push({ server: name, ...calibrated });
      }
      await site.close();
    }
    if (rows.length) table(`Lighthouse 12.2.3 on the README snippet page (mobile, simulated throttling; median of ${runs} each, all runs' scores in "runs")`, rows);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
