// End-to-end check of the CDN build as a site would use it: a plain HTML page on one origin
// loads dist/civic-widgets.js, a theme and the feeds from another origin, under a strict
// Content-Security-Policy with Trusted Types. Asserts what a visitor and the site owner rely
// on: no policy violation, no uncaught error, every element shows its content in German, no
// request leaves the two origins before consent, no cookie. Run by `npm test` after the unit
// tests; prints "e2e: N passed, N failed".
import { build } from 'vite';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { launch } from '../../bench/browser.mjs';
import { TYPES } from '../../bench/serve.mjs';
import { strictCsp } from './csp.mjs';

const de = JSON.parse(readFileSync('src/i18n/locales/de.json', 'utf8'));


function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })));
}

function staticFiles(mounts) {
  return (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    // Every tile of the test map is the same small local PNG.
    if (path.startsWith('/tiles/')) {
      response.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
      return response.end(readFileSync('test/fixtures/tile.png'));
    }
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(dir)) || !existsSync(file) || statSync(file).isDirectory()) break;
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
      return response.end(readFileSync(file));
    }
    response.writeHead(404, { 'access-control-allow-origin': '*' }).end('not found');
  };
}

const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok });
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
};

const outDir = mkdtempSync(join(tmpdir(), 'civic-e2e-'));
let browser;
const servers = [];
try {
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const cdn = await listen(staticFiles([['/dist/', outDir], ['/data/', 'data'], ['/fixtures/', 'test/fixtures']]));
  servers.push(cdn.server);
  // "localhost" and "127.0.0.1" are different origins: the site and the CDN really are apart.
  const cdnOrigin = `http://localhost:${cdn.port}`;
  const page = `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Partnerstadt Sochaczew</title>
  <link rel="stylesheet" href="${cdnOrigin}/dist/themes/krefeld.css">
  <script type="module" src="${cdnOrigin}/dist/civic-widgets.js"></script>
  <script type="module" src="${cdnOrigin}/dist/civic-widgets.js?second-copy"></script>
</head>
<body>
  <main>
    <h1>Partnerstadt Sochaczew</h1>
    <civic-news-ticker src="${cdnOrigin}/data/news.json"></civic-news-ticker>
    <civic-news-ticker id="rss" mode="step" src="${cdnOrigin}/fixtures/rss.xml"></civic-news-ticker>
    <civic-article-cards src="${cdnOrigin}/data/news.json" seo></civic-article-cards>
    <civic-attractions-map src="${cdnOrigin}/data/attractions.geojson" tile-url="${cdnOrigin}/tiles/{z}/{x}/{y}.png"></civic-attractions-map>
    <civic-partnership-panel src="${cdnOrigin}/data/partnership.json" news-src="${cdnOrigin}/data/news.json"></civic-partnership-panel>
  </main>
</body>
</html>`;
  const site = await listen((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': strictCsp(cdnOrigin) });
    response.end(page);
  });
  servers.push(site.server);
  const siteOrigin = `http://127.0.0.1:${site.port}`;

  browser = await launch();
  const tab = await browser.newPage();
  const errors = [];
  const requests = [];
  tab.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  tab.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(text)) errors.push(text);
  });
  tab.on('request', (request) => requests.push(request.url()));
  await tab.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample ?? ''}`),
    );
  });
  await tab.goto(`${siteOrigin}/`, { waitUntil: 'networkidle0', timeout: 30000 });
  // Elements more than a screen below the window load as they come near (src/loader/):
  // scrolled through a screen at a time, as a visitor would, then back to the top.
  await tab.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 200));
    }
    scrollTo(0, 0);
  });
  await tab
    .waitForFunction(() => [...document.querySelectorAll('main > *')].every((el) => !el.localName.startsWith('civic-') || customElements.get(el.localName)) && !document.querySelector('[feed-state="loading"]'), { timeout: 15000 })
    .catch(() => {});
  await new Promise((r) => setTimeout(r, 300));

  const violations = await tab.evaluate(() => window.__violations);
  check('no Content-Security-Policy or Trusted Types violation', violations.length === 0 && errors.filter((e) => !e.startsWith('uncaught')).length === 0, [...violations, ...errors].join('\n      '));
  check('no uncaught error on the page (the script is loaded twice)', !errors.some((e) => e.startsWith('uncaught')), errors.join('\n      '));
  // What a German visitor sees: each element's own words from the German locale.
  const expected = {
    'civic-news-ticker': de.ticker.label,
    'civic-article-cards': de.cards.readMore,
    'civic-attractions-map': de.map.consent.load,
    'civic-partnership-panel': de.panel.cities,
  };
  const rendered = await tab.evaluate((tags) => tags.map((tag) => {
    const el = document.querySelector(`${tag}:not(#rss)`);
    return { tag, defined: !!customElements.get(tag), text: el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
  }), Object.keys(expected));
  for (const { tag, defined, text } of rendered) {
    check(`<${tag}> is registered and shows "${expected[tag]}" (German)`, defined && text.includes(expected[tag]), `text: "${text.slice(0, 160)}"`);
  }
  // RSS: the XML reader is a lazy chunk, fetched from the CDN under the same policy.
  const rss = await tab.evaluate(() => document.querySelector('#rss')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
  check('a ticker reading RSS fetches the XML reader on demand and shows the feed’s headline',
    rss.includes('Sperrung der Rheinbrücke Uerdingen') && requests.some((url) => /\/dist\/chunks\/xml-[\w-]+\.js$/.test(url)),
    `text: "${rss.slice(0, 160)}"`);
  const accent = await tab.evaluate(() => getComputedStyle(document.querySelector('civic-article-cards')).getPropertyValue('--civic-color-accent').trim());
  check('the Krefeld theme reaches the elements', accent.toLowerCase() === '#00508c', `--civic-color-accent: ${accent}`);
  const jsonLd = await tab.evaluate(() => document.querySelector('civic-article-cards > script[type="application/ld+json"]')?.textContent ?? '');
  check('cards with `seo` write JSON-LD under Trusted Types', jsonLd.includes('"ItemList"'));

  const beforeConsent = requests.length;
  const tileRequestsBefore = requests.filter((url) => url.includes('/tiles/')).length;
  check('no tile is requested before the visitor consents', tileRequestsBefore === 0);
  await tab.evaluate((label) => {
    const map = document.querySelector('civic-attractions-map');
    map.scrollIntoView(); // the map loads only once it is on screen, as for a visitor
    const root = map.shadowRoot;
    [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === label)?.click();
  }, de.map.consent.load);
  const mapDrawn = await tab
    .waitForFunction(() => document.querySelector('civic-attractions-map').shadowRoot.querySelector('.leaflet-container .leaflet-marker-pane > *'), { timeout: 10000 })
    .then(() => true)
    .catch(() => false);
  await new Promise((r) => setTimeout(r, 500));
  check('after "Karte laden" the map draws its markers and tiles from the configured server', mapDrawn && requests.slice(beforeConsent).some((url) => url.includes('/tiles/')));
  const violationsAfter = await tab.evaluate(() => window.__violations);
  check('the map loads under the same policy with no violation', violationsAfter.length === 0, violationsAfter.join('\n      '));

  // Zooming and choosing a place make Leaflet cancel tiles it no longer needs; Leaflet's own
  // way (a `data:` GIF as `src`) would break `img-src`. Twice "+", then a list entry.
  const zoomed = await tab.evaluate(async () => {
    const root = document.querySelector('civic-attractions-map').shadowRoot;
    const pause = (ms) => new Promise((r) => setTimeout(r, ms));
    const zoomIn = root.querySelector('.controls .zoom-in');
    if (!zoomIn) return false;
    zoomIn.click();
    await pause(300);
    zoomIn.click();
    await pause(300);
    const item = root.querySelectorAll('.list .item')[2];
    item?.click();
    return !!item;
  });
  await new Promise((r) => setTimeout(r, 1000));
  const violationsZoom = await tab.evaluate(() => window.__violations);
  check('zooming twice and selecting a list entry cause no violation (no data: tile URL)', zoomed && violationsZoom.length === 0, zoomed ? violationsZoom.join('\n      ') : 'zoom button or list entry not found');

  const foreign = requests.filter((url) => !url.startsWith(siteOrigin) && !url.startsWith(cdnOrigin));
  check('no request to any other origin (no fonts, images or trackers)', foreign.length === 0, foreign.join(', '));
  const cookies = await tab.cookies(siteOrigin, cdnOrigin);
  const documentCookie = await tab.evaluate(() => document.cookie);
  check('no cookie is set', cookies.length === 0 && documentCookie === '', JSON.stringify(cookies));
} catch (error) {
  check('the end-to-end page could be built, served and loaded', false, error.stack);
} finally {
  await browser?.close();
  servers.forEach((server) => server.close());
  rmSync(outDir, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
