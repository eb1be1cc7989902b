#!/usr/bin/env node
// Prerendered demo against the client-only one: the built demo (dist-demo/, `npm run bench`
// builds it) prerendered by `civic-widgets prerender`, then first contentful paint, largest
// contentful paint, layout shift and the moment every element is live (hydrated or rendered,
// with data), at 360 and 1280 px, feeds 1500 ms late, on loopback and on a slow 4G link with
// a 4× slower CPU; then Lighthouse 12.2.3 (mobile) on both pages. Also the prerender's own
// time and the page sizes. Figures for reading and for the README, never asserted.
//
//   node bench/prerender.mjs [--runs 3] [--no-lighthouse]
import { build } from 'vite';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { launch, table } from './browser.mjs';
import { serve } from './serve.mjs';
import { lighthouse } from './lighthouse.mjs';
import { buildInto } from '../test/prerender/build.mjs';
import { arg } from './args.mjs';

const runs = Number(arg('runs', 3));
const FEED_DELAY_MS = 1500;
const NETWORKS = [
  { name: 'loopback' },
  // Roughly Lighthouse's mobile preset: 150 ms round trips, 1.6 Mbit/s down, CPU 4× slower.
  { name: 'slow 4G, CPU ×4', latency: 150, down: 1.6e6 / 8, up: 0.75e6 / 8, cpu: 4 },
];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (!existsSync('dist-demo/index.html')) await build({ mode: 'demo', logLevel: 'silent' });

// The prerender, as the CLI does it.
const prerenderer = join(process.cwd(), '.cache', 'bench-prerender');
await buildInto(prerenderer);
const { prerender } = await import(join(prerenderer, 'index.js'));
const source = readFileSync('dist-demo/index.html', 'utf8');
const times = [];
let output;
for (let i = 0; i < Math.max(runs, 3); i += 1) {
  const started = performance.now();
  output = await prerender(source, { file: join(process.cwd(), 'dist-demo', 'index.html') });
  times.push(performance.now() - started);
}
writeFileSync('dist-demo/index.prerendered.html', output.html);
rmSync(prerenderer, { recursive: true, force: true });
const size = (html) => `${kb(Buffer.byteLength(html))} (${kb(gzipSync(html, { level: 9 }).length)} gzipped)`;
table('Prerendering the demo page (4 elements, 3 feeds, in Node)', [
  {
    'prerender time': `${Math.round(median(times))} ms (first run ${Math.round(times[0])} ms)`,
    'page before': size(source),
    'page after': size(output.html),
    problems: output.problems.length,
  },
]);

async function measure(browser, url, width, network) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const cdp = await page.createCDPSession();
  if (network.latency) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: network.latency, downloadThroughput: network.down, uploadThroughput: network.up });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: network.cpu });
  }
  await page.evaluateOnNewDocument(() => {
    const w = window;
    w.__cls = 0;
    w.__lcp = { time: 0, what: '' };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // Chromium hides an element inside a shadow root (entry.element is null): name an
        // image by its file, text by its painted area.
        const host = entry.element?.getRootNode()?.host;
        const what = entry.element ? `${host ? `${host.localName} ` : ''}${entry.element.localName}` : entry.url ? `image ${entry.url.split('/').pop()}` : `text in a shadow root`;
        w.__lcp = { time: entry.startTime, what: `${what} (${Math.round(Math.sqrt(entry.size))}² px)` };
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await page.waitForFunction(
    () => [...document.querySelectorAll('civic-news-ticker, civic-article-cards, civic-attractions-map, civic-partnership-panel')]
      .every((el) => customElements.get(el.localName) && /^(ready|stale)$/.test(el.getAttribute('feed-state') ?? '')),
    { timeout: 60000, polling: 20 },
  );
  const live = Date.now() - start;
  await new Promise((r) => setTimeout(r, FEED_DELAY_MS + 800)); // the feeds' answers (revalidation) arrive
  const figures = await page.evaluate(() => ({
    cls: window.__cls,
    lcp: window.__lcp.time,
    lcpWhat: window.__lcp.what,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await page.close();
  return { ...figures, live };
}

// Text is sent gzipped, as any web server sends it: the prerendered page is larger.
const server = await serve('dist-demo', { gzip: true, delayMs: (path) => (path.startsWith('/data/') && !path.includes('/images/') ? FEED_DELAY_MS : 0) });
const browser = await launch();
const rows = [];
try {
  for (const network of NETWORKS) {
    for (const width of [360, 1280]) {
      for (const [name, file] of [['client-only', 'index.html'], ['prerendered', 'index.prerendered.html']]) {
        const samples = [];
        for (let i = 0; i < runs; i += 1) samples.push(await measure(browser, `${server.url}/${file}?lang=pl`, width, network));
        const pick = (key) => median(samples.map((s) => s[key]));
        rows.push({
          network: network.name,
          width: `${width}px`,
          page: name,
          FCP: `${Math.round(pick('fcp'))} ms`,
          LCP: `${Math.round(pick('lcp'))} ms`,
          'LCP element': samples[samples.length - 1].lcpWhat,
          CLS: pick('cls').toFixed(4),
          'CLS worst': Math.max(...samples.map((s) => s.cls)).toFixed(4),
          'all live': `${pick('live')} ms`,
        });
      }
    }
  }
} finally {
  await browser.close();
}
table(`Demo page, client-only vs prerendered (median of ${runs}; feeds ${FEED_DELAY_MS} ms late; gzip; Chromium headless; load average ${loadavg()[0].toFixed(1)} at the end)`, rows);

if (!process.argv.includes('--no-lighthouse')) {
  const reports = [];
  for (const [name, file] of [['client-only', 'index.html'], ['prerendered', 'index.prerendered.html']]) {
    const report = await lighthouse(`${server.url}/${file}?lang=pl`);
    reports.push(report.error ? { page: name, error: report.error } : { page: name, ...report });
  }
  table('Lighthouse 12.2.3, mobile preset (simulated throttling), feeds 1500 ms late', reports);
}
await server.close();
