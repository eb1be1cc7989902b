// End-to-end check of the CDN loader (dist/civic-widgets.js) as README's snippet uses it: a
// page with a ticker alone, the library on another origin, under the strict policy. The
// page must get the ticker and nothing of the other elements; a tag added after load must
// upgrade (fetching only then what it needs); the page stylesheet that reserves heights must
// be in place. Prints "e2e: N passed, N failed".
import { build } from 'vite';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { launch } from '../../bench/browser.mjs';
import { TYPES } from '../../bench/serve.mjs';
import { readmeSnippet } from '../../bench/snippet-page.mjs';
import { strictCsp } from './csp.mjs';

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
};
const listen = (handler) =>
  new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

/** The files a module pulls in with static imports (what a browser fetches with it). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    closure(normalize(join(dirname(file), spec)), seen);
  }
  return seen;
}

const outDir = mkdtempSync(join(tmpdir(), 'civic-loader-e2e-'));
let browser;
const servers = [];
try {
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const files = (name) => new Set([...closure(join(outDir, 'elements', `${name}.js`))].map((file) => relative(outDir, file)));
  const ticker = files('news-ticker');
  const others = ['article-cards', 'attractions-map', 'partnership-panel'].map(files);
  const notTicker = new Set(others.flatMap((set) => [...set]).filter((file) => !ticker.has(file)));

  const cdnServer = await listen((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const [dir, rest] = path.startsWith('/civic-widgets/') ? [outDir, path.slice(15)] : ['data', path.replace(/^\/feeds\//, '')];
    const file = normalize(join(dir, rest));
    if (!file.startsWith(normalize(dir)) || !existsSync(file) || statSync(file).isDirectory()) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
    response.end(readFileSync(file));
  });
  servers.push(cdnServer);
  const cdn = `http://localhost:${cdnServer.address().port}`;
  // The README snippet's script line and its ticker line, the paths pointing at the CDN.
  const lines = readmeSnippet().split('\n').filter((line) => line.startsWith('<script') || line.startsWith('<civic-news-ticker'));
  const snippet = lines.join('\n').replaceAll('"/civic-widgets/', `"${cdn}/civic-widgets/`).replaceAll('"/feeds/', `"${cdn}/feeds/`);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ticker only</title>
${snippet.split('\n')[0]}</head><body><main><h1>Ticker only</h1>${snippet.split('\n').slice(1).join('\n')}<div id="later"></div></main></body></html>`;
  const siteServer = await listen((request, response) => {
    response.writeHead(200, { 'content-type': TYPES['.html'], 'content-security-policy': strictCsp(cdn) });
    response.end(page);
  });
  servers.push(siteServer);

  browser = await launch();
  const tab = await browser.newPage();
  const requested = [];
  const errors = [];
  tab.on('request', (request) => requested.push(request.url()));
  tab.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.goto(`http://127.0.0.1:${siteServer.address().port}/`, { waitUntil: 'networkidle0', timeout: 30000 });
  const headlines = await tab
    .waitForFunction(() => document.querySelector('civic-news-ticker')?.shadowRoot?.querySelectorAll('[part~="list"] a').length, { timeout: 10000 })
    .then((handle) => handle.jsonValue())
    .catch(() => 0);
  check('the README snippet with a ticker alone shows the headlines, the library on another origin', headlines > 0);
  const library = () => requested.filter((url) => url.startsWith(`${cdn}/civic-widgets/`)).map((url) => url.slice(cdn.length + 15));
  const stray = library().filter((file) => notTicker.has(file));
  check(`a ticker-only page never requests the cards', map's or panel's files (${notTicker.size} files)`, stray.length === 0, stray.join(', '));
  const unexpected = library().filter((file) => file !== 'civic-widgets.js' && !ticker.has(file));
  check('it requests the loader and the ticker’s files, nothing else', unexpected.length === 0 && library().includes('civic-widgets.js'), unexpected.join(', '));
  const sheet = await tab.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.startsWith('@layer civic-widgets'))));
  check('the page stylesheet that reserves heights is adopted under the strict policy', sheet);

  // Added as a CMS script would under Trusted Types (no innerHTML); createElementNS is not the
  // document.createElement the loader watches, so the insertion itself must be noticed.
  await tab.evaluate((src) => {
    const cards = document.createElementNS('http://www.w3.org/1999/xhtml', 'civic-article-cards');
    cards.setAttribute('src', src);
    cards.setAttribute('page-size', '2');
    document.getElementById('later').append(cards);
  }, `${cdn}/feeds/news.json`);
  const cards = await tab
    .waitForFunction(() => document.querySelector('civic-article-cards')?.shadowRoot?.querySelectorAll('[part~="card"]').length, { timeout: 10000 })
    .then((handle) => handle.jsonValue())
    .catch(() => 0);
  check('a tag added after load upgrades and shows its data', cards === 2, `${cards} cards`);
  check('only then are the cards’ files requested', library().includes('elements/article-cards.js'));
  const violations = await tab.evaluate(() => window.__violations);
  check('no policy violation, no error', violations.length === 0 && errors.length === 0, [...violations, ...errors].join('\n      '));
} catch (error) {
  check('the loader page could be built, served and loaded', false, error.stack);
} finally {
  await browser?.close();
  servers.forEach((server) => server.close());
  rmSync(outDir, { recursive: true, force: true });
}
const failed = results.filter((ok) => !ok).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
