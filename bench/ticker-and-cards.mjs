#!/usr/bin/env node
// Benchmark for <civic-news-ticker> and <civic-article-cards>:
//   1. time to first cards for a 1,000-item feed (as `.items`, and through `src` + the feed layer),
//   2. the ticker's long tasks (and layouts) over 10 s of scrolling.
// Starts its own Vite dev server on bench/page.html and drives Debian's Chromium with
// puppeteer-core. Run from the repository root:  node bench/ticker-and-cards.mjs [--runs 5]
import { devServer } from './dev-server.mjs';
import { launch } from './browser.mjs';
import { findChrome } from '../scripts/find-chrome.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 10;

/** A JSON Feed of `count` items, served at /bench/feed-<count>.json. */
function feed(count) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Bench',
    language: 'pl',
    items: Array.from({ length: count }, (_, i) => ({
      id: `item-${i}`,
      url: `https://example.org/news/${i}`,
      title: `Wiadomość numer ${i}: Sochaczew i Krefeld rozmawiają o współpracy`,
      summary: 'Przedstawiciele obu miast spotkali się online, by rozmawiać o kulturze, turystyce i rozwiązaniach smart city.',
      date_published: new Date(Date.UTC(2026, 2, 21) - i * 3_600_000).toISOString(),
      authors: [{ name: 'Bartosz Kawczyński' }],
      tags: ['Kultura', 'Współpraca'],
      image: '/data/images/news-partnership.svg',
      _civic: { views: i },
    })),
  };
}

const { server, port } = await devServer('bench-feed', (req, res) => {
  const m = /^\/bench\/feed-(\d+)\.json/.exec(req.url ?? '');
  if (!m) return false;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(feed(Number(m[1]))));
  return true;
});
const base = `http://127.0.0.1:${port}/bench/page.html`;

const browser = await launch();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;

async function firstCards(query) {
  const times = [];
  // One warm-up load so Vite's on-demand transforms are not measured.
  for (let i = 0; i <= runs; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${base}?${query}&only=cards&n=${i}`, { waitUntil: 'load' });
    await page.waitForFunction('window.firstCards !== undefined', { timeout: 20000 });
    const t = await page.evaluate('window.firstCards');
    if (i > 0) times.push(t);
    await page.close();
  }
  return times;
}

// How far the strip has moved (ms of animation time): proves it ran the whole time.
const progress = `document.querySelector('civic-news-ticker').shadowRoot.querySelector('.track').getAnimations()[0].currentTime`;

async function tickerRun(query) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}?${query}&only=ticker`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    `document.querySelector('civic-news-ticker')?.shadowRoot?.querySelector('.track')?.getAnimations().length > 0`,
    { timeout: 20000 },
  );
  await new Promise((r) => setTimeout(r, 500));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const metric = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  await page.evaluate('window.longTasks.length = 0');
  // Frame pacing: every animation-frame gap over one 60 Hz frame (16.7 ms) counts as a miss.
  await page.evaluate(() => {
    window.frameGaps = [];
    let last = performance.now();
    const tick = (now) => {
      window.frameGaps.push(now - last);
      last = now;
      if (!window.stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const progress0 = await page.evaluate(progress);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const after = await metric();
  const tasks = await page.evaluate('window.longTasks');
  const gaps = await page.evaluate('window.stopFrames = true, window.frameGaps');
  const progress1 = await page.evaluate(progress);
  await page.close();
  return {
    longTasks: tasks.length,
    longest: tasks.length ? Math.max(...tasks) : 0,
    layouts: after.LayoutCount - before.LayoutCount,
    styles: after.RecalcStyleCount - before.RecalcStyleCount,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    moved: progress1 - progress0,
    frames: gaps.length,
    missed: gaps.filter((gap) => gap > 16.7 * 1.5).length,
  };
}

const rows = [];
for (const count of [100, 1000, 10000]) {
  const items = await firstCards(`count=${count}&page-size=12`);
  rows.push([`cards: first cards, ${count.toLocaleString('en')} items as .items (page-size 12)`, `median ${fmt(median(items))}`, `min ${fmt(Math.min(...items))} · max ${fmt(Math.max(...items))}`]);
  const viaSrc = await firstCards(`src=/bench/feed-${count}.json&page-size=12`);
  rows.push([`cards: first cards, ${count.toLocaleString('en')}-item JSON Feed via src`, `median ${fmt(median(viaSrc))}`, `min ${fmt(Math.min(...viaSrc))} · max ${fmt(Math.max(...viaSrc))} (fetch + parse + render; the feed layer keeps 500 items)`]);
}
for (const [label, query] of [
  ['ticker: scroll, 10 headlines', 'count=1000&limit=10'],
  ['ticker: scroll, 100 headlines', 'count=1000&limit=100'],
]) {
  const r = await tickerRun(query);
  rows.push([
    `${label}, ${seconds} s`,
    `${r.longTasks} long tasks (longest ${fmt(r.longest)})`,
    `${r.missed} of ${r.frames} frames over 25 ms · ${r.layouts} layouts · ${r.styles} style recalcs · ${fmt(r.scriptMs)} script · animation advanced ${(r.moved / 1000).toFixed(1)} s`,
  ]);
}

await browser.close();
await server.close();

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['what', 'result', 'detail'][i].length));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`Chromium ${findChrome()}, ${runs} runs each (after one warm-up), Vite dev server (unminified, Lit dev mode).`);
console.log(line(['what', 'result', 'detail']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
