// Size budgets: builds the library (`vite build`) into a temporary folder and prints, for what
// a page really downloads, the minified + gzipped bytes (each file gzipped on its own, as a
// server sends it). `--check` exits 1 when a budget is broken (npm test runs it so).
import { build } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/**
 * What the CDN loader may add to the code of the elements a page uses: 1.5 KB for issue 12's
 * loader, 1.95 KB since it also starts each element's feed beside its code (with the feed
 * kinds' Accept headers) and leaves tags more than a screen below the window until they come
 * near. That 0.45 KB took the README page's Lighthouse (mobile) total blocking time from
 * ≈ 970 to ≈ 450 ms (README, Performance); a phone there downloads the ticker and the cards,
 * the map and the panel only when the visitor scrolls near them. The page with all four grew
 * by the same 0.45 KB: 93.8 → 93.9 KB (94.0 with main's panel labels). The map's and the
 * panel's reserves as tall as their data cost the loader 0.09 KB, the trigger it lost won
 * 0.05 back: 1.92 KB. One guard symbol instead of two, the block margin in the reserve rule
 * (the elements' `:host` has it after they upgrade) and a shorter stylesheet hand-over: 1.88 KB,
 * allowance 1.9 KB (issue 12's 1.5 KB would need the reserves, 0.63 KB of it, elsewhere).
 * (Setting up ICU in a task of its own, 61a2183, +0.05 KB, was taken back out: Lighthouse saw
 * that task as a long one of its own, 30-70 ms as observed here.)
 */
const LOADER_ALLOWANCE = 1.9 * KB;
const ELEMENTS = { ticker: 'news-ticker', cards: 'article-cards', map: 'attractions-map', panel: 'partnership-panel' };
/**
 * What a page loads, and the most it may weigh (min + gzip, dependencies included). Budgets
 * are ratchets: the figures we hold today plus a little, to stop regressions. `entries` are
 * per-element entries (what a bundler's page with those elements loads); `cdn` lists the
 * elements on a page that includes dist/civic-widgets.js (the loader fetches their entries).
 * Ukrainian, the fourth built-in language, costs each element 1–2 KB (Cyrillic is two bytes
 * a letter and compresses less): the budgets grew by that once. Per-kind feed descriptors and
 * one link-safety module (issue 13) added up to 0.5 KB more; invisible-character clean-up,
 * the "none usable" error and per-language categories another 0.5 KB; the RSS/Atom reader's
 * namespaces, pictures, xml:base and lenient recovery 3.5 KB, fetched only for XML feeds.
 * Headings that fit the page (issue 12: the walk to the nearest heading before an element, a
 * small shared chunk) cost cards, panel and map 0.7 KB each; the block margin a few bytes.
 * Error messages in plain words with the technical detail collapsed beside them (issue 18):
 * 1.3 KB, seven sentences in four languages. Taking prerendered DOM over (issue 16: replaying
 * the server's render for hydration, src/controllers/prerendered.ts; the no-JavaScript styles)
 * costs 0.6–0.9 KB; its hydration support, a lazy chunk only prerendered pages load, moves Lit
 * into a chunk of its own (one more file, 0.7–0.9 KB of import glue on every page). Hostile-feed
 * defences (issue 13: a linear HTML text scanner instead of a parse per string, parsing in
 * slices, caps, CSP-quiet inert parsing) about 0.6 KB, and the XML reader's element limits and
 * sliced recovery 1.4 KB more (fetched only for XML feeds).
 * The map for tourists (issue 14: opening hours said in words with "open now", distances and
 * "nearest first" after "show my location", on each list entry and in the details) added 1.9 KB
 * to the map element; moving what only the drawn map or the panel needs out of its eager code
 * (markers' DOM, the gesture guard, geodesics, the news parser that came along with `compact`)
 * won 3 KB back, so the map element's row went down, but the rows with all four elements
 * (which keep every module) grew by 0.7 KB. Moving `compact` out of the news parser costs the
 * three news-reading elements 0.3 KB each (the parser now sits in their own shared chunk, with
 * its exports to the XML reader) against 2 KB off the map: the panel's budget grew 0.2 KB.
 * Every engine (issue 15): the panel's distance diagram shortens its city labels until they fit
 * in the font the engine really draws (Firefox's and WebKit's wider default fonts overflowed a
 * character count's cut): 0.1 KB on the panel and the rows that hold it.
 * A prerendered ticker read without JavaScript lists its headlines with a dot at each one's
 * first line (issue 16, its no-JavaScript view looked unfinished): 0.05 KB in the ticker's
 * styles, which took the trio 0.04 KB over its 70.5: +0.1 KB.
 * A 100,000-place map without a frozen page (issue 14): the loader can hand a kind its body's
 * bytes (the map decodes 30 MB in its worker, not on the main thread) and skip serializing a
 * copy too large for localStorage: two small seams in the shared feed code, 0.04–0.06 KB on
 * cards and panel (+0.05 KB each; the trio +0.05 KB, on top of the engines' 70.7).
 * The feed loader taking over the request the CDN loader started beside an element's code
 * (src/feeds/early.ts, issue 12's Lighthouse work): 0.08 KB in the shared chunk, so cards,
 * panel and the trio +0.1 KB (merged with the panel's diagram labels above: panel 57.5, trio
 * 70.8, all four through the CDN file 94.0 KB).
 * Both of those seams together (issue 14's bytes hand-over and issue 12's early feed, merged on
 * main): cards measured 49.13, the trio 70.83, all four through the CDN file 94.24 KB; the
 * budgets are those figures rounded up (cards 49.15, trio 70.85, all four 94.3).
 * Feed text that needs no clean-up (almost all of it) is checked with one scan instead of
 * three replaces and a trim (issue 14: a 10,000-place map parses 15–20 % faster; every feed
 * gains): 0.03–0.05 KB in the shared text code, so ticker, cards, panel, the trio and the
 * package entry +0.05 KB.
 * The map reads a large feed while it downloads (issue 14: its worker parses the places as the
 * chunks come, so at 10,000 places little is left when the last byte arrives): a stream seam
 * in the shared loader (0.03 KB on every element: ticker, cards, panel, trio +0.05 KB) and
 * the map's side of it in its eager code (+0.2 KB), and the opening-hours reader kept for the
 * page's next map (no second render): the package entry and all four through the CDN file
 * +0.25 KB; the map element's own row stays under its 62 KB. Where no worker may run, the page
 * itself reads the places as they download: the stream reader (src/map/geojson-stream.ts,
 * fetched only for a feed over 256 KB) joins the map's lazy code, 59.4 → 61.1 KB (with its reading a piece per turn). The
 * main-thread slices' own scanner (geojson-chunked.ts, 1.25 KB) is gone: a whole body is read
 * by the same stream reader (geojson-here.ts, a lazy chunk that must not import
 * geojson-parse.ts: one that did made the bundler split the shared chunk, +0.9 KB per page).
 * The map's and the panel's loading states as tall as their data (issue 12: the loader now
 * leaves both until a visitor comes near, so their data arrives in view): the map's room for
 * its legend and list 0.15 KB, the panel's held-open frame 0.09 KB, the faint bars that show
 * both as content to come 0.03 / 0.06 KB; panel 57.46 → 57.61, the trio 70.83 → 70.98, the
 * package entry 92.70 → 93.03, all four through the CDN file 94.24 → 94.61 KB (the loader's
 * own reserves for them +0.09 KB, less 0.05 KB for the trigger it lost).
 * Both merged (issues 12 and 14): each row is main's figure plus what issue 14 added.
 * Text folding (`fold`, once ui/fold.ts, 0.2 KB, now in feeds/localized.ts) moved into the chunk every element shares (issue 12's
 * Lighthouse work: as a chunk of its own it was a fourth round trip, loader → element →
 * news helpers → fold, before the first cards could render): the ticker and the trio -0.1 KB,
 * the map's lazy code -0.2 KB, the map element +0.2 KB (still under its 62 KB) and the panel,
 * which never needed it eagerly, +0.15 KB: panel 57.75 → 57.9 KB.
 * Feed text and links checked in one pass where nothing needs cleaning (issue 14's 10,000-place
 * map: a character loop instead of a regular expression for tidy text, plain absolute http(s)
 * links parsed without the clean-up passes and the base; every feed's text gains, each about
 * twice as fast in Chromium): 0.12 KB in the shared text code, so ticker, RSS, panel, the
 * package entry and all four through the CDN file +0.05–0.15 KB; the GeoJSON reader's own part
 * (category identifiers made once per feed, no translation work for places without `name:xx`
 * tags, the hours read once) 0.07 KB on the map element: 61.94 → 62.19 KB.
 * Merged with issue 12's first Intl set-up in the loader (+0.05 KB) and the 100,000-place draw
 * split: map with its hours reader 64.05 → 64.06 KB, all four through the CDN file 95.02 KB.
 */
const BUDGETS = [
  { name: 'ticker alone', entries: ['ticker'], budget: 48.65 * KB },
  { name: 'ticker reading RSS/Atom (+ XML reader)', entries: ['ticker'], plusLazy: /\/xml-[\w-]+\.js$/, budget: 54.15 * KB },
  { name: 'cards alone', entries: ['cards'], budget: 49.25 * KB },
  { name: 'panel alone', entries: ['panel'], budget: 58.05 * KB },
  { name: 'map element (before the map loads)', entries: ['map'], budget: 62.2 * KB },
  { name: 'map lazy chunk (Leaflet included)', lazyOf: 'map', budget: 61.1 * KB },
  { name: 'map reading opening hours (+ its reader)', entries: ['map'], plusLazy: /\/hours-[\w-]+\.js$/, budget: 64.1 * KB },
  { name: 'ticker + cards + panel', entries: ['ticker', 'cards', 'panel'], budget: 71.1 * KB },
  { name: "package entry ('civic-widgets', all four)", files: ['elements/index.js'], budget: 93.45 * KB },
  { name: 'CDN file (the loader) alone', files: ['civic-widgets.js'], budget: LOADER_ALLOWANCE },
  { name: 'CDN file, page with only the ticker', cdn: ['ticker'] },
  { name: 'CDN file, page with only the cards', cdn: ['cards'] },
  { name: 'CDN file, page with only the map', cdn: ['map'] },
  { name: 'CDN file, page with only the panel', cdn: ['panel'] },
  { name: 'CDN file, page with all four', cdn: ['ticker', 'cards', 'map', 'panel'], budget: 95.0 * KB },
  // The README page on a phone at first: map and panel are more than a screen below (the loader waits).
  { name: 'CDN file, ticker + cards (README, phone)', cdn: ['ticker', 'cards'] },
];

const outDir = mkdtempSync(join(tmpdir(), 'civic-size-'));
try {
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });

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
  const entryFile = (key) => join(outDir, 'elements', `${ELEMENTS[key]}.js`);
  const loader = join(outDir, 'civic-widgets.js');
  const loaderTargets = new Set(importsOf(loader).dynamics);
  const sum = (files) => [...files].reduce((total, file) => total + gzipped(file), 0);

  const problems = [];
  const rows = BUDGETS.map(({ name, entries, files: named, lazyOf, plusLazy, cdn, budget }) => {
    let files;
    if (named) {
      files = closure(named.map((file) => join(outDir, file)));
    } else if (cdn) {
      // What the loader fetches for these tags: itself, then each element's entry and its imports.
      for (const key of cdn) if (!loaderTargets.has(entryFile(key))) problems.push(`the loader does not import elements/${ELEMENTS[key]}.js`);
      files = closure([loader, ...cdn.map(entryFile)]);
    } else if (plusLazy) {
      // The eager files plus the lazy chunk that a given feed format pulls in.
      const eager = closure(entries.map(entryFile));
      const extra = [...eager].flatMap((file) => importsOf(file).dynamics).filter((file) => plusLazy.test(file));
      files = new Set([...eager, ...closure(extra)]);
      if (!extra.length) problems.push(`${name}: the reader is not a lazy chunk any more`);
    } else if (lazyOf) {
      const eager = closure([entryFile(lazyOf)]);
      const lazyRoots = [...eager].flatMap((file) => importsOf(file).dynamics);
      files = new Set([...closure(lazyRoots)].filter((file) => !eager.has(file)));
      // No lazy chunk at all means Leaflet went into the eager bundle.
      if (!files.size) problems.push(`${name}: Leaflet is not a lazy chunk any more`);
    } else {
      files = closure(entries.map(entryFile));
    }
    const size = sum(files);
    // A page with one element through the loader: at most that element's own figure + the allowance.
    const own = cdn?.length === 1 ? sum(closure([entryFile(cdn[0])])) : undefined;
    const limit = own !== undefined ? Math.min(budget ?? Infinity, own + LOADER_ALLOWANCE) : budget;
    const over = limit !== undefined && size > limit;
    if (over) problems.push(`${name}: ${(size / KB).toFixed(2)} KB > ${(limit / KB).toFixed(2)} KB`);
    return { name, size, limit, over, files: [...files].map((file) => relative(outDir, file)) };
  });

  const pad = (text, width) => String(text).padEnd(width);
  console.log(`${pad('what a page loads', 42)}${pad('min+gzip', 11)}${pad('budget', 10)}files`);
  for (const row of rows) {
    const limit = row.limit ? `${(row.limit / KB).toFixed(1)} KB` : '—';
    console.log(`${pad(row.name, 42)}${pad(`${(row.size / KB).toFixed(1)} KB`, 11)}${pad(limit, 10)}${row.files.length}${row.over ? '  OVER BUDGET' : ''}`);
  }
  if (process.argv.includes('--files')) for (const row of rows) console.log(`\n${row.name}:\n  ${row.files.sort().join('\n  ')}`);
  if (process.argv.includes('--check') && problems.length) {
    console.error(`size: ${problems.join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
