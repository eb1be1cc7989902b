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
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { leafletTrustedTypesProbe } from '../build/leaflet-tt-probe.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', 3));
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const chrome = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!chrome) {
  console.error('No Chromium found: install one (apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

const outDir = await mkdtemp(join(tmpdir(), 'civic-map-bench-'));
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [leafletTrustedTypesProbe()],
  build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: join(root, 'bench/map.html') } },
});

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  const path = join(outDir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;

const browser = await puppeteer.launch({
  executablePath: chrome,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/bench/map.html`);
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
  server.close();
  await rm(outDir, { recursive: true, force: true });
}
