// `npm test`: find (or install) the browser engines, type-check, lint, check the size budgets and
// the generated docs, then run every element test in Chromium, Firefox and WebKit (one test
// runner per engine, and once more in Lit's production mode) and, beside them, the node
// prerender tests and end-to-end pages (Chromium). Ends with one line per engine and the total.
// Extra arguments are test files for the runner (the end-to-end pages are skipped then).
// CIVIC_BROWSERS=chromium,firefox picks engines for quick local runs; CIVIC_TEST_JOBS sets
// how many jobs go at once (2).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { ENGINES, ENGINE_NAMES, ensureEngines, selectedEngines } from './find-engines.mjs';

const fileArgs = process.argv.slice(2);
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

let names;
try {
  names = selectedEngines();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (names.length < ENGINE_NAMES.length) {
  const left = ENGINE_NAMES.filter((name) => !names.includes(name)).map((name) => ENGINES[name].label);
  console.log(`CIVIC_BROWSERS=${process.env.CIVIC_BROWSERS}: not running ${left.join(', ')}.`);
}
const { found, problems } = ensureEngines(names);
if (problems.length) {
  problems.forEach((line) => console.error(line));
  process.exit(1);
}
for (const name of names) console.log(`${ENGINES[name].label}: ${Object.values(found[name]).join(', ')}`);

// The checks go two at a time (they are independent; the machine has two cores); the output
// of each is printed when it ends, so it never interleaves.
const checks = [
  ['type check', 'npx', ['tsc', '--noEmit']],
  // typescript-eslint, Lit's template rules and the custom-element rules (eslint.config.mjs).
  ['lint', 'npx', ['eslint', '--cache', '--cache-location', 'node_modules/.cache/eslint/', '.']],
  // Size budgets are exact figures, so they are enforced here (speed lives in `npm run bench`).
  ['size budgets', 'node', ['scripts/size.mjs', '--check']],
  // README's element reference is generated from the code; a stale one fails here.
  ['README reference', 'node', ['scripts/api-docs.mjs', '--check']],
];
const testStarted = Date.now();
const checkResults = await pool(checks, 2, ([name, command, args]) => new Promise((resolve) => {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.on('close', (code) => {
    process.stdout.write(`${code === 0 ? '✓' : '✗'} ${name}\n${output.trim() ? output.trimEnd() + '\n' : ''}`);
    resolve(code === 0);
  });
}));
if (!checkResults.every(Boolean)) process.exit(1);
const checksMs = Date.now() - testStarted;

// One runner per engine in Lit's development mode (its warnings surface), and one in
// production mode, so nothing depends on dev-only behaviour. Lit's two modes differ in
// Lit's own JavaScript, not in the engine, so the fastest engine carries the second.
const prodEngine = names.includes('chromium') ? 'chromium' : names[0];
const runs = [
  ...names.map((engine) => ({ engine, mode: 'development' })),
  { engine: prodEngine, mode: 'production' },
];
const label = ({ engine, mode }) => `${ENGINES[engine].label}${mode === 'production' ? ' (Lit production mode)' : ''}`;

/** Runs the test runner for one engine and mode; each line it prints is prefixed with the engine. */
/** A port free right now (the OS picks it): two runners started at once both took 8000. */
const freePort = () => new Promise((resolve, reject) => {
  const server = createServer().once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

async function runner(job) {
  const port = await freePort();
  const summaryFile = join(tmpdir(), `civic-test-summary-${process.pid}-${job.engine}-${job.mode}.json`);
  const env = { ...process.env, CIVIC_BROWSERS: job.engine, CIVIC_LIT_MODE: job.mode, CIVIC_TEST_SUMMARY: summaryFile, CIVIC_TEST_PORT: String(port) };
  if (job.engine === 'chromium') env.CHROME_PATH = found.chromium.browser;
  const prefix = `[${label(job)}] `;
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner', ...fileArgs], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', (chunk) => {
        // The runner redraws its progress line with terminal escapes: keep the text only.
        // eslint-disable-next-line no-control-regex -- ESC is the character being removed
        const lines = (rest + chunk).replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split(/\r?\n/);
        rest = lines.pop();
        for (const line of lines) if (line.trim()) process.stdout.write(prefix + line + '\n');
      });
      stream.on('end', () => rest.trim() && process.stdout.write(prefix + rest + '\n'));
    }
    child.on('close', (code) => {
      const result = { passed: 0, failed: 0, skipped: 0, failures: [], slowest: [], files: [] };
      if (existsSync(summaryFile)) {
        Object.assign(result, JSON.parse(readFileSync(summaryFile, 'utf8')));
        rmSync(summaryFile);
      } else {
        result.failed = 1;
        result.failures.push('the test runner stopped before reporting (see its output above)');
      }
      resolve({ ...job, ...result, ok: code === 0 && result.failed === 0, ms: Date.now() - started });
    });
  });
}

/** Runs the jobs with at most `limit` at once, keeping their order in the results. */
async function pool(jobs, limit, work) {
  const results = [];
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await work(jobs[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, lane));
  return results;
}

/** Runs a command, its output collected; resolves with `{ code, stdout, stderr }`. */
function capture(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const E2E_SCRIPTS = ['test/e2e/cdn-page.mjs', 'test/e2e/loader-page.mjs', 'test/e2e/frameworks.mjs', 'test/e2e/configurator.mjs', 'test/e2e/prerender.mjs', 'test/e2e/prerender-recipes.mjs', 'test/e2e/storybook.mjs'];
const E2E_LABEL = 'Prerender (node) and end-to-end pages (Chromium)';

/**
 * Node-side tests (the prerenderer, test/prerender/) and the end-to-end pages built from the
 * bundles, in Chromium: one job beside the element test runners. Each part's output is
 * printed, prefixed, when it ends.
 */
async function endToEnd() {
  const started = Date.now();
  const result = { label: E2E_LABEL, passed: 0, failed: 0, skipped: 0, failures: [], ok: true };
  const print = (title, text) => {
    const lines = text.split(/\r?\n/).filter((line) => line.trim());
    process.stdout.write(`[e2e] ${title}\n` + lines.map((line) => `[e2e] ${line}\n`).join(''));
  };
  const { buildInto } = await import('../test/prerender/build.mjs');
  const built = join(process.cwd(), '.cache', 'prerender-test');
  let partStarted = Date.now();
  await buildInto(built);
  const node = await capture('node', ['--test', '--test-reporter=tap', 'test/prerender/'], { ...process.env, CIVIC_PRERENDER_BUILD: built });
  const pass = Number(/^# pass (\d+)/m.exec(node.stdout)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(node.stdout)?.[1] ?? 1);
  print(`test/prerender/ (node --test, with its build: ${seconds(Date.now() - partStarted)})`, fail ? node.stdout + node.stderr : `node: ${pass} passed, ${fail} failed`);
  result.passed += pass;
  result.failed += fail;
  if (node.code !== 0 || fail) {
    result.ok = false;
    result.failures.push('test/prerender/ (node --test): see its output above');
  }
  for (const script of E2E_SCRIPTS) {
    partStarted = Date.now();
    const run = await capture('node', [script], { ...process.env, CHROME_PATH: found.chromium.browser });
    print(`${script} (${seconds(Date.now() - partStarted)})`, run.stdout + run.stderr);
    const counts = /e2e: (\d+) passed, (\d+) failed/.exec(run.stdout);
    result.passed += counts ? Number(counts[1]) : 0;
    result.failed += counts ? Number(counts[2]) : 1;
    if (run.code !== 0 || !counts || Number(counts[2])) {
      result.ok = false;
      result.failures.push(`${script}: see its output above`);
    }
  }
  return { ...result, ms: Date.now() - started };
}

// Two jobs at once, on the two cores: each test runner has one browser with its one page in
// front (a page in the background would get no animation frames); the end-to-end pages are a
// job of their own (skipped when only some test files were asked for). The two longest jobs
// (WebKit, the end-to-end pages) start first, then Firefox, Chromium and its production-mode
// run (the shortest, a subset) fill whichever lane frees first. CIVIC_TEST_JOBS=1 runs them in turn.
const jobs = Math.max(1, Number(process.env.CIVIC_TEST_JOBS) || 2);
const slowFirst = ['webkit', 'firefox'];
const others = runs.filter((r) => r.engine !== 'chromium').sort((a, b) => slowFirst.indexOf(a.engine) - slowFirst.indexOf(b.engine));
const e2e = !fileArgs.length && names.includes('chromium') ? [{ e2e: true, label: E2E_LABEL }] : [];
const work = [
  ...others.slice(0, 1),
  ...e2e,
  ...others.slice(1),
  ...runs.filter((r) => r.engine === 'chromium'),
].map((w) => (w.e2e ? w : { ...w, label: label(w) }));
console.log(`\nTests: ${work.map((w) => w.label).join(', ')} (${jobs} at a time)…`);
const started = Date.now();
const results = await pool(work, jobs, (w) => (w.e2e ? endToEnd() : runner(w)));
const testsMs = Date.now() - started;
const status = results.every((r) => r.ok) ? 0 : 1;

console.log('');
for (const r of results) {
  for (const failure of r.failures) console.log(`✗ ${r.label ?? label(r)}: ${failure}`);
}
const width = Math.max(...results.map((r) => (r.label ?? label(r)).length));
for (const r of results) {
  const slowest = r.slowest?.length ? ` (slowest: ${r.slowest.map((f) => `${f.file.replace(/^test\//, '')} ${seconds(f.ms)}`).join(', ')})` : '';
  console.log(`${(r.label ?? label(r)).padEnd(width)}  ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped in ${seconds(r.ms)}${slowest}`);
}
// CIVIC_TEST_TIMES=file.json keeps every file's time per runner (to see where an engine's time goes).
if (process.env.CIVIC_TEST_TIMES) {
  const times = Object.fromEntries(results.filter((r) => r.files).map((r) => [r.label ?? label(r), { files: r.files, slowestTests: r.slowestTests }]));
  writeFileSync(process.env.CIVIC_TEST_TIMES, JSON.stringify(times, null, 1));
}
const total = results.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log(`checks (type check, lint, sizes, README reference) took ${seconds(checksMs)}, the tests ${seconds(testsMs)} with ${jobs} at a time`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped in ${seconds(Date.now() - testStarted)}`);
process.exit(status);
