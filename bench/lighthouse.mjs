// Lighthouse 12.2.3 (a devDependency; 13 wants Node 22) on one URL, mobile preset, driving
// Debian's Chromium (or CHROME_PATH). Spawned asynchronously: the static server the URL
// points at runs in the calling process and must keep answering.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_FLAGS, findChrome } from '../scripts/find-chrome.mjs';

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

/**
 * Resolves to { performance, accessibility, FCP, LCP, TBT, CLS, 'CPU index' } or { error }.
 * 'CPU index' is Lighthouse's benchmarkIndex of this machine during the run: under 1000
 * Lighthouse warns that the host is slower than it expects, and its simulated TBT and LCP grow.
 * `cpuSlowdown` replaces the mobile preset's 4× CPU slowdown (see calibratedSlowdown).
 */
export function lighthouse(url, { cpuSlowdown } = {}) {
  const args = [cli, url, '--only-categories=performance,accessibility', '--output=json', '--quiet',
    `--chrome-path=${findChrome()}`, `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`];
  if (cpuSlowdown) args.push(`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => {
      if (status !== 0) return resolve({ error: stderr.trim().split('\n').slice(-3).join(' ') });
      // CIVIC_LIGHTHOUSE_JSON=dir keeps each full report there, for its opportunities and traces.
      if (process.env.CIVIC_LIGHTHOUSE_JSON) writeFileSync(join(process.env.CIVIC_LIGHTHOUSE_JSON, `lighthouse-${Date.now()}.json`), stdout);
      const { categories, audits, environment } = JSON.parse(stdout);
      resolve({
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        FCP: audits['first-contentful-paint'].displayValue,
        LCP: audits['largest-contentful-paint'].displayValue,
        TBT: audits['total-blocking-time'].displayValue,
        CLS: audits['cumulative-layout-shift'].displayValue,
        'CPU index': Math.round(environment?.benchmarkIndex ?? 0),
        'CPU slowdown': `${cpuSlowdown ?? 4}×`,
      });
    });
  });
}

/**
 * The CPU slowdown that makes this machine, as busy as it is now, stand for the phone the
 * mobile preset emulates (a Moto G Power, benchmark index ≈ 264 in Chrome DevTools'
 * calibration): index ÷ 264, between 1 and 4. The preset's 4× assumes a host of about 1,000;
 * Lighthouse asks to calibrate when the host is slower (docs/throttling.md).
 */
export const calibratedSlowdown = (index) => Math.min(4, Math.max(1, Math.round((index / 264) * 10) / 10));
