// What a visitor gets: the four elements with the site's own posts and files, from blocks and
// from shortcodes; the fallback without JavaScript; no jump when the elements take over; the
// library only where an element is.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newPage } from './browser-steps.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Each element's attributes as its block.json declares them (kebab-case, as in HTML and shortcodes). */
const declared = (tag) =>
  Object.keys(JSON.parse(readFileSync(`${ROOT}integrations/wordpress/civic-widgets/blocks/${tag.replace('civic-', '')}/block.json`, 'utf8')).attributes).map((name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
const TAGS = ['civic-news-ticker', 'civic-article-cards', 'civic-attractions-map', 'civic-partnership-panel'];
const attractionNames = JSON.parse(readFileSync(`${ROOT}data/attractions.geojson`, 'utf8')).features.map((f) => f.properties.name.pl ?? f.properties.name);
const partnershipTitle = (() => {
  const p = JSON.parse(readFileSync(`${ROOT}data/partnership.json`, 'utf8')).partnerships[0];
  return p.title.pl ?? p.title;
})();

/** Each element's state once its feed settled: defined, its shadow text, its light-DOM fallback's box. */
async function readElements(page) {
  // The CDN loader loads an element far below the window only when the visitor comes near:
  // scroll to each, as a visitor reading the page would, then back to the top.
  await page.evaluate(async (tags) => {
    for (const el of document.querySelectorAll(tags.join(','))) {
      el.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    scrollTo(0, 0);
  }, TAGS);
  await page.waitForFunction(
    (tags) => tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => customElements.get(tag) && el.shadowRoot && ['ready', 'stale', 'error', null].includes(el.getAttribute('feed-state')) && el.shadowRoot.textContent.trim().length > 20)),
    { timeout: 30_000 },
    TAGS,
  );
  // Let the map list and the panel's joint news settle.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return page.evaluate((tags) => {
    const deepText = (root) => {
      let text = '';
      for (const node of root.querySelectorAll('*')) if (node.shadowRoot) text += ' ' + deepText(node.shadowRoot);
      return (root.textContent ?? '') + text;
    };
    return tags.flatMap((tag) =>
      [...document.querySelectorAll(tag)].map((el) => ({
        tag,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        text: deepText(el.shadowRoot).replace(/\s+/g, ' '),
        feedState: el.getAttribute('feed-state'),
        fallbackShown: [...el.querySelectorAll(':scope > .civic-fallback')].some((f) => f.getClientRects().length > 0),
        height: Math.round(el.getBoundingClientRect().height),
      })),
    );
  }, TAGS);
}

/** The site's own latest posts, as its REST API lists them (what the feeds must show). */
const restTitles = (page, site, query) =>
  page.evaluate(async (url) => (await (await fetch(url)).json()).map((p) => new DOMParser().parseFromString(p.title.rendered, 'text/html').body.textContent), `${site.url}/wp-json/wp/v2/posts?${query}`);

export async function checkVisitor({ browser, site, check }) {
  const context = await browser.createBrowserContext();
  const page = await newPage(context);
  const { content } = site;
  const origin = new URL(site.url).host;

  // Blocks, JavaScript on.
  await page.goto(content.blocksPage.link, { waitUntil: 'load' });
  const scripts = await page.$$eval('script[src*="civic-widgets"]', (list) => list.map((s) => ({ src: s.src, type: s.type })));
  check('the library is loaded once, as type="module", from the plugin itself (no CDN)', scripts.length === 1 && scripts[0].type === 'module' && scripts[0].src.startsWith(`${site.url}/wp-content/plugins/civic-widgets/lib/civic-widgets.js`), JSON.stringify(scripts));
  const theme = await page.$$eval('link[rel=stylesheet]', (links) => links.map((l) => l.href).filter((h) => h.includes('civic-widgets/lib/themes/')));
  check('the Krefeld theme chosen in the settings is on the page', theme.length === 1 && theme[0].includes('krefeld.css'), JSON.stringify(theme));
  const elements = await readElements(page);
  const byTag = Object.fromEntries(elements.map((e) => [e.tag, e]));
  check('the page shows the four elements, each rendered by the library', TAGS.every((tag) => byTag[tag]?.text.length > 20), JSON.stringify(elements.map((e) => [e.tag, e.feedState, e.text.slice(0, 60)])));
  check('every element speaks the site\'s language (lang="pl" from pl_PL)', elements.every((e) => e.attributes.lang === 'pl'), JSON.stringify(elements.map((e) => e.attributes.lang)));
  const latest = await restTitles(page, site, 'per_page=5');
  check('the ticker shows the site\'s five latest posts (from /wp-json/wp/v2/posts)', latest.length === 5 && latest.every((title) => byTag['civic-news-ticker'].text.includes(title)) && byTag['civic-news-ticker'].attributes.src.startsWith('/wp-json/wp/v2/posts?_embed='), `${byTag['civic-news-ticker'].attributes.src}\n${latest.join(' | ')}\n${byTag['civic-news-ticker'].text.slice(0, 400)}`);
  const culture = content.posts.filter((p) => p.category === 'kultura').map((p) => p.title);
  const others = content.posts.filter((p) => p.category !== 'kultura').map((p) => p.title);
  const cardsText = byTag['civic-article-cards'].text;
  check('the cards show the posts of the category picked for the block (Kultura), and only those', culture.every((t) => cardsText.includes(t)) && !others.some((t) => cardsText.includes(t)), cardsText.slice(0, 500));
  const cardImages = await page.$eval('civic-article-cards', (el) => [...el.shadowRoot.querySelectorAll('img')].map((img) => ({ src: img.currentSrc, ok: img.complete && img.naturalWidth > 0 })));
  check('… with their featured images from the media library', cardImages.length === 3 && cardImages.every((i) => i.ok && i.src.includes('/wp-content/uploads/')), JSON.stringify(cardImages));
  check('the map lists every attraction of the chosen GeoJSON file', attractionNames.every((name) => byTag['civic-attractions-map'].text.includes(name)), byTag['civic-attractions-map'].text.slice(0, 300));
  check('the panel shows the partnership of the chosen JSON file', byTag['civic-partnership-panel'].text.includes(partnershipTitle), byTag['civic-partnership-panel'].text.slice(0, 300));
  const observed = await page.evaluate((tags) => tags.map((tag) => [tag, customElements.get(tag).observedAttributes]), TAGS);
  const undeclared = observed.flatMap(([tag, names]) => names.filter((name) => !declared(tag).includes(name)).map((name) => `${tag} ${name}`));
  check('every attribute the elements observe is a block attribute (and so a shortcode attribute)', observed.every(([, names]) => names.length > 3) && !undeclared.length, undeclared.join(', '));
  check('once the elements run, their fallback is no longer shown', elements.every((e) => !e.fallbackShown), JSON.stringify(elements.map((e) => [e.tag, e.fallbackShown])));
  check('no console error, no uncaught error on the page', !page.errors.length, page.errors.join('\n'));
  check('no request left the site (fonts, tiles, CDNs: none)', [...page.hosts].every((host) => host === origin), [...page.hosts].join(', '));

  // Shortcodes: the same four, with the element attributes written in the shortcodes.
  const shortcodes = await newPage(context);
  await shortcodes.goto(content.shortcodesPage.link, { waitUntil: 'load' });
  const viaShortcodes = Object.fromEntries((await readElements(shortcodes)).map((e) => [e.tag, e]));
  check('the four shortcodes render the four elements', TAGS.every((tag) => viaShortcodes[tag]?.text.length > 20), JSON.stringify(Object.values(viaShortcodes).map((e) => [e.tag, e.text.slice(0, 60)])));
  const sc = (tag) => viaShortcodes[tag]?.attributes ?? {};
  check(
    'shortcode attributes reach the elements (mode, limit, page-size, layout, view, order, heading_level → heading-level)',
    sc('civic-news-ticker').mode === 'step' && sc('civic-news-ticker').limit === '5' && sc('civic-article-cards')['page-size'] === '3' && sc('civic-article-cards').layout === 'list' && sc('civic-attractions-map').view === 'list' && sc('civic-partnership-panel').order === 'newest' && sc('civic-partnership-panel')['heading-level'] === '3',
    JSON.stringify(Object.values(viaShortcodes).map((e) => e.attributes)),
  );
  check(
    'an editor\'s shortcode cannot inject markup, a javascript: feed or its own tile server',
    sc('civic-news-ticker').label === 'Pilne & ważne' && sc('civic-news-ticker').src.startsWith('/wp-json/wp/v2/posts') && sc('civic-attractions-map').consent === 'ask' && sc('civic-attractions-map')['tile-url'] === '' && !(await shortcodes.$('civic-news-ticker b')),
    JSON.stringify([sc('civic-news-ticker'), sc('civic-attractions-map')]),
  );
  const cultureId = content.categories.kultura;
  check('category="Kultura" in a shortcode asks the REST API for that category', sc('civic-article-cards').src.includes(`categories=${cultureId}`) && culture.every((t) => viaShortcodes['civic-article-cards'].text.includes(t)), sc('civic-article-cards').src);
  check('no console error on the shortcode page', !shortcodes.errors.length, shortcodes.errors.join('\n'));
  await shortcodes.close();

  // A post that itself holds widgets: it renders them, and its own excerpt in the feeds does not recurse.
  const post = await newPage(context);
  await post.goto(content.postWithWidgets.link, { waitUntil: 'load' });
  const inPost = await readElements(post);
  check('a post with a block and a shortcode shows both', inPost.length === 2 && inPost.every((e) => e.text.length > 20), JSON.stringify(inPost.map((e) => e.tag)));
  const styles = await post.$$eval('link[rel=stylesheet]', (links) => links.map((l) => new URL(l.href).pathname).filter((p) => p.includes('/civic-widgets/assets/fallback/')).map((p) => p.split('/').pop()).sort());
  check('… and loads the fallback styles of those two elements only', JSON.stringify(styles) === JSON.stringify(['article-cards.css', 'fallback.css', 'news-ticker.css']), styles.join(', '));
  await post.close();

  // A page without widgets gets none of the plugin's files.
  const plain = await newPage(context);
  await plain.goto(content.plainPage.link, { waitUntil: 'load' });
  const assets = await plain.$$eval('script[src], link[rel=stylesheet]', (list) => list.map((n) => n.src || n.href).filter((u) => u.includes('civic-widgets')));
  check('a page without a block or shortcode loads none of the plugin\'s scripts or styles', assets.length === 0, assets.join('\n'));
  await plain.close();

  await checkLanguages({ context, site, check });
  await checkWithoutJavaScript({ context, site, check, culture });
  await checkNoJump({ context, site, check });
  await page.close();
  await context.close();
}

/** The site's language decides the elements' (de_DE → de, en_CA → en), fallback words included. */
async function checkLanguages({ context, site, check }) {
  const seen = {};
  for (const [locale, lang, label] of [['de_DE', 'de', 'Aktuell'], ['en_CA', 'en', 'Latest']]) {
    site.setLocale(locale);
    const page = await newPage(context, { javaScript: false });
    await page.goto(site.content.blocksPage.link, { waitUntil: 'load' });
    seen[locale] = await page.evaluate(() => ({
      lang: [...document.querySelectorAll('civic-news-ticker, civic-article-cards, civic-attractions-map, civic-partnership-panel')].map((el) => el.lang),
      label: document.querySelector('civic-news-ticker .civic-fallback__label')?.textContent,
    }));
    seen[locale].ok = seen[locale].lang.length === 4 && seen[locale].lang.every((l) => l === lang) && seen[locale].label === label;
    await page.close();
  }
  site.setLocale('pl_PL');
  check('with the site in German the elements get lang="de" (German fallback words), in Canadian English lang="en"', seen.de_DE.ok && seen.en_CA.ok, JSON.stringify(seen));
}

/** JavaScript off: the fallback, as plain links, is what the visitor (and a search engine) reads. */
async function checkWithoutJavaScript({ context, site, check, culture }) {
  const page = await newPage(context, { javaScript: false });
  await page.goto(site.content.blocksPage.link, { waitUntil: 'load' });
  const fallback = await page.evaluate((tags) =>
    Object.fromEntries(
      tags.map((tag) => {
        const el = document.querySelector(tag);
        const box = el?.querySelector('.civic-fallback');
        const links = box ? [...box.querySelectorAll('a')].filter((a) => a.getClientRects().length > 0).map((a) => ({ text: a.textContent.trim(), href: a.href })) : [];
        return [tag, { shown: Boolean(box && box.getBoundingClientRect().height > 0), text: box?.innerText ?? '', links }];
      }),
    ),
  TAGS);
  const latest = site.content.posts.slice(0, 4).map((p) => p.title);
  const ticker = fallback['civic-news-ticker'];
  check('without JavaScript the ticker\'s fallback shows the latest headlines as links to the posts', ticker.shown && latest.every((t) => ticker.links.some((l) => l.text === t && site.content.posts.find((p) => p.title === t).link === l.href)), JSON.stringify(ticker.links));
  const cards = fallback['civic-article-cards'];
  check('… the cards\' fallback shows the Kultura posts as links', cards.shown && culture.every((t) => cards.links.some((l) => l.text === t)), JSON.stringify(cards.links));
  const map = fallback['civic-attractions-map'];
  check('… the map\'s fallback lists the attractions', map.shown && attractionNames.every((name) => map.text.includes(name)), map.text.slice(0, 300));
  const panel = fallback['civic-partnership-panel'];
  check('… the panel\'s fallback shows the partnership, its stage and sections', panel.shown && panel.text.includes(partnershipTitle) && panel.text.includes('Etap partnerstwa') && panel.text.includes('Kalendarium'), panel.text.slice(0, 400));
  await page.close();
}

/**
 * The fallback reserves about the element's height: the page is measured with the library
 * blocked (the fallback, as a visitor sees it before the script runs) and with it (the
 * elements once their feeds are in), at a phone, a tablet and a desktop width.
 */
async function checkNoJump({ context, site, check }) {
  const rows = [];
  const cls = {};
  for (const width of [360, 800, 1280]) {
    const heights = {};
    for (const blocked of [true, false]) {
      const page = await newPage(context, { width });
      // Every layout shift of the load, as Chrome scores it (not counting shifts after input).
      await page.evaluateOnNewDocument(() => {
        window.civicShifts = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.civicShifts += e.hadRecentInput ? 0 : e.value))).observe({ type: 'layout-shift', buffered: true });
      });
      if (blocked) {
        await page.setRequestInterception(true);
        page.on('request', (request) => (request.url().includes('/civic-widgets/lib/') && request.url().endsWith('.js') || request.url().includes('civic-widgets.js') ? request.abort() : request.continue()));
      }
      await page.goto(site.content.blocksPage.link, { waitUntil: 'load' });
      if (!blocked) {
        await readElements(page);
        cls[width] = await page.evaluate(() => window.civicShifts);
      }
      heights[blocked ? 'before' : 'after'] = await page.evaluate((tags) => tags.map((tag) => Math.round(document.querySelector(tag).getBoundingClientRect().height)), TAGS);
      await page.close();
    }
    TAGS.forEach((tag, i) => rows.push({ width, tag, before: heights.before[i], after: heights.after[i] }));
  }
  console.log('      height before the library runs (fallback) → after (element), px:');
  for (const row of rows) console.log(`        ${String(row.width).padStart(4)} px  ${row.tag.padEnd(24)} ${String(row.before).padStart(5)} → ${String(row.after).padStart(5)}  (${row.after ? Math.round((100 * (row.before - row.after)) / row.after) : 0} %)`);
  console.log(`      cumulative layout shift of the whole load: ${Object.entries(cls).map(([w, v]) => `${v.toFixed(4)} at ${w} px`).join(', ')}`);
  const off = rows.filter((row) => Math.abs(row.before - row.after) > Math.max(40, 0.25 * row.after));
  check('the fallback reserves about the element\'s height (within 25 % or 40 px) at 360, 800 and 1280 px', !off.length, JSON.stringify(off));
}
