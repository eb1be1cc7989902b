// The configurator as a site editor uses it: the built page (dist-demo) in every language,
// its option fields generated from custom-elements.json with a label and help in that
// language for every attribute (this fails while one is missing), a live preview, the
// snippet, real key presses, the 360 px layout, and axe on the whole page. Prints
// "e2e: N passed, N failed".
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../bench/browser.mjs';
import { serve } from '../../bench/serve.mjs';

const LANGS = ['pl', 'de', 'en', 'uk'];
const TITLES = {
  pl: 'Skonfiguruj widżet i skopiuj kod',
  de: 'Widget einrichten und Code kopieren',
  en: 'Set up a widget and copy the code',
  uk: 'Налаштуйте віджет і скопіюйте код',
};

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
};

let browser;
let server;
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'ignore' });
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName?.startsWith('civic-'));
  await build({ mode: 'demo', logLevel: 'silent' });
  server = await serve('dist-demo');
  browser = await launch();
  const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  const errors = [];
  const open = async (query, width = 1280) => {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/configurator.html?${query}`, { waitUntil: 'networkidle0' });
    return page;
  };

  // Every attribute of every element, in every language: a label that is not the attribute
  // name, a help text, and words for each value of a choice list.
  for (const lang of LANGS) {
    const page = await open(`lang=${lang}`);
    const heading = await page.$eval('h1', (h) => h.textContent);
    check(`the page speaks ${lang}`, heading === TITLES[lang], heading);
    const missing = [];
    for (const declaration of tags) {
      await page.select('#element', declaration.tagName);
      const fields = await page.$$eval('#options .option', (options) =>
        options.map((o) => ({
          name: o.querySelector('[name^="attr:"]').name.slice(5),
          label: o.querySelector('label').textContent.trim(),
          help: o.querySelector('.help').firstChild?.textContent.trim() ?? '',
          untranslated: o.hasAttribute('data-untranslated') || !!o.querySelector('option[data-untranslated]'),
        })),
      );
      const names = fields.map((f) => f.name);
      for (const attribute of declaration.attributes ?? []) {
        if (['src', 'lang', 'theme'].includes(attribute.name)) continue;
        const field = fields.find((f) => f.name === attribute.name);
        if (!names.includes(attribute.name)) missing.push(`${declaration.tagName} ${attribute.name}: no field`);
        else if (field.untranslated || field.label === attribute.name || !field.help) missing.push(`${declaration.tagName} ${attribute.name}`);
      }
      const help = await page.$eval('#element-help', (p) => p.textContent);
      if (!help.trim() || /[`*_]{1,2}\w/.test(help)) missing.push(`${declaration.tagName}: element help "${help}"`);
    }
    check(`${lang}: every attribute of custom-elements.json has a label, a help and words for its choices`, missing.length === 0, missing.join('; '));
    const markdown = await page.$$eval('.help', (helps) => helps.map((h) => h.textContent).filter((t) => /`|\*\*|\]\(/.test(t)));
    check(`${lang}: no raw Markdown in the help texts`, markdown.length === 0, markdown.join(' | '));
    await page.close();
  }

  const page = await open('lang=de&element=civic-article-cards');
  const options = await page.$$eval('#options [name^="attr:"]', (fields) => fields.map((f) => f.name.slice(5)));
  check('option fields come from custom-elements.json (cards: layout, page-size, featured, seo…)', ['layout', 'page-size', 'featured', 'seo'].every((name) => options.includes(name)), options.join(', '));
  const layout = await page.$$eval('#opt-layout option', (o) => o.map((x) => `${x.value}=${x.textContent}`));
  check('a union type becomes a choice list in the editor’s words', layout.join() === 'grid=Raster,list=Liste,compact=nur Titel', layout.join());
  const label = await page.$eval('label[for="opt-page-size"]', (l) => l.textContent);
  check('a field is labelled in the editor’s words, not by its attribute name', label === 'Karten pro Seite', label);

  // Real key presses: focus the layout list, pick "Liste" with the arrow key, tick "featured" with Space.
  await page.focus('#opt-layout');
  await page.keyboard.press('ArrowDown');
  await page.focus('#opt-featured');
  await page.keyboard.press('Space');
  await page.select('#lang', 'de');
  const snippet = await page.$eval('#snippet', (t) => t.value);
  check('the snippet carries the options chosen with the keyboard', snippet.includes('<civic-article-cards src="data/news.json" lang="de"') && snippet.includes('layout="list"') && snippet.includes(' featured'), snippet);
  await page.waitForFunction(() => document.querySelector('#preview civic-article-cards')?.getAttribute('feed-state') === 'ready', { timeout: 10000 }).catch(() => {});
  const preview = await page.evaluate(() => {
    const el = document.querySelector('#preview civic-article-cards');
    return { layout: el?.getAttribute('layout'), cards: el?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0 };
  });
  check('the live preview shows the element with those options', preview.layout === 'list' && preview.cards > 0, JSON.stringify(preview));

  // Switching the page language relabels the fields and keeps what was chosen.
  await page.click('[data-lang="uk"]');
  const ukLabel = await page.$eval('label[for="opt-layout"]', (l) => l.textContent);
  const kept = await page.$eval('#opt-layout', (s) => s.value);
  check('switching to Ukrainian relabels the fields and keeps the choices', ukLabel === 'Компонування' && kept === 'list', `${ukLabel} ${kept}`);

  await page.select('#element', 'civic-attractions-map');
  const mapSnippet = await page.$eval('#snippet', (t) => t.value);
  check('another element brings its own fields and sample feed', mapSnippet.includes('<civic-attractions-map src="data/attractions.geojson"'), mapSnippet);
  const tilePlaceholder = await page.$eval('#opt-tile-url', (i) => i.placeholder);
  check('no constant name shows as a placeholder (DEFAULT_TILE_URL)', !/DEFAULT_/.test(tilePlaceholder), tilePlaceholder);

  await page.addScriptTag({ content: axe });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  check('axe finds no violation on the configurator', violations.length === 0, violations.join('; '));
  await page.close();

  // 360 px: nothing wider than the screen, and no select cuts its chosen text off.
  for (const lang of LANGS) {
    const narrow = await open(`lang=${lang}&element=civic-partnership-panel`, 360);
    const cut = await narrow.evaluate(() => {
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
      const out = [];
      for (const select of document.querySelectorAll('select')) {
        if (!select.checkVisibility()) continue; // in a tab not shown
        const style = getComputedStyle(select);
        probe.style.font = style.font;
        probe.textContent = select.selectedOptions[0]?.textContent ?? '';
        // Room for the text: the box minus its padding and the arrow (about 1.5em).
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.5 * parseFloat(style.fontSize);
        if (probe.offsetWidth > room) out.push(`#${select.id}: “${probe.textContent}”`);
      }
      probe.remove();
      return { out, overflow: document.documentElement.scrollWidth - innerWidth };
    });
    check(`${lang} at 360 px: no select cut off, no sideways scrolling`, cut.out.length === 0 && cut.overflow <= 0, `${cut.out.join(', ')} overflow ${cut.overflow}px`);
    await narrow.close();
  }
  // The data editors on the built page.
  await editors(open, axe);
  check('no uncaught error', errors.length === 0, errors.join('; '));
} catch (error) {
  check('the configurator could be built and loaded', false, error.stack);
} finally {
  await browser?.close();
  await server?.close();
}
/** Tabs by keyboard, both editors: typing, download, copy, the map after consent, what is requested, axe. */
async function editors(open, axe) {
  const page = await open('lang=pl');
  // Arrow keys move between the tabs (WAI-ARIA tabs).
  await page.focus('#tab-widget');
  await page.keyboard.press('ArrowRight');
  const shown = await page.evaluate(() => ({
    focused: document.activeElement?.id,
    panel: [...document.querySelectorAll('[role="tabpanel"]')].filter((p) => !p.hidden).map((p) => p.id),
    url: location.search,
  }));
  check('ArrowRight moves to the partnership tab and shows its panel', shown.focused === 'tab-partnership' && shown.panel.join() === 'panel-partnership' && shown.url.includes('tool=partnership'), JSON.stringify(shown));
  await page.close();

  const requests = [];
  const editor = await open('lang=uk&tool=partnership');
  editor.on('request', (request) => requests.push(request.url()));
  await editor.waitForSelector('#f-partnerships-0-title-uk');
  // Type a new Ukrainian title with the keyboard and see the preview and the file follow.
  await editor.click('#f-partnerships-0-title-uk', { clickCount: 3 });
  await editor.keyboard.type('Сохачев і Крефельд: партнерство');
  await editor.select('#partnership-preview-lang', 'uk');
  const preview = await editor.waitForFunction(() => document.querySelector('#panel-partnership civic-partnership-panel')?.shadowRoot?.querySelector('.title')?.textContent?.trim(), { timeout: 10000 }).then((h) => h.jsonValue()).catch(() => '');
  check('the partnership editor previews the typed Ukrainian title in the real panel', preview === 'Сохачев і Крефельд: партнерство', preview);
  // A wrong country code: the message in Ukrainian, beside the field.
  await editor.click('#f-partnerships-0-cities-1-country', { clickCount: 3 });
  await editor.keyboard.type('de');
  const problem = await editor.$eval('#f-partnerships-0-cities-1-country-problem', (n) => n.textContent.trim()).catch(() => '');
  check('a wrong country code is named in Ukrainian beside the field', problem.startsWith('Введіть дволітерний код країни'), problem);
  await editor.click('#f-partnerships-0-cities-1-country', { clickCount: 3 });
  await editor.keyboard.type('DE');
  // Download: the file as the editor shows it, valid JSON, with the typed text.
  const folder = mkdtempSync(join(tmpdir(), 'civic-download-'));
  try {
    const cdp = await editor.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    await editor.evaluate(() => [...document.querySelectorAll('#panel-partnership .file-buttons button')][0].click());
    let text = '';
    for (let i = 0; i < 50 && !text; i++) {
      await new Promise((r) => setTimeout(r, 100));
      try { text = readFileSync(join(folder, 'partnership.json'), 'utf8'); } catch { /* not yet */ }
    }
    const file = text ? JSON.parse(text) : {};
    check('“Download” saves partnership.json with what was typed', file.partnerships?.[0]?.title?.uk === 'Сохачев і Крефельд: партнерство' && file.partnerships[0].cities[1].country === 'DE', text.slice(0, 120));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  // Copy: the same text on the clipboard.
  await editor.browserContext().overridePermissions(new URL(editor.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const shownText = await editor.$eval('#panel-partnership .file-text textarea', (t) => t.value);
  await editor.evaluate(() => [...document.querySelectorAll('#panel-partnership .file-buttons button')][1].click());
  // The clipboard is written asynchronously: read it until it holds the file (at most 5 s), not once after 200 ms.
  const copied = await editor.evaluate(async (want) => {
    let seen = '';
    for (let i = 0; i < 50 && seen !== want; i++) {
      await new Promise((r) => setTimeout(r, 100));
      seen = await navigator.clipboard.readText();
    }
    return seen;
  }, shownText).catch((e) => String(e));
  check('“Copy the text” puts the file on the clipboard', copied === shownText && copied.includes('"uk": "Сохачев і Крефельд: партнерство"'), copied.slice(0, 80));
  await editor.addScriptTag({ content: axe });
  const violations = await editor.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  check('axe finds no violation on the partnership editor (uk), preview included', violations.length === 0, violations.join('; '));
  const foreign = requests.filter((url) => new URL(url).origin !== new URL(editor.url()).origin);
  check('the partnership editor sends nothing anywhere (no request but this site’s own files)', foreign.length === 0, foreign.join(', '));
  await editor.close();

  // Attractions: no tile before the button; after it, a click on the map places a point.
  const places = await open('lang=de&tool=attractions');
  const tileRequests = [];
  await places.setRequestInterception(true);
  const tile = readFileSync('test/fixtures/tile.png');
  places.on('request', (request) => {
    if (/tile\.openstreetmap\.org/.test(request.url())) {
      tileRequests.push(request.url());
      return request.respond({ status: 200, contentType: 'image/png', body: tile });
    }
    return request.continue();
  });
  await places.waitForSelector('#f-features-0');
  await new Promise((r) => setTimeout(r, 500));
  check('no tile is fetched before the editor loads the map', tileRequests.length === 0, tileRequests.join(', '));
  await places.click('#f-features-0 summary');
  await places.waitForSelector('#f-features-0-geometry-coordinates-1');
  const load = await places.$$eval('.points button', (b) => b.map((x) => x.textContent));
  check('the map is offered with a German button', load.join() === 'Karte laden', load.join());
  await places.click('.points button');
  await places.waitForSelector('.points-map.leaflet-container .editor-marker', { timeout: 15000 }).catch(() => {});
  const markers = await places.$$eval('.points-map .editor-marker', (m) => m.length);
  check('after the button, the map shows a marker per place', markers === 15, `${markers} markers`);
  await places.click('#f-features-0 button.place');
  const box = await places.$eval('.points-map', (m) => { const r = m.getBoundingClientRect(); return { x: r.x + r.width / 3, y: r.y + r.height / 3 }; });
  await places.mouse.click(box.x, box.y);
  const moved = await places.evaluate(() => [
    document.querySelector('#f-features-0-geometry-coordinates-1').value,
    document.querySelector('#f-features-0-geometry-coordinates-0').value,
    document.querySelector('#panel-attractions .editor-file [role="status"]').textContent,
  ]);
  check('“Auf der Karte setzen”, then a click on the map moves the place; the coordinates fields follow', moved[0] !== '52.2264' && moved[1] !== '20.2342' && /liegt jetzt bei/.test(moved[2]), moved.join(' | '));
  check('tiles came only from OpenStreetMap, only after the button', tileRequests.length > 0 && tileRequests.every((url) => url.startsWith('https://tile.openstreetmap.org/')), `${tileRequests.length}`);
  await places.addScriptTag({ content: axe });
  const mapViolations = await places.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  check('axe finds no violation on the attractions editor with its map (de)', mapViolations.length === 0, mapViolations.join('; '));
  await places.close();

  // 360 px: both editors fit the screen.
  for (const tool of ['partnership', 'attractions']) {
    const narrow = await open(`lang=uk&tool=${tool}`, 360);
    await narrow.waitForSelector(`#panel-${tool} .problems`);
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    check(`the ${tool} editor fits 360 px (no sideways scrolling)`, overflow <= 0, `${overflow}px`);
    await narrow.close();
  }
}

const failed = results.filter((ok) => !ok).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
