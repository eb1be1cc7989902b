// prerender(html, options): what a site owner relies on — every element rendered with its
// feed, in the language the page gives it, the rest of the page byte for byte as it was,
// and an element with a feed problem left exactly as it was, with one line saying why.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { prerenderBuild } from './build.mjs';
import { assertSameText, attr, elementsOf, feedServer, prerenderedElements, site, textOf } from './helpers.mjs';

const { prerender } = await prerenderBuild();
const news = JSON.parse(readFileSync('data/news.json', 'utf8'));
const attractions = readFileSync('data/attractions.geojson', 'utf8');
const partnership = readFileSync('data/partnership.json', 'utf8');
const rss = readFileSync('test/fixtures/rss.xml', 'utf8');

const page = (body, lang = 'pl') => `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>Test</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
const run = (dir, html, options = {}) => prerender(html, { file: join(dir, 'index.html'), ...options });
/** The page with every prerender addition taken out: what must equal the input. */
const withoutPrerender = (html) =>
  html
    .replace(/<template shadowrootmode="open">[\s\S]*?<\/template>(?=<\/civic-|<script type="application\/ld\+json" data-civic-json-ld>)/g, '')
    .replace(/<script type="application\/ld\+json" data-civic-json-ld>[\s\S]*?<\/script>/g, '')
    .replace(/<script type="application\/json" data-civic-prerender-feeds>[\s\S]*?<\/script>/g, '');

describe('prerender(): the page', () => {
  const dir = site({ 'data/news.json': news, 'data/attractions.geojson': attractions, 'data/partnership.json': partnership });

  it('renders all four elements as declarative shadow DOM and changes nothing else in the page', async () => {
    const html = page(`<p>Before &amp; <b>after</b></p>
<civic-news-ticker src="data/news.json" limit="3"></civic-news-ticker>
<civic-article-cards src="data/news.json" page-size="2"></civic-article-cards>
<civic-attractions-map src="data/attractions.geojson"></civic-attractions-map>
<civic-partnership-panel src="data/partnership.json" news-src="data/news.json"></civic-partnership-panel>
<!-- a comment --><p title='single quotes'   >spacing kept</p>`);
    const { html: out, problems, elements } = await run(dir, html);
    assert.deepEqual(problems, []);
    assert.deepEqual(elements.map((e) => e.status), ['rendered', 'rendered', 'rendered', 'rendered']);
    assertSameText(withoutPrerender(out), html);
    const found = prerenderedElements(out);
    assert.equal(found.length, 4);
    for (const { el, shadow } of found) assert.ok(shadow, `${el.tagName} has a declarative shadow root`);
    const [ticker, cards, map, panel] = found.map(({ shadow }) => textOf(shadow.content));
    assert.match(ticker, /Na skróty/);
    assert.ok(ticker.includes(news.items[0].title), 'the first headline');
    assert.ok(!ticker.includes(news.items[3].title), 'limit="3"');
    assert.match(cards, /Czytaj dalej/);
    assert.match(cards, /Pokazano 2 z \d+/);
    assert.match(map, /Ruiny Zamku Książąt Mazowieckich/);
    assert.match(map, /Mapa z zewnętrznego serwera/, 'the consent placeholder, not a map');
    assert.match(panel, /Krefeld/);
  });

  it('writes the data once per feed, however many elements show it, at the end of the body', async () => {
    const html = page('<civic-news-ticker src="data/news.json"></civic-news-ticker><civic-article-cards src="data/news.json"></civic-article-cards>');
    const { html: out } = await run(dir, html);
    const stores = [...out.matchAll(/<script type="application\/json" data-civic-prerender-feeds>([\s\S]*?)<\/script>/g)];
    assert.equal(stores.length, 1);
    assert.ok(out.indexOf('data-civic-prerender-feeds') > out.lastIndexOf('</civic-article-cards>'));
    assert.ok(out.indexOf('data-civic-prerender-feeds') < out.indexOf('</body>'));
    assert.deepEqual(Object.keys(JSON.parse(stores[0][1])), ['0']);
  });

  it('a second prerender of its own output gives the same page (only the read times differ)', async () => {
    const html = page('<civic-news-ticker src="data/news.json"></civic-news-ticker><civic-article-cards src="data/news.json" seo></civic-article-cards>');
    const once = (await run(dir, html)).html;
    const twice = (await run(dir, once)).html;
    const times = (s) => s.replace(/"savedAt":\d+/g, '"savedAt":0');
    assertSameText(times(twice), times(once));
  });

  it('leaves elements inside <template> and elements without src alone', async () => {
    const html = page('<template><civic-news-ticker src="data/news.json"></civic-news-ticker></template><civic-article-cards></civic-article-cards>');
    const { html: out, elements } = await run(dir, html);
    assert.equal(out, html);
    assert.deepEqual(elements.map((e) => [e.tag, e.status]), [['civic-article-cards', 'skipped']]);
    assert.match(elements[0].problem, /no src/);
  });

  it('keeps the output a valid page: one html, head and body, the elements where they were', async () => {
    const html = page('<main><section><civic-news-ticker src="data/news.json"></civic-news-ticker></section></main>');
    const { html: out } = await run(dir, html);
    const doc = parse(out, { onParseError: (e) => assert.fail(`parse error ${e.code} at ${e.startOffset}`) });
    const tags = [...elementsOf(doc)].map((e) => e.tagName);
    assert.deepEqual(tags.filter((t) => ['html', 'head', 'body'].includes(t)), ['html', 'head', 'body']);
    const ticker = [...elementsOf(doc)].find((e) => e.tagName === 'civic-news-ticker');
    assert.equal(ticker.parentNode.tagName, 'section');
  });
});

describe('prerender(): the language each element resolves', () => {
  const dir = site({ 'data/news.json': news });
  const langOf = async (html) => (await run(dir, html)).elements.map((e) => e.lang);

  it('its own lang, then the closest ancestor with one, then <html lang>', async () => {
    const html = page(`<civic-news-ticker src="data/news.json" lang="en"></civic-news-ticker>
<div lang="de"><p><civic-news-ticker src="data/news.json"></civic-news-ticker></p></div>
<civic-news-ticker src="data/news.json"></civic-news-ticker>`, 'uk');
    assert.deepEqual(await langOf(html), ['en', 'de', 'uk']);
    const { html: out } = await run(dir, html);
    const [en, de, uk] = prerenderedElements(out).map(({ shadow }) => textOf(shadow.content));
    assert.match(en, /Latest/);
    assert.match(de, /Aktuell/);
    assert.match(uk, /Коротко|Новини|Стисло/u);
  });

  it('a region tag writes dates for its region (en-GB, de-AT) in that language', async () => {
    const html = page('<civic-article-cards src="data/news.json" lang="de-AT" page-size="1"></civic-article-cards>');
    const { html: out, elements } = await run(dir, html);
    assert.equal(elements[0].lang, 'de');
    assert.match(out, /"locale":"de-AT"/);
    assert.match(textOf(prerenderedElements(out)[0].shadow.content), /Weiterlesen/);
  });

  it('a page without lang, or with one the library does not speak, is prerendered in Polish and says so', async () => {
    const bare = '<!doctype html><html><body><civic-news-ticker src="data/news.json"></civic-news-ticker></body></html>';
    const { problems, elements } = await run(dir, bare);
    assert.equal(elements[0].lang, 'pl');
    assert.match(problems[0], /sets no lang: prerendered in Polish/);
    const french = await run(dir, page('<civic-news-ticker src="data/news.json"></civic-news-ticker>', 'fr'));
    assert.match(french.problems[0], /lang="fr" is not a language civic-widgets speaks/);
  });

  it('replaces {lang} in the address by the element\'s language', async () => {
    const local = site({ 'news-de.json': { ...news, items: news.items.slice(0, 1) } });
    const { elements, problems } = await prerender(page('<civic-news-ticker src="news-{lang}.json"></civic-news-ticker>', 'de'), { file: join(local, 'index.html') });
    assert.deepEqual(problems, []);
    assert.equal(elements[0].status, 'rendered');
  });
});

describe('prerender(): headings that fit the page', () => {
  const dir = site({ 'data/news.json': news });
  const titleTag = async (html) => {
    const { html: out } = await run(dir, html);
    const [{ shadow }] = prerenderedElements(out).filter((e) => e.el.tagName === 'civic-article-cards');
    return [...elementsOf(shadow.content)].find((el) => attr(el, 'class') === 'title')?.tagName;
  };

  it('one level below the nearest heading before the element, as the element works it out in the browser', async () => {
    assert.equal(await titleTag(page('<h1>Miasto</h1><section><h2>Aktualności</h2><div><civic-article-cards src="data/news.json"></civic-article-cards></div></section>')), 'h3');
    assert.equal(await titleTag(page('<h1>Miasto</h1><civic-article-cards src="data/news.json"></civic-article-cards>')), 'h2');
    assert.equal(await titleTag(page('<civic-article-cards src="data/news.json"></civic-article-cards>')), 'h2');
    // Hidden headings and another element's own outline do not count; heading-level wins.
    assert.equal(await titleTag(page('<h2>A</h2><h4 hidden>x</h4><div aria-hidden="true"><h5>y</h5></div><civic-article-cards src="data/news.json"></civic-article-cards>')), 'h3');
    assert.equal(await titleTag(page('<h1>A</h1><civic-article-cards src="data/news.json" heading-level="5"></civic-article-cards>')), 'h5');
  });
});

describe('prerender(): dates, links and search engines', () => {
  const item = (over) => ({ id: 'a', title: 'Nachts', url: 'articles/a.html', image: 'images/a.png', date_published: '2026-03-20T23:30:00Z', ...over });
  const dir = site({ 'feeds/news.json': { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [item()] } });

  it('time-relative texts come out as absolute dates, in the time zone asked for', async () => {
    const html = page('<civic-news-ticker src="feeds/news.json"></civic-news-ticker>');
    const utc = textOf(prerenderedElements((await run(dir, html, { timeZone: 'UTC' })).html)[0].shadow.content);
    const warsaw = textOf(prerenderedElements((await run(dir, html, { timeZone: 'Europe/Warsaw' })).html)[0].shadow.content);
    assert.match(utc, /20 marca 2026/);
    assert.match(warsaw, /21 marca 2026/);
    assert.doesNotMatch(utc + warsaw, /temu|minut|godzin|dni/);
  });

  it('relative links and images stay relative to the page; with baseUrl they come out absolute', async () => {
    const html = page('<civic-article-cards src="feeds/news.json"></civic-article-cards>');
    const relative = (await run(dir, html)).html;
    assert.match(relative, /href="feeds\/articles\/a\.html"/);
    assert.match(relative, /src="feeds\/images\/a\.png"/);
    assert.doesNotMatch(relative, /civic-prerender\.invalid/);
    const absolute = (await run(dir, html, { baseUrl: 'https://sochaczew.example/aktualnosci/' })).html;
    assert.match(absolute, /href="https:\/\/sochaczew\.example\/aktualnosci\/feeds\/articles\/a\.html"/);
  });

  it('with seo, the cards carry schema.org JSON-LD in the light DOM that a parser reads', async () => {
    const html = page('<civic-article-cards src="feeds/news.json" seo></civic-article-cards>');
    const { html: out } = await run(dir, html, { baseUrl: 'https://sochaczew.example/' });
    const [cards] = prerenderedElements(out);
    const script = cards.el.childNodes.find((c) => c.tagName === 'script');
    assert.equal(attr(script, 'type'), 'application/ld+json');
    const data = JSON.parse(script.childNodes[0].value);
    assert.equal(data['@type'], 'ItemList');
    assert.equal(data.itemListElement[0].item.headline, 'Nachts');
    assert.equal(data.itemListElement[0].item.url, 'https://sochaczew.example/feeds/articles/a.html');
    const without = await run(dir, page('<civic-article-cards src="feeds/news.json"></civic-article-cards>'));
    assert.doesNotMatch(without.html, /ld\+json/);
  });
});

describe('prerender(): feed problems leave the element as it was', () => {
  const dir = site({ 'data/news.json': news, 'data/broken.json': '{"items": [', 'data/empty-ish.json': { hello: 'world' }, 'data/feed.rss': rss });
  let server;
  after(() => server?.close());

  it('a missing file, broken JSON, an unknown format: one line each, the rest of the page prerendered', async () => {
    const html = page(`<civic-news-ticker src="data/missing.json"></civic-news-ticker>
<civic-news-ticker src="data/broken.json"></civic-news-ticker>
<civic-news-ticker src="data/empty-ish.json"></civic-news-ticker>
<civic-news-ticker src="data/news.json"></civic-news-ticker>`);
    const { html: out, problems, elements } = await run(dir, html);
    assert.deepEqual(elements.map((e) => e.status), ['skipped', 'skipped', 'skipped', 'rendered']);
    assert.equal(problems.length, 3);
    assert.match(problems[0], /^<civic-news-ticker src="data\/missing.json">: src="data\/missing.json": there is no file .*missing\.json: left as it was$/);
    assert.match(problems[1], /data\/broken\.json.*left as it was$/);
    assert.match(problems[2], /data\/empty-ish\.json.*left as it was$/);
    for (const line of problems) assert.doesNotMatch(line, /\n/);
    // The three are exactly as written; only the fourth got a shadow root.
    assert.ok(out.includes('<civic-news-ticker src="data/missing.json"></civic-news-ticker>'));
    assert.ok(out.includes('<civic-news-ticker src="data/broken.json"></civic-news-ticker>'));
    assert.equal(prerenderedElements(out).filter((e) => e.shadow).length, 1);
  });

  it('over HTTP: a 404, a server that never answers (timeout) and a feed that answers are told apart', async () => {
    server = await feedServer({ '/slow.json': { body: news, delayMs: 8000 }, '/ok.xml': { body: rss, type: 'application/rss+xml' } });
    const html = page(`<civic-news-ticker src="${server.url}/nothing.json"></civic-news-ticker>
<civic-news-ticker src="${server.url}/slow.json"></civic-news-ticker>
<civic-article-cards src="${server.url}/ok.xml"></civic-article-cards>`);
    const { problems, elements } = await run(dir, html, { timeout: 3 });
    assert.deepEqual(elements.map((e) => e.status), ['skipped', 'skipped', 'rendered']);
    assert.match(problems[0], /HTTP 404: left as it was/);
    assert.match(problems[1], /(timeout|aborted).*left as it was/i);
  });

  it('a partnership panel whose news feed is broken is left whole, not half rendered', async () => {
    const local = site({ 'p.json': partnership, 'n.json': '<html>not a feed</html>' });
    const html = page('<civic-partnership-panel src="p.json" news-src="n.json"></civic-partnership-panel>');
    const { html: out, problems } = await prerender(html, { file: join(local, 'index.html') });
    assert.equal(out, html);
    assert.match(problems[0], /news-src="n.json"/);
  });

  it('a site hands its feeds over itself (readFeed): no file or network is read', async () => {
    const asked = [];
    const html = page('<civic-news-ticker src="/feeds/today.json"></civic-news-ticker>');
    const { elements } = await prerender(html, {
      file: '/nowhere/index.html',
      baseUrl: 'https://cms.example/city/',
      readFeed: async (url) => {
        asked.push(url.href);
        return { body: JSON.stringify(news), contentType: 'application/json' };
      },
    });
    assert.deepEqual(asked, ['https://cms.example/feeds/today.json']);
    assert.equal(elements[0].status, 'rendered');
  });
});
