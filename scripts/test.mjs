// `npm test`: find (or install) the browser engines, type-check, lint, check the size budgets and
// the generated docs, then run every element test in Chromium, Firefox and WebKit (one test
// runner per engine, and once more in Lit's production mode), then the end-to-end pages.
// Extra arguments are test files for the runner (the end-to-end pages are skipped then).
// CIVIC_BROWSERS=chromium,firefox picks engines for quick local runs; CIVIC_TEST_JOBS sets
// how many runners go at once (2).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES, ENGINE_NAMES, ensureEngines, selectedEngines } from './find-engines.mjs';

const fileArgs = process.argv.slice(2);
const run = (command, args, env = process.env) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
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

if (run('npx', ['tsc', '--noEmit']) !== 0) process.exit(1);
// typescript-eslint, Lit's template rules and the custom-element rules (eslint.config.mjs).
if (run('npx', ['eslint', '--cache', '--cache-location', 'node_modules/.cache/eslint/', '.']) !== 0) process.exit(1);
// Size budgets are exact figures, so they are enforced here (speed lives in `npm run bench`).
if (run('node', ['scripts/size.mjs', '--check']) !== 0) process.exit(1);
// README's element reference is generated from the code; a stale one fails here.
if (run('node', ['scripts/api-docs.mjs', '--check']) !== 0) process.exit(1);

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
function runner(job) {
  const summaryFile = join(tmpdir(), `civic-test-summary-${process.pid}-${job.engine}-${job.mode}.json`);
  const env = { ...process.env, CIVIC_BROWSERS: job.engine, CIVIC_LIT_MODE: job.mode, CIVIC_TEST_SUMMARY: summaryFile };
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
      const result = { passed: 0, failed: 0, skipped: 0, failures: [] };
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

// Two runners at once: two browsers, each with its one page in front (a page in the
// background would get no animation frames), on the 2 cores. CIVIC_TEST_JOBS=1 runs them in turn.
const jobs = Math.max(1, Number(process.env.CIVIC_TEST_JOBS) || 2);
console.log(`\nElement tests: ${runs.map(label).join(', ')} (${jobs} at a time)…`);
const started = Date.now();
const results = await pool(runs, jobs, runner);
const elementMs = Date.now() - started;
let status = results.every((r) => r.ok) ? 0 : 1;

// Node-side tests (the prerenderer, test/prerender/) and end-to-end pages built from the
// bundles (both skipped when only some test files were asked for).
const e2e = { passed: 0, failed: 0, ms: 0 };
if (!fileArgs.length && names.includes('chromium')) {
  const e2eStarted = Date.now();
  console.log('\ntest/prerender/ (node --test)');
  const { buildInto } = await import('../test/prerender/build.mjs');
  const built = join(process.cwd(), '.cache', 'prerender-test');
  await buildInto(built);
  const node = spawnSync('node', ['--test', '--test-reporter=tap', 'test/prerender/'], { encoding: 'utf8', env: { ...process.env, CIVIC_PRERENDER_BUILD: built } });
  const failures = node.stdout.split('\n').filter((line) => /^\s*not ok /.test(line) || /^\s+(error|location):/.test(line));
  const pass = Number(/^# pass (\d+)/m.exec(node.stdout)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(node.stdout)?.[1] ?? 1);
  console.log(`node: ${pass} passed, ${fail} failed${failures.length ? `\n${failures.join('\n')}` : ''}`);
  if (fail) process.stdout.write(node.stdout);
  e2e.passed += pass;
  e2e.failed += fail;
  if (node.status !== 0) status = 1;
  for (const script of ['test/e2e/cdn-page.mjs', 'test/e2e/loader-page.mjs', 'test/e2e/frameworks.mjs', 'test/e2e/configurator.mjs', 'test/e2e/prerender.mjs', 'test/e2e/storybook.mjs']) {
    console.log(`\n${script}`);
    const result = spawnSync('node', [script], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: found.chromium.browser } });
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    const counts = /e2e: (\d+) passed, (\d+) failed/.exec(result.stdout);
    e2e.passed += counts ? Number(counts[1]) : 0;
    e2e.failed += counts ? Number(counts[2]) : 1;
    if (result.status !== 0) status = 1;
  }
  e2e.ms = Date.now() - e2eStarted;
}

console.log('');
for (const r of results) {
  for (const failure of r.failures) console.log(`✗ ${label(r)}: ${failure}`);
}
for (const r of results) {
  console.log(`${label(r)}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped in ${seconds(r.ms)}`);
}
if (e2e.ms) console.log(`Prerender (node) and end-to-end pages (Chromium): ${e2e.passed} passed, ${e2e.failed} failed in ${seconds(e2e.ms)}`);
const total = results.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }), { passed: e2e.passed, failed: e2e.failed, skipped: 0 });
console.log(`(element tests took ${seconds(elementMs)} with ${jobs} at a time)`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(status);
