// The README's React 19 and Vue 3 recipes, tried for real: each app is bundled with esbuild
// and runs in headless Chromium beside the CDN build. Asserts that properties reach the
// elements and that the frameworks receive civic-feed-load events. Prints "e2e: N passed, N failed".
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { createServer } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { launch } from '../../bench/browser.mjs';
import { TYPES } from '../../bench/serve.mjs';

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
};

const outDir = mkdtempSync(join(tmpdir(), 'civic-frameworks-'));
let browser;
let server;
try {
  // The package as a site installs it: node_modules/civic-widgets with package.json and dist/.
  const pkg = join(outDir, 'site', 'node_modules', 'civic-widgets');
  mkdirSync(pkg, { recursive: true });
  cpSync('package.json', join(pkg, 'package.json'));
  // One build writes the CDN loader, the package entry and the per-element entries.
  await viteBuild({ logLevel: 'silent', build: { outDir: join(pkg, 'dist'), emptyOutDir: true, sourcemap: false } });
  cpSync('test/e2e/frameworks/consumer-app.js', join(outDir, 'site', 'consumer-app.js'));
  await esbuild({
    entryPoints: { consumer: join(outDir, 'site', 'consumer-app.js') },
    bundle: true,
    format: 'esm',
    outdir: join(outDir, 'apps'),
    logLevel: 'silent',
  });
  await esbuild({
    entryPoints: { react: 'test/e2e/frameworks/react-app.jsx', vue: 'test/e2e/frameworks/vue-app.js' },
    bundle: true,
    format: 'esm',
    outdir: join(outDir, 'apps'),
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    logLevel: 'silent',
  });
  const page = (app) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${app}</title>
<script type="module" src="/dist/civic-widgets.js"></script>
<script type="module" src="/apps/${app}.js"></script></head>
<body><main id="${app}-root"></main></body></html>`;
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/consumer.html') {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      return response.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title><script type="module" src="/apps/consumer.js"></script></head><body><main id="consumer-root"></main></body></html>');
    }
    if (path === '/react.html' || path === '/vue.html') {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      return response.end(page(path.slice(1, -5)));
    }
    // The framework pages load the CDN file from the installed package's dist/ (built once).
    const [dir, rest] = path.startsWith('/data/') ? ['data', path.slice(6)]
      : path.startsWith('/dist/') ? [join(pkg, 'dist'), path.slice(6)]
      : [outDir, path.slice(1)];
    const file = normalize(join(dir, rest));
    if (!existsSync(file) || statSync(file).isDirectory()) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();

  {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${origin}/consumer.html`, { waitUntil: 'networkidle0', timeout: 30000 });
    const states = await tab
      .waitForFunction(() => [...document.querySelectorAll('main [src]')].every((el) => ['ready', 'error'].includes(el.getAttribute('feed-state'))) && [...document.querySelectorAll('main [src]')].map((el) => el.getAttribute('feed-state')), { timeout: 10000 })
      .then((handle) => handle.jsonValue())
      .catch(() => []);
    check('bundler: per-element entries from the package load their feeds (sideEffects keep the parsers)', states.length === 2 && states.every((s) => s === 'ready'), `feed-state: ${JSON.stringify(states)}`);
    const cards = await tab.evaluate(() => document.querySelector('civic-article-cards')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0);
    check('bundler: the cards show their first page', cards === 3, `${cards} cards`);
    const shown = await tab.evaluate(() => document.querySelector('civic-article-cards')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
    check('bundler: settings exported by a per-element entry reach the elements (maxItems 4, own words)',
      shown.includes('Showing 3 of 4 articles') && shown.includes('More from the town hall'), shown.slice(0, 200));
    check('bundler: no uncaught error', errors.length === 0, errors.join('; '));
    await tab.close();
  }

  for (const [app, headline, lang] of [['react', 'Headline passed as a property from React', 'en'], ['vue', 'Headline passed as a property from Vue', 'de']]) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${origin}/${app}.html`, { waitUntil: 'networkidle0', timeout: 30000 });
    const loaded = await tab
      .waitForFunction((app) => document.getElementById(`${app}-loaded`)?.textContent, { timeout: 10000 }, app)
      .then((handle) => handle.jsonValue())
      .catch(() => '');
    const news = JSON.parse(readFileSync('data/news.json', 'utf8'));
    check(`${app}: receives civic-feed-load with the item count`, loaded === String(news.items.length), `got "${loaded}"`);
    const ticker = await tab.evaluate(() => document.querySelector('civic-news-ticker')?.shadowRoot?.textContent ?? '');
    check(`${app}: an object passed as a property reaches <civic-news-ticker>`, ticker.includes(headline), ticker.slice(0, 200));
    const cards = await tab.evaluate(() => document.querySelectorAll('civic-article-cards')[0]?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0);
    check(`${app}: <civic-article-cards> shows its first page of cards`, cards === 3, `${cards} cards`);
    const cardsLang = await tab.evaluate(() => document.querySelector('civic-article-cards')?.getAttribute('lang'));
    check(`${app}: attributes pass through (lang="${lang}")`, cardsLang === lang);
    check(`${app}: no uncaught error`, errors.length === 0, errors.join('; '));
    await tab.close();
  }
} catch (error) {
  check('the framework pages could be built, served and loaded', false, error.stack);
} finally {
  await browser?.close();
  server?.close();
  rmSync(outDir, { recursive: true, force: true });
}
const failed = results.filter((ok) => !ok).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
