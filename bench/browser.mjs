// Launches Debian's Chromium (or CHROME_PATH) headless for the benchmarks.
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../scripts/find-chrome.mjs';

export { CHROME_FLAGS };

/** `extra`: more puppeteer launch options (e.g. a longer `protocolTimeout` for slow steps). */
export function launch(extra = {}) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: install Debian chromium or set CHROME_PATH.');
  return puppeteer.launch({ executablePath, headless: true, args: CHROME_FLAGS, ...extra });
}

/** Prints rows (objects with the same keys) as a small aligned table. */
export function table(title, rows) {
  console.log(`\n${title}`);
  if (!rows.length) return console.log('  (no rows)');
  const keys = Object.keys(rows[0]);
  const widths = keys.map((key) => Math.max(key.length, ...rows.map((row) => String(row[key]).length)));
  const line = (values) => '  ' + values.map((value, i) => String(value).padEnd(widths[i])).join('  ');
  console.log(line(keys));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  rows.forEach((row) => console.log(line(keys.map((key) => row[key]))));
}
