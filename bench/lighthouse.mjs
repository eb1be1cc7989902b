// Lighthouse 12.2.3 (a devDependency; 13 wants Node 22) on one URL, mobile preset, driving
// Debian's Chromium (or CHROME_PATH). Spawned asynchronously: the static server the URL
// points at runs in the calling process and must keep answering.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { CHROME_FLAGS, findChrome } from '../scripts/find-chrome.mjs';

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

/** Resolves to { performance, accessibility, FCP, LCP, TBT, CLS } or { error }. */
export function lighthouse(url) {
  const args = [cli, url, '--only-categories=performance,accessibility', '--output=json', '--quiet',
    `--chrome-path=${findChrome()}`, `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => {
      if (status !== 0) return resolve({ error: stderr.trim().split('\n').slice(-3).join(' ') });
      const { categories, audits } = JSON.parse(stdout);
      resolve({
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        FCP: audits['first-contentful-paint'].displayValue,
        LCP: audits['largest-contentful-paint'].displayValue,
        TBT: audits['total-blocking-time'].displayValue,
        CLS: audits['cumulative-layout-shift'].displayValue,
      });
    });
  });
}
