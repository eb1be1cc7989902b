// Size budgets: builds the per-element entries into a temporary folder and prints, for what
// a page really downloads, the minified + gzipped bytes (each file gzipped on its own, as a
// server sends it). `--check` exits 1 when a budget is broken (npm test runs it so).
import { build } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/**
 * What a page loads, and the most it may weigh (min + gzip, dependencies included).
 * Issue 8 targets 40 KB for the trio; lit (≈6 KB) and i18next (≈16 KB) alone take 22 KB of
 * it, so these budgets are ratchets: the figures we hold today, to stop regressions.
 * Ukrainian, the fourth built-in language, costs each element 1–2 KB (Cyrillic is two bytes
 * a letter and compresses less): the budgets grew by that once. Per-kind feed descriptors and
 * one link-safety module (issue 13) added up to 0.5 KB more; invisible-character clean-up,
 * the "none usable" error and per-language categories another 0.5 KB; hostile-feed defences
 * 1.3 KB (a linear HTML text scanner instead of a parse per string, parsing in slices, caps,
 * CSP-quiet inert parsing); the RSS/Atom reader's namespaces, pictures, xml:base, lenient
 * recovery and element limits 3.5 KB, fetched only for XML feeds.
 */
const BUDGETS = [
  { name: 'ticker + cards + panel', entries: ['news-ticker', 'article-cards', 'partnership-panel'], budget: 66 * KB },
  { name: 'ticker alone', entries: ['news-ticker'], budget: 45 * KB },
  { name: 'ticker reading RSS/Atom (+ XML reader)', entries: ['news-ticker'], plusLazy: /\/xml-[\w-]+\.js$/, budget: 50.5 * KB },
  { name: 'cards alone', entries: ['article-cards'], budget: 45 * KB },
  { name: 'panel alone', entries: ['partnership-panel'], budget: 53.5 * KB },
  { name: 'map element (before the map loads)', entries: ['attractions-map'], budget: 55 * KB },
  { name: 'map lazy chunk (Leaflet included)', lazyOf: 'attractions-map', budget: 60 * KB },
  { name: 'all four (CDN file, static part)', entries: ['news-ticker', 'article-cards', 'partnership-panel', 'attractions-map'] },
];

const outDir = mkdtempSync(join(tmpdir(), 'civic-size-'));
try {
  await build({ mode: 'elements', logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });

  const gz = new Map();
  const gzipped = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
    return gz.get(file);
  };
  const importsOf = (file) => {
    const code = readFileSync(file, 'utf8');
    const resolve = (spec) => normalize(join(dirname(file), spec));
    const statics = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => resolve(m[1]));
    const dynamics = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => resolve(m[1]));
    return { statics, dynamics };
  };
  const closure = (files) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      importsOf(file).statics.forEach(visit);
    };
    files.forEach(visit);
    return seen;
  };
  const entryFile = (name) => join(outDir, 'elements', `${name}.js`);
  const sum = (files) => [...files].reduce((total, file) => total + gzipped(file), 0);

  let broken = 0;
  const rows = BUDGETS.map(({ name, entries, lazyOf, plusLazy, budget }) => {
    let files;
    if (plusLazy) {
      // The eager files plus the lazy chunk that a given feed format pulls in.
      const eager = closure(entries.map(entryFile));
      const extra = [...eager].flatMap((file) => importsOf(file).dynamics).filter((file) => plusLazy.test(file));
      files = new Set([...eager, ...closure(extra)]);
      if (!extra.length) files = new Set(); // the reader is not lazy any more: flag it below
    } else if (lazyOf) {
      const eager = closure([entryFile(lazyOf)]);
      const lazyRoots = [...eager].flatMap((file) => importsOf(file).dynamics);
      files = new Set([...closure(lazyRoots)].filter((file) => !eager.has(file)));
    } else {
      files = closure(entries.map(entryFile));
    }
    const size = sum(files);
    // No lazy chunk at all means Leaflet (or the XML reader) went into the eager bundle.
    const over = (budget !== undefined && size > budget) || ((lazyOf ?? plusLazy) !== undefined && files.size === 0);
    if (over) broken += 1;
    return { name, size, budget, over, files: files.size };
  });

  const pad = (text, width) => String(text).padEnd(width);
  console.log(`${pad('what a page loads', 40)}${pad('min+gzip', 12)}${pad('budget', 10)}files`);
  for (const row of rows) {
    const budget = row.budget ? `${+(row.budget / KB).toFixed(1)} KB` : "—";
    const mark = row.over ? '  OVER BUDGET' : '';
    console.log(`${pad(row.name, 40)}${pad(`${(row.size / KB).toFixed(1)} KB`, 12)}${pad(budget, 10)}${row.files}${mark}`);
  }
  if (process.argv.includes('--check') && broken) {
    console.error(`size: ${broken} budget(s) broken`);
    process.exitCode = 1;
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
