// End-to-end check of prerendering on the demo page (index.html + data/), built as a site
// would build it: `civic-widgets prerender` writes it in Polish, German, English and Ukrainian, then
// Chromium reads it. Without JavaScript: headlines, cards with images, dates and links, the
// panel and the map's list are there and readable, every link works. With JavaScript: no
// console error, hydration leaves each element's DOM as it was (the ticker's times turn
// relative, its strip starts moving), no layout shift at 360 and 1280 px, the elements stay
// interactive and refresh from their feeds. Also: a prerendered page whose script has no
// hydration support renders again (no duplicate), and hostile feeds run nothing. The README's
// recipes (nightly job, Node script, CMS proxy, Eleventy) are test/e2e/prerender-recipes.mjs.
// Run by `npm test`; prints "e2e: N passed, N failed".
import { build } from 'vite';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../bench/browser.mjs';
import { serve } from '../../bench/serve.mjs';
import { buildInto } from '../prerender/build.mjs';
import { xssSite } from '../prerender/xss-feeds.mjs';

const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok });
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
};

// What each language must show, from the library's own locale files, and its month of March.
const words = (lang, month) => {
  const t = JSON.parse(readFileSync(`src/i18n/locales/${lang}.json`, 'utf8'));
  return { label: t.ticker.label, more: t.cards.readMore, list: t.map.list.title, panel: t.panel.label, month };
};
const LANGS = { pl: words('pl', /marca/), de: words('de', /März/), en: words('en', /March/), uk: words('uk', /березня/) };
const TAGS = 'civic-news-ticker, civic-article-cards, civic-attractions-map, civic-partnership-panel';

const work = mkdtempSync(join(tmpdir(), 'civic-prerender-e2e-'));
const site = join(work, 'site');
let browser;
const servers = [];
try {
  // The demo as `npm run build-demo` builds it, and the prerenderer as the package ships it.
  await build({ mode: 'demo', logLevel: 'silent', build: { outDir: site, emptyOutDir: true } });
  // Inside the project, so that Node finds its dependencies as an installed package would.
  const prerenderer = join(process.cwd(), '.cache', `prerender-e2e-${process.pid}`);
  await buildInto(prerenderer);
  const { prerender } = await import(join(prerenderer, 'index.js'));
  const source = readFileSync(join(site, 'index.html'), 'utf8');
  const server = await serve(site, { delayMs: (path) => (path.startsWith('/data/') && !path.includes('/images/') ? 1000 : 0) });
  servers.push(server);
  browser = await launch();
  const timings = [];
  const styleHashes = {};
  for (const lang of Object.keys(LANGS)) {
    // The page in that language, as a site would publish it: the demo's own texts (read from
    // the client-only page its script translates) and its pressed language button.
    const probe = await browser.newPage();
    await probe.goto(`${server.url}/index.html?lang=${lang}`, { waitUntil: 'domcontentloaded' });
    await probe.waitForFunction((l) => document.documentElement.lang === l, {}, lang);
    const texts = await probe.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-i18n]')].map((el) => [el.dataset.i18n, el.textContent])));
    await probe.close();
    const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const page = source
      .replace('<html lang="pl">', `<html lang="${lang}">`)
      .replace(/(<[^>]*data-i18n="(\w+)"[^>]*>)[^<]*/g, (all, tag, key) => (key in texts ? tag + escape(texts[key]) : all))
      .replace(/(data-lang="(\w+)"[^>]*aria-pressed=")(true|false)"/g, (_all, start, code) => `${start}${code === lang}"`);
    const started = performance.now();
    const { html, problems, elements, styleHashes: hashes } = await prerender(page, { file: join(site, 'index.html'), timeZone: 'Europe/Warsaw' });
    styleHashes[lang] = hashes;
    timings.push(Math.round(performance.now() - started));
    check(`${lang}: all four elements prerendered, no problem reported`, elements.every((e) => e.status === 'rendered') && problems.length === 0, problems.join(' | '));
    writeFileSync(join(site, `prerendered-${lang}.html`), html);
  }
  console.log(`    (prerender of the demo: ${timings.join(' / ')} ms; ${Math.round(readFileSync(join(site, 'prerendered-pl.html')).length / 1024)} KB)`);

  // Feeds answer 1 s late (see `serve` above), so hydration happens from the snapshot, before they revalidate.

  // ── without JavaScript ────────────────────────────────────────────────────────────
  for (const [key, width] of [...Object.keys(LANGS).map((l) => [l, 1280]), ['pl', 360]]) {
    const [lang, words] = [key, LANGS[key]];
    const at = width === 1280 ? lang : `${lang} at ${width} px`;
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width, height: 900 });
    await page.goto(`${server.url}/prerendered-${lang}.html`, { waitUntil: 'networkidle0' });
    const view = await page.evaluate((tags) => {
      const [ticker, cards, map, panel] = [...document.querySelectorAll(tags)].map((el) => el.shadowRoot);
      const visible = (el) => !!el && el.checkVisibility({ checkVisibilityCSS: true, checkOpacity: true }) && el.getBoundingClientRect().height > 0;
      const inside = (el, box) => { const r = el.getBoundingClientRect(), b = box.getBoundingClientRect(); return r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1; };
      const links = [...document.querySelectorAll(tags)].flatMap((el) => [...el.shadowRoot.querySelectorAll('a[href]')]);
      return {
        label: ticker.querySelector('.label')?.textContent.trim(),
        headlines: [...ticker.querySelectorAll('.list a.headline')].map((a) => ({ text: a.textContent.trim(), href: a.href, shown: visible(a) && inside(a, ticker.querySelector('.viewport')) })),
        cards: [...cards.querySelectorAll('.card')].map((card) => ({
          title: card.querySelector('.title a')?.textContent.trim(),
          href: card.querySelector('.title a')?.href,
          image: (() => { const img = card.querySelector('img'); return !!img && img.complete && img.naturalWidth > 0 && visible(img); })(),
          date: card.querySelector('time')?.textContent.trim(),
          more: card.querySelector('.more span')?.textContent.trim(),
          shown: visible(card.querySelector('.title a')),
        })),
        loadMoreShown: visible(cards.querySelector('.footer .button')),
        listTitle: map.querySelector('.list-title')?.textContent.replace(/\s+/g, ' ').trim(),
        places: [...map.querySelectorAll('.list .item-name')].map((n) => ({ text: n.textContent.trim(), shown: visible(n) })),
        consentButtons: [...map.querySelectorAll('.consent-actions button')].some(visible),
        searchShown: visible(map.querySelector('.search-input')),
        panelLabel: panel.querySelector('.eyebrow')?.textContent.trim(),
        panelTitle: panel.querySelector('.title')?.textContent.trim(),
        panelSections: [...panel.querySelectorAll('section')].filter(visible).length,
        panelText: panel.textContent.replace(/\s+/g, ' ').length,
        links: links.map((a) => ({ href: a.href, protocol: a.protocol, shown: visible(a) || a.closest('.visually-hidden, [aria-hidden="true"]') !== null || a.tabIndex === -1 })),
        hostsTall: [...document.querySelectorAll(tags)].every((el) => el.getBoundingClientRect().height > 40),
        // Room below each element's content that nothing fills (a stale height reservation).
        blank: [...document.querySelectorAll(tags)].map((el) => {
          const parts = [...el.shadowRoot.children].filter((c) => !['style', 'script'].includes(c.localName));
          return [el.localName, Math.round(el.getBoundingClientRect().bottom - Math.max(...parts.map((c) => c.getBoundingClientRect().bottom)))];
        }),
      };
    }, TAGS);
    check(`${at}, no JavaScript: the ticker shows its label and 8 headlines, each a whole, visible link`,
      view.label === words.label && view.headlines.length === 8 && view.headlines.every((h) => h.text && h.shown && /^https?:/.test(h.href)),
      JSON.stringify(view.headlines.filter((h) => !h.shown).slice(0, 2)));
    check(`${at}, no JavaScript: 6 cards, each with its image loaded, a date in ${lang}, a title link and "${words.more}"`,
      view.cards.length === 6 && view.cards.every((c) => c.title && c.shown && c.image && words.month.test(c.date) && c.more?.startsWith(words.more) && /^https?:/.test(c.href)),
      JSON.stringify(view.cards.find((c) => !(c.image && c.shown && words.month.test(c.date ?? ''))) ?? view.cards.length));
    check(`${at}, no JavaScript: no control that needs the script ("load more", "load map", the map's search)`, !view.loadMoreShown && !view.consentButtons && !view.searchShown);
    check(`${at}, no JavaScript: the map's list of 15 attractions, every name visible`,
      view.listTitle?.startsWith(words.list) && view.places.length === 15 && view.places.every((p) => p.text && p.shown), `${view.listTitle}; ${view.places.length}`);
    check(`${at}, no JavaScript: the partnership panel with its title and sections`,
      view.panelLabel === words.panel && /Krefeld|Крефельд/.test(view.panelTitle ?? '') && view.panelSections >= 5 && view.panelText > 1500, `${view.panelLabel} / ${view.panelTitle} / ${view.panelSections}`);
    const broken = view.links.filter((l) => !['http:', 'https:', 'mailto:', 'tel:'].includes(l.protocol));
    check(`${at}, no JavaScript: all ${view.links.length} links are http(s), mailto or tel`, view.links.length > 20 && !broken.length, JSON.stringify(broken.slice(0, 3)));
    check(`${at}, no JavaScript: every element takes its room (nothing waits for the script), and no more`,
      view.hostsTall && view.blank.every(([, px]) => px < 8), JSON.stringify(view.blank));
    if (lang === 'pl' && width === 1280) {
      // Links on the page's own origin must answer (images, emblems, local articles).
      const own = [...new Set(view.links.map((l) => l.href).filter((h) => h.startsWith(server.url)))];
      const statuses = await Promise.all(own.map(async (href) => (await fetch(href)).status));
      check('no JavaScript: links to the site itself answer 200', statuses.every((s) => s === 200), JSON.stringify(own.filter((_, i) => statuses[i] !== 200)));
    }
    await page.close();
  }

  // ── with JavaScript: hydration ────────────────────────────────────────────────────
  const recordBeforeUpgrade = (tags) => {
    // Before any element is defined: what the server wrote, and a mark on its nodes.
    window.__errors = [];
    window.__shifts = [];
    addEventListener('error', (e) => window.__errors.push(String(e.message)));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, rects: entry.sources.map((s) => [s.previousRect.toJSON(), s.currentRect.toJSON()]) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    const define = CustomElementRegistry.prototype.define;
    window.__before = {};
    CustomElementRegistry.prototype.define = function (name, ...rest) {
      for (const el of document.querySelectorAll(name)) {
        if (!el.shadowRoot || !el.matches(tags)) continue;
        window.__before[name] = window.__serialize(el.shadowRoot);
        window.__before[`${name} live parts left out`] = window.__serialize(el.shadowRoot, { skip: window.__tickerLive });
        for (const node of el.shadowRoot.querySelectorAll('li, article, section, img, a')) node.__prerendered = true;
      }
      return define.call(this, name, ...rest);
    };
  };
  const serializer = () => {
    // The ticker's live parts: its times (relative once running), its motion controls and copy.
    window.__tickerLive = (node) => node.matches('.controls, .copy, time');
    // Elements, attributes (URLs resolved, as the browser follows them) and text; Lit's
    // markers, styles and the snapshot left out.
    window.__serialize = (root, { skip = () => false } = {}) => {
      const out = [];
      const walk = (node) => {
        if (node.nodeType === 3) { const t = node.data.replace(/\s+/g, ' ').trim(); if (t) out.push(t); return; }
        if (node.nodeType !== 1 && node.nodeType !== 11) return;
        if (node.nodeType === 1) {
          if (node.localName === 'style' || node.localName === 'script' || skip(node)) return;
          // The map's live facts ("open now" by the visitor's clock, distances once asked): never prerendered.
          if (node.classList.contains('item-facts')) return;
          const attrs = [...node.attributes].map((a) => `${a.name}=${['href', 'src'].includes(a.name) ? new URL(a.value, document.baseURI).href : a.value.trim().replace(/\s+/g, ' ')}`).sort();
          out.push(`<${node.localName} ${attrs.join(' ')}>`);
        }
        node.childNodes.forEach(walk);
        if (node.nodeType === 1) out.push(`</${node.localName}>`);
      };
      walk(root);
      return out.join('');
    };
  };
  for (const [lang, width] of [['pl', 360], ['pl', 1280], ['de', 1280], ['en', 360], ['uk', 360]]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    const messages = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await page.evaluateOnNewDocument(serializer);
    await page.evaluateOnNewDocument(recordBeforeUpgrade, TAGS);
    await page.goto(`${server.url}/prerendered-${lang}.html?lang=${lang}`, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 1200));
    const after = await page.evaluate((tags) => {
      const els = Object.fromEntries([...document.querySelectorAll(tags)].map((el) => [el.localName, el]));
      const ser = (name, skip) => window.__serialize(els[name].shadowRoot, { skip });
      const kept = (name) => [...els[name].shadowRoot.querySelectorAll('li, article, section, img, a')].filter((n) => !n.closest('.controls, .copy'));
      return {
        before: window.__before,
        now: Object.fromEntries(Object.keys(els).map((name) => [name, ser(name)])),
        tickerDom: ser('civic-news-ticker', window.__tickerLive),
        firstHeadline: els['civic-news-ticker'].shadowRoot.querySelector('.list:not(.copy) a')?.textContent.trim(),
        sameNodes: Object.fromEntries(Object.keys(els).map((name) => [name, kept(name).length > 0 && kept(name).every((n) => n.__prerendered)])),
        times: [...els['civic-news-ticker'].shadowRoot.querySelectorAll('.list:not(.copy) time')].map((t) => t.textContent.trim()),
        shifts: window.__shifts,
        errors: window.__errors,
        defined: [...document.querySelectorAll(tags)].every((el) => el.matches(':defined')),
        ticker: els['civic-news-ticker'].getBoundingClientRect().toJSON(),
      };
    }, TAGS);
    const where = `${lang} at ${width} px`;
    check(`${where}, hydrated: no console error or warning, every element defined`, after.defined && !messages.length && !after.errors.length, messages.concat(after.errors).slice(0, 3).join(' | '));
    for (const name of ['civic-article-cards', 'civic-attractions-map', 'civic-partnership-panel']) {
      const same = after.before[name] === after.now[name];
      let detail = '';
      if (!same) {
        const a = after.before[name] ?? '', b = after.now[name];
        let i = 0;
        while (a[i] === b[i]) i++;
        detail = `at ${i}: ${a.slice(i - 60, i + 80)}  →  ${b.slice(i - 60, i + 80)}`;
      }
      check(`${where}: ${name}'s DOM is the server's, node for node`, same && after.sameNodes[name], detail || 'nodes were replaced');
    }
    const tickerBefore = after.before['civic-news-ticker live parts left out'] ?? '';
    if (width === 1280) {
      // The strip starts moving: the viewport's class says so; nothing else of it changes.
      const still = (s) => s.replace(/(<div class=viewport)[^ >]*( part=viewport>)/g, '$1$2').replace(/<div class=viewport moving part=viewport>/g, '<div class=viewport part=viewport>');
      check(`${where}: the ticker's headlines are the server's nodes; only its times and motion controls are new`,
        after.sameNodes['civic-news-ticker'] && still(after.tickerDom) === still(tickerBefore), `${after.tickerDom.slice(0, 300)}\n      ${tickerBefore.slice(0, 300)}`);
    } else {
      // Narrow: the ticker steps through the headlines one at a time (its design below 34rem).
      check(`${where}: the ticker steps from the first headline`, !!after.firstHeadline && tickerBefore.includes(after.firstHeadline), String(after.firstHeadline));
    }
    check(`${where}: relative times in the ticker (${after.times.slice(0, 2).join(', ')})`, after.times.length > 0 && after.times.every((t) => !LANGS[lang].month.test(t) || /temu|vor|ago|тому/.test(t)));
    const cls = after.shifts.reduce((sum, s) => sum + s.value, 0);
    // A shift inside the ticker's box is its strip: a headline moving when the one before it
    // trades its date for a shorter relative time ("21 marca 2026" → "9 miesięcy temu").
    const within = (r) => r.left >= after.ticker.left - 1 && r.right <= after.ticker.right + 1 && r.top >= after.ticker.top - 1 && r.bottom <= after.ticker.bottom + 1;
    const outsideTicker = after.shifts.filter((s) => s.rects.some(([before, now]) => !within(before) || !within(now)));
    check(`${where}: no layout shift outside the ticker's strip (CLS ${cls.toFixed(5)})`, cls < 0.001 && !outsideTicker.length, JSON.stringify(after.shifts));
    await page.close();
  }

  // ── interactive after hydration, and refreshed from the feeds ────────────────────
  {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // The feed changed since the prerender: the first headline is new.
    const fresh = JSON.parse(readFileSync(join(site, 'data', 'news.json'), 'utf8'));
    const headline = 'Nowy nagłówek z odświeżonego kanału';
    fresh.items[0].title = headline;
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().endsWith('/data/news.json')
        ? request.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(fresh) })
        : request.continue(),
    );
    await page.goto(`${server.url}/prerendered-pl.html?lang=pl`, { waitUntil: 'networkidle0' });
    const refreshed = await page.waitForFunction(
      (text) => document.querySelector('civic-article-cards').shadowRoot.textContent.includes(text) && document.querySelector('civic-news-ticker').shadowRoot.textContent.includes(text),
      { timeout: 10000 }, headline,
    ).then(() => true, () => false);
    check('hydrated: the elements refresh from their feed (stale-while-revalidate): a new headline appears', refreshed);
    const more = await page.evaluate(async () => {
      const cards = document.querySelector('civic-article-cards');
      cards.shadowRoot.querySelector('.footer .button').click();
      await cards.updateComplete;
      return cards.shadowRoot.querySelectorAll('.card').length;
    });
    check('hydrated: "load more" adds cards', more === 12, String(more));
    const details = await page.evaluate(async () => {
      const map = document.querySelector('civic-attractions-map');
      map.shadowRoot.querySelector('.list .item').click();
      await map.updateComplete;
      return map.shadowRoot.querySelector('.details-title')?.textContent.trim();
    });
    check('hydrated: choosing an attraction in the list opens its details', !!details, String(details));
    const paused = await page.evaluate(async () => {
      const ticker = document.querySelector('civic-news-ticker');
      ticker.shadowRoot.querySelector('.toggle')?.click();
      await ticker.updateComplete;
      return ticker.paused;
    });
    check('hydrated: the ticker moves and its pause button pauses it', paused === true);
    await page.close();
  }

  // ── the CDN loader, and a script without the hydration support ──────────────────
  {
    const cdn = join(site, 'cdn');
    await build({ logLevel: 'silent', build: { outDir: cdn, emptyOutDir: true, sourcemap: false } });
    const prerendered = readFileSync(join(site, 'prerendered-pl.html'), 'utf8');
    const withScript = (src) => prerendered.replace(/<script type="module" crossorigin src="[^"]+"><\/script>/, `<script type="module" src="${src}"></script>`);
    writeFileSync(join(site, 'prerendered-cdn.html'), withScript('/cdn/civic-widgets.js'));
    writeFileSync(join(site, 'prerendered-bundle.html'), withScript('/cdn/elements/index.js'));
    for (const [file, what] of [['prerendered-cdn.html', 'the CDN loader'], ['prerendered-bundle.html', 'the package entry alone']]) {
      const page = await browser.newPage();
      const messages = [];
      page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.evaluateOnNewDocument(() => {
        const define = CustomElementRegistry.prototype.define;
        CustomElementRegistry.prototype.define = function (name, ...rest) {
          for (const el of document.querySelectorAll(name)) el.shadowRoot?.querySelectorAll('li').forEach((li) => (li.__prerendered = true));
          return define.call(this, name, ...rest);
        };
      });
      await page.goto(`${server.url}/${file}`, { waitUntil: 'networkidle0' });
      await new Promise((r) => setTimeout(r, 500));
      const state = await page.evaluate(() => {
        const cards = document.querySelector('civic-article-cards').shadowRoot;
        return {
          lists: cards.querySelectorAll('ul.cards').length,
          cards: cards.querySelectorAll('.card').length,
          kept: [...cards.querySelectorAll('.card')].every((li) => li.__prerendered),
          bases: document.querySelector('civic-news-ticker').shadowRoot.querySelectorAll('section.base').length,
        };
      });
      const errors = messages.filter((m) => /^(error|pageerror)/.test(m));
      const warned = messages.filter((m) => /rendered again/.test(m)).length;
      if (file === 'prerendered-cdn.html') {
        check(`${what}: loads the hydration support first and the elements take the server's DOM over`,
          state.kept && state.cards === 6 && !errors.length && !warned && requests.some((u) => /\/hydration[-.]/.test(u)), `${JSON.stringify(state)} ${errors.join(' | ')}`);
      } else {
        check(`${what} (no hydration support): the elements render again, once (no duplicate), with one warning and no error`,
          state.lists === 1 && state.cards === 6 && state.bases === 1 && !state.kept && !errors.length && warned === 1, `${JSON.stringify(state)} ${messages.filter((m) => !/^(log|debug|info)/.test(m)).join(' | ')}`);
      }
      await page.close();
    }
    // A page with nothing prerendered never fetches the hydration support.
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    writeFileSync(join(site, 'client-cdn.html'), source.replace(/<script type="module" crossorigin src="[^"]+"><\/script>/, '<script type="module" src="/cdn/civic-widgets.js"></script>'));
    await page.goto(`${server.url}/client-cdn.html`, { waitUntil: 'networkidle0' });
    check('the CDN loader on a page with nothing prerendered does not fetch the hydration support', requests.length > 5 && !requests.some((u) => /\/hydration[-.]/.test(u)), requests.filter((u) => /hydration/.test(u)).join(' '));
    await page.close();
  }

  // ── a strict Content-Security-Policy (no inline styles) ──────────────────────────
  {
    const html = readFileSync(join(site, 'prerendered-pl.html'), 'utf8');
    const strict = "default-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; style-src 'self'";
    for (const [what, csp, js] of [
      ['without JavaScript, the styles allowed by their hashes (civic-widgets prerender --csp)', `${strict} ${styleHashes.pl.join(' ')}`, false],
      ['hydrated, no inline style allowed at all', strict, true],
    ]) {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(js);
      const violations = [];
      page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
      await page.setRequestInterception(true);
      page.on('request', (request) =>
        request.url().endsWith('/prerendered-pl.html')
          ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': csp }, body: html })
          : request.continue(),
      );
      await page.goto(`${server.url}/prerendered-pl.html`, { waitUntil: 'networkidle0' });
      await new Promise((r) => setTimeout(r, 300));
      const styled = await page.evaluate(() => {
        const label = document.querySelector('civic-news-ticker').shadowRoot.querySelector('.label');
        const card = document.querySelector('civic-article-cards').shadowRoot.querySelector('.card');
        return getComputedStyle(label).backgroundColor !== 'rgba(0, 0, 0, 0)' && getComputedStyle(card).display !== 'list-item';
      });
      check(`strict CSP, ${what}: the elements are styled`, styled && (js || !violations.length), violations.slice(0, 2).join(' | '));
      await page.close();
    }
  }

  // ── hostile feeds run nothing, prerendered or hydrated ───────────────────────────
  {
    const { files, body } = xssSite(false);
    const dir = join(site, 'xss');
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    const script = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(source)[1];
    const page0 = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>XSS</title><script type="module" src="${script}"></script></head><body>${body}</body></html>`;
    const { html, elements } = await prerender(page0, { file: join(dir, 'index.html') });
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'static.html'), html.replace(/<script type="module"[^>]*><\/script>/, ''));
    for (const [file, what] of [['static.html', 'prerendered, no script'], ['index.html', 'prerendered and hydrated']]) {
      const page = await browser.newPage();
      await page.goto(`${server.url}/xss/${file}`, { waitUntil: 'networkidle0' });
      await new Promise((r) => setTimeout(r, 800));
      const ran = await page.evaluate(() => window.__xss);
      check(`hostile feeds (${elements.length} elements, ${what}): nothing runs`, ran === undefined && elements.every((e) => e.status === 'rendered'), String(ran));
      await page.close();
    }
  }
} catch (error) {
  check('the prerender end-to-end run finished', false, error.stack);
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(join(process.cwd(), '.cache', `prerender-e2e-${process.pid}`), { recursive: true, force: true });
}
const failed = results.filter((r) => !r.ok).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
