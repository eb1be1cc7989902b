// The configurator as a site editor uses it: the built page (dist-demo) in every language,
// its option fields generated from custom-elements.json with a label and help in that
// language for every attribute (this fails while one is missing), a live preview, the
// snippet, real key presses, the 360 px layout, and axe on the whole page. Prints
// "e2e: N passed, N failed".
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
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
