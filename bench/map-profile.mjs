#!/usr/bin/env node
// Where the main thread's time goes when <civic-attractions-map> takes in a large feed: a
// CPU profile (Chrome DevTools Protocol) of one element run on the benchmark page of
// bench/map.mjs, printed as the busy stretches over 50 ms (what a long task is made of)
// and the functions with the most self time in the whole run.
//
//   node bench/map-profile.mjs [--size 100000] [--noworker] [--step zoom|pan|category]
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { serve } from './serve.mjs';
import { generateGeoJson } from './map-data.mjs';
import { buildMapPage } from './map-page.mjs';
import { arg } from './args.mjs';

const size = Number(arg('size', 100000));
const step = arg('step', '');
const noworker = process.argv.includes('--noworker');
const outDir = await mkdtemp(join(tmpdir(), 'civic-map-profile-'));
await buildMapPage(outDir, { minify: false });
await mkdir(join(outDir, 'feeds'), { recursive: true });
await writeFile(join(outDir, 'feeds/warm.geojson'), generateGeoJson(1000));
await writeFile(join(outDir, 'feeds/places.geojson'), generateGeoJson(size));
const server = await serve(outDir);
const browser = await launch({ protocolTimeout: 10 * 60_000 });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${server.url}/bench/map.html${noworker ? '?noworker' : ''}`);
  await page.waitForFunction(() => window.bench?.ready);
  await page.evaluate(() => window.bench.element('/feeds/warm.geojson?w').then(() => window.bench.teardown()));
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  let result;
  if (step) {
    await page.evaluate(() => window.bench.element('/feeds/places.geojson?run'));
    await cdp.send('Profiler.start');
    result = await page.evaluate((s) => window.bench.interact(s), step);
  } else {
    await cdp.send('Profiler.start');
    result = await page.evaluate(() => window.bench.element('/feeds/places.geojson?run'));
  }
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`${size} places${noworker ? ', no worker' : ''}${step ? `, ${step}` : ''}:`, JSON.stringify(result));
  report(profile);
} finally {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}

function report(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.split('/').pop() : '';
    return `${f.functionName || '(anonymous)'} ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`;
  };
  const idle = (n) => ['(idle)', '(program)', '(garbage collector)'].includes(n.callFrame.functionName) && n.callFrame.functionName !== '(garbage collector)';
  // Samples with their times (µs) and whether the main thread was busy.
  let t = profile.startTime;
  const samples = profile.samples.map((id, i) => {
    t += profile.timeDeltas[i];
    return { id, t, busy: !idle(byId.get(id)) };
  });
  // Busy stretches: consecutive busy samples with gaps under 2 ms.
  const stretches = [];
  let cur;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    const dt = i + 1 < samples.length ? samples[i + 1].t - s.t : 0;
    if (!s.busy) {
      if (cur && s.t - cur.end > 2000) cur = undefined;
      continue;
    }
    if (!cur) stretches.push((cur = { start: s.t, end: s.t, samples: [] }));
    cur.end = s.t + dt;
    cur.samples.push({ ...s, dt });
  }
  const top = (list, key, n = 12) => {
    const m = new Map();
    for (const s of list) for (const k of key(s)) m.set(k, (m.get(k) ?? 0) + s.dt);
    return [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  };
  const stack = (id) => {
    const out = [];
    for (let x = id; x !== undefined; x = parent.get(x)) out.push(byId.get(x));
    return out;
  };
  console.log(`\nbusy stretches over 50 ms (${stretches.filter((s) => s.end - s.start > 50_000).length}):`);
  for (const s of stretches.filter((s) => s.end - s.start > 50_000)) {
    console.log(`  ${((s.end - s.start) / 1000).toFixed(0)} ms at +${((s.start - profile.startTime) / 1000).toFixed(0)} ms`);
    console.log('    self:');
    for (const [k, v] of top(s.samples, (x) => [name(byId.get(x.id))], 10)) console.log(`      ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`);
    console.log('    inclusive:');
    for (const [k, v] of top(s.samples, (x) => [...new Set(stack(x.id).map(name))], 25)) console.log(`      ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`);
  }
  // Lines with the most ticks in the functions with the most self time (where in them the time goes).
  const lines = new Map();
  for (const n of profile.nodes) {
    for (const { line, ticks } of n.positionTicks ?? []) {
      const k = `${name(n)} line ${line}`;
      lines.set(k, (lines.get(k) ?? 0) + ticks);
    }
  }
  console.log('\nhottest lines (ticks of ~0.2 ms):');
  const source = (url, line) => {
    try {
      return readFileSync(join(outDir, new URL(url).pathname), 'utf8').split('\n')[line - 1].trim().slice(0, 110);
    } catch {
      return '';
    }
  };
  for (const n of profile.nodes) for (const t of n.positionTicks ?? []) t.url = n.callFrame.url;
  const where = new Map(profile.nodes.flatMap((n) => (n.positionTicks ?? []).map((t) => [`${name(n)} line ${t.line}`, source(n.callFrame.url, t.line)])));
  for (const [k, v] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${String(v).padStart(6)}  ${k}: ${where.get(k)}`);
  const all = stretches.flatMap((s) => s.samples);
  console.log(`\nwhole run: ${(all.reduce((a, s) => a + s.dt, 0) / 1000).toFixed(0)} ms busy; self time:`);
  for (const [k, v] of top(all, (x) => [name(byId.get(x.id))], 30)) console.log(`  ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`);
  console.log('inclusive:');
  for (const [k, v] of top(all, (x) => [...new Set(stack(x.id).map(name))], 40)) console.log(`  ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`);
}
