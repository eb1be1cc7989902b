#!/usr/bin/env node
// Benchmark of <civic-attractions-map> against plain Leaflet + Leaflet.markercluster:
// time from creation to the first painted frame with markers ("interactive"), and one
// zoom step, for 1k, 10k and 100k generated points, in the same Chromium run.
//
//   node bench/map.mjs [--runs 3] [--sizes 1000,10000,100000]
//
// Builds bench/map.html with Vite (production build, Leaflet's Trusted Types probe
// removed as in the library), serves it on 127.0.0.1, drives /usr/bin/chromium (or
// CHROME_PATH) with puppeteer-core and prints a table. Nothing goes to the network.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';
import { civicPlugins } from '../build/plugins.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', 3));
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const outDir = await mkdtemp(join(tmpdir(), 'civic-map-bench-'));
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: civicPlugins(),
  build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: join(root, 'bench/map.html') } },
});

const server = await serve(outDir);


const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.url}/bench/map.html`);
  await page.waitForFunction(() => window.bench?.ready);
  // Warm-up: load both code paths once (module evaluation, JIT) so runs compare rendering.
  await page.evaluate(() => window.bench.element(200));
  await page.evaluate(() => window.bench.baseline(200));

  const rows = [];
  for (const n of sizes) {
    const results = { element: [], baseline: [] };
    for (let i = 0; i < runs; i++) {
      // Alternate the order so neither side always runs on a freshly collected heap.
      const order = i % 2 ? ['baseline', 'element'] : ['element', 'baseline'];
      for (const who of order) {
        results[who].push(await page.evaluate((who, n) => window.bench[who](n), who, n));
      }
    }
    const el = median(results.element.map((r) => r.ready));
    const base = median(results.baseline.map((r) => r.ready));
    rows.push({
      points: n.toLocaleString('en'),
      'element ready (ms)': el.toFixed(0),
      'Leaflet+markercluster ready (ms)': base.toFixed(0),
      'ratio (baseline/element)': (base / el).toFixed(2),
      'element zoom step (ms)': median(results.element.map((r) => r.zoom)).toFixed(0),
      'baseline zoom step (ms)': median(results.baseline.map((r) => r.zoom)).toFixed(0),
      'element markers in DOM': results.element[0].markers,
      'baseline markers in DOM': results.baseline[0].markers,
    });
  }
  console.log(`\n<civic-attractions-map> vs Leaflet + Leaflet.markercluster — median of ${runs} runs, Chromium headless, 1024 px stage, no tiles\n`);
  console.table(rows);
  const md = [
    '| points | element ready (ms) | Leaflet+markercluster ready (ms) | ratio | element zoom step (ms) | baseline zoom step (ms) |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.points} | ${r['element ready (ms)']} | ${r['Leaflet+markercluster ready (ms)']} | ${r['ratio (baseline/element)']}× | ${r['element zoom step (ms)']} | ${r['baseline zoom step (ms)']} |`),
  ];
  console.log(md.join('\n'));
} finally {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}
