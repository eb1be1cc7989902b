// The configurator as a site editor uses it: the built page (dist-demo) in German, its option
// fields generated from custom-elements.json, a live preview, the snippet, and axe on the
// whole page. Prints "e2e: N passed, N failed".
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { launch } from '../../bench/browser.mjs';
import { serve } from '../../bench/serve.mjs';

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
};

let browser;
let server;
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'ignore' });
  await build({ mode: 'demo', logLevel: 'silent' });
  server = await serve('dist-demo');
  browser = await launch();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/configurator.html?lang=de&element=civic-article-cards`, { waitUntil: 'networkidle0' });

  const heading = await page.$eval('h1', (h) => h.textContent);
  check('the page speaks German', heading === 'Widget einrichten und Code kopieren', heading);
  const options = await page.$$eval('#options [name^="attr:"]', (fields) => fields.map((f) => f.name.slice(5)));
  check('option fields come from custom-elements.json (cards: layout, page-size, featured, seo…)', ['layout', 'page-size', 'featured', 'seo'].every((name) => options.includes(name)), options.join(', '));
  const layoutChoices = await page.$$eval('#opt-layout option', (o) => o.map((x) => x.value));
  check('a union type becomes a choice list', layoutChoices.join() === 'grid,list,compact', layoutChoices.join());

  await page.select('#opt-layout', 'list');
  await page.click('#opt-featured');
  await page.select('#lang', 'de');
  const snippet = await page.$eval('#snippet', (t) => t.value);
  check('the snippet carries the chosen options', snippet.includes('<civic-article-cards src="data/news.json" lang="de"') && snippet.includes('layout="list"') && snippet.includes(' featured'), snippet);
  await page.waitForFunction(() => document.querySelector('#preview civic-article-cards')?.getAttribute('feed-state') === 'ready', { timeout: 10000 }).catch(() => {});
  const preview = await page.evaluate(() => {
    const el = document.querySelector('#preview civic-article-cards');
    return { layout: el?.getAttribute('layout'), cards: el?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0 };
  });
  check('the live preview shows the element with those options', preview.layout === 'list' && preview.cards > 0, JSON.stringify(preview));

  await page.select('#element', 'civic-attractions-map');
  const mapSnippet = await page.$eval('#snippet', (t) => t.value);
  check('another element brings its own fields and sample feed', mapSnippet.includes('<civic-attractions-map src="data/attractions.geojson"'), mapSnippet);

  await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
  check('axe finds no violation on the configurator', violations.length === 0, violations.join('; '));
  check('no uncaught error', errors.length === 0, errors.join('; '));
} catch (error) {
  check('the configurator could be built and loaded', false, error.stack);
} finally {
  await browser?.close();
  await server?.close();
}
const failed = results.filter((ok) => !ok).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
