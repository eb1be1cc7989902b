// `npm test`: make sure a Chromium is there (installing Debian's when we can), type-check,
// check the size budgets, then run every test in headless Chromium. Extra arguments go to
// the test runner.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';

const run = (command, args, env = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
    process.exit(1);
  }
  const isRoot = process.getuid?.() === 0;
  if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's `chromium` package with apt-get (about a minute)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env) === 0 && run('apt-get', ['install', '-y', '-qq', 'chromium'], env) === 0) {
      const installed = findChrome();
      if (installed) return installed;
    }
  }
  console.error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its binary, then run `npm test` again.',
  );
  process.exit(1);
}

const chrome = ensureChrome();
console.log(`Using ${chrome}`);
if (run('npx', ['tsc', '--noEmit']) !== 0) process.exit(1);
// Size budgets are exact figures, so they are enforced here (speed lives in `npm run bench`).
if (run('node', ['scripts/size.mjs', '--check']) !== 0) process.exit(1);
// README's element reference is generated from the code; a stale one fails here.
if (run('node', ['scripts/api-docs.mjs', '--check']) !== 0) process.exit(1);
const summaryFile = join(tmpdir(), `civic-test-summary-${process.pid}.json`);
let status = run('npx', ['web-test-runner', ...process.argv.slice(2)], {
  ...process.env,
  CHROME_PATH: chrome,
  CIVIC_TEST_SUMMARY: summaryFile,
});
const totals = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(summaryFile)) {
  Object.assign(totals, JSON.parse(readFileSync(summaryFile, 'utf8')));
  rmSync(summaryFile);
}

// Node-side tests (the prerenderer, test/prerender/) and end-to-end pages built from the
// bundles (both skipped when only some test files were asked for).
if (!process.argv.slice(2).length) {
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
  totals.passed += pass;
  totals.failed += fail;
  if (node.status !== 0) status = 1;
  for (const script of ['test/e2e/cdn-page.mjs', 'test/e2e/loader-page.mjs', 'test/e2e/frameworks.mjs', 'test/e2e/configurator.mjs', 'test/e2e/prerender.mjs', 'test/e2e/prerender-recipes.mjs', 'test/e2e/storybook.mjs']) {
    console.log(`\n${script}`);
    const result = spawnSync('node', [script], { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chrome } });
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    const counts = /e2e: (\d+) passed, (\d+) failed/.exec(result.stdout);
    totals.passed += counts ? Number(counts[1]) : 0;
    totals.failed += counts ? Number(counts[2]) : 1;
    if (result.status !== 0) status = 1;
  }
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(status);
