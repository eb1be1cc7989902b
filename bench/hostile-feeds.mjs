#!/usr/bin/env node
// Hostile feeds within the size limit (5 MB for news and partnerships): the longest
// main-thread task while the feed layer fetches, decodes and parses each one, in Debian's
// Chromium, two ways: wall time from a PerformanceObserver for long tasks (what a visitor
// feels, inflated when the machine is busy) and the task's CPU time from a trace (steady
// under load). Figures are printed, never asserted (the caps themselves are unit-tested in
// test/feeds/hostile.test.ts).
//
//   node bench/hostile-feeds.mjs [--runs 3] [--only name,name] [--profile]
// --profile prints the functions with the most self time for each feed (CPU profile).
import { devServer } from './dev-server.mjs';
import { launch, table } from './browser.mjs';

const runs = Number(arg('runs', 3));
const only = arg('only', '');
const profile = process.argv.includes('--profile');
const timeoutMs = Number(arg('timeout', 180)) * 1000;
import { FEEDS, MB } from './hostile-feeds-list.mjs';
import { arg } from './args.mjs';

const bodies = new Map();
const body = (name) => {
  if (!bodies.has(name)) bodies.set(name, Buffer.from(FEEDS[name][2]()));
  return bodies.get(name);
};
const slug = (name) => encodeURIComponent(name);

const { server, port } = await devServer('hostile-feeds', (req, res) => {
  const m = /^\/bench\/hostile\/([^?]+)/.exec(req.url ?? '');
  if (!m) return false;
  const name = decodeURIComponent(m[1]);
  res.setHeader('content-type', FEEDS[name][1]);
  res.setHeader('cache-control', 'no-store');
  res.end(body(name));
  return true;
});
const base = `http://127.0.0.1:${port}/bench/hostile.html`;
const browser = await launch();
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : `> ${timeoutMs / 1000} s`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm-up: Vite transforms modules on first request.
{
  const page = await browser.newPage();
  await page.goto(`${base}?feed=${slug(Object.keys(FEEDS)[0])}&kind=news`, { waitUntil: 'load' });
  await page.waitForFunction('window.hostileResult !== undefined', { timeout: 120_000 });
  await page.close();
}

/** The CPU time (ms) of the longest task on a renderer's main thread, from a Chromium trace. */
function longestTaskCpu({ traceEvents }) {
  const main = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const start = traceEvents.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'hostile-feed-start')?.ts ?? 0;
  let longest = 0;
  for (const e of traceEvents) {
    if (e.ts + (e.dur ?? 0) < start) continue; // the page's own start-up
    if ((e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && main.has(`${e.pid}:${e.tid}`) && e.tdur) longest = Math.max(longest, e.tdur / 1000);
  }
  return longest;
}

function printProfile(name, { nodes, samples, timeDeltas }) {
  const self = new Map();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(src|bench)\//, '$1/')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`\n${name}: most self time`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${key}`);
}

const rows = [];
for (const name of Object.keys(FEEDS).filter((n) => !only || only.split(',').some((o) => n.includes(o)))) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    // A fresh context each time: no saved copies from an earlier run in localStorage.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const cdp = profile && run === 0 ? await page.createCDPSession() : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    await page.tracing.start({ categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
    await page.goto(`${base}?feed=${slug(name)}&kind=${FEEDS[name][0]}&run=${run}`, { waitUntil: 'load' });
    try {
      await page.waitForFunction('window.hostileResult !== undefined', { timeout: timeoutMs, polling: 200 });
    } catch {
      // Still busy: the page never got back (the figure is then "more than the timeout").
      results.push({ longest: Infinity, cpu: Infinity, tasks: NaN, ms: Infinity, outcome: `still parsing after ${timeoutMs / 1000} s` });
      await context.close();
      break;
    }
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    results.push({ ...(await page.evaluate('window.hostileResult')), cpu: longestTaskCpu(trace) });
    if (cdp) printProfile(name, (await cdp.send('Profiler.stop')).profile);
    await context.close();
  }
  rows.push({
    feed: name,
    size: `${(body(name).length / MB).toFixed(1)} MB`,
    'longest task (CPU)': ms(median(results.map((r) => r.cpu))),
    'longest task (wall)': ms(median(results.map((r) => r.longest))),
    'tasks > 50 ms': median(results.map((r) => r.tasks)),
    'load + parse': ms(median(results.map((r) => r.ms))),
    outcome: results[0].outcome,
  });
}
table(`Hostile feeds: longest main-thread task (median of ${runs}; Chromium ${(await browser.version()).replace(/^\D+/, '')})`, rows);
await browser.close();
await server.close();
