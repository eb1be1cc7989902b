/**
 * XSS suite: every payload in every text and URL field of every format. Asserts that the
 * parsed model carries only safe URLs, that rendering it (as the elements do: text
 * bindings, attributes, sanitized rich text) executes nothing, and that no unsafe URL
 * reaches the DOM. Counts are printed at the end (see the final report).
 */
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { parseFeedText } from '../../src/feeds/parse.js';
import { sanitizeRichText, RICH_TEXT_TAGS } from '../../src/feeds/rich-text.js';
import { toPlainText, tooHeavyToParse } from '../../src/feeds/text.js';
import type { FeedKind } from '../../src/feeds/model.js';
import { clearSavedFeeds } from '../../src/feeds/storage.js';
import { TEXT_PAYLOADS, URL_PAYLOADS, cdata, isSafeUrl, xmlEscape } from './xss-payloads.js';
import { defineHost, until, uniqueKey, type Host } from './helpers.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

type Path = (string | number)[];
interface Injection {
  path: Path;
  payload: string;
}

const URL_KEYS = new Set(['url', 'image', 'website', 'emblem']);
const RICH_KEYS = new Set(['description']);
const counts = { text: 0, url: 0, byFormat: {} as Record<string, number> };

function setPath(target: Record<string, unknown>, path: Path, value: unknown) {
  let node = target as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => (node = node[key] as Record<string | number, unknown>));
  node[path[path.length - 1]] = value;
}

/** Every URL-like string of a parsed model, with its key. */
function urlsOf(value: unknown, key = ''): [string, string][] {
  if (typeof value === 'string') return URL_KEYS.has(key) ? [[key, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v) => urlsOf(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => urlsOf(v, k));
  return [];
}

/** Renders a parsed model the way elements do: text bindings, attributes, safe links, sanitized rich text. */
function renderModel(value: unknown, key = ''): TemplateResult | unknown {
  if (typeof value === 'string') {
    if (URL_KEYS.has(key)) return html`<a href=${value} title=${value}>${value}</a>`;
    if (RICH_KEYS.has(key) && value.includes('<')) return html`<div class="rich">${sanitizeRichText(value)}</div>`;
    return html`<span title=${value} aria-label=${value}>${value}</span>`;
  }
  if (Array.isArray(value)) return value.map((v) => renderModel(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).map(([k, v]) => html`<div data-key=${k}>${renderModel(v, k)}</div>`);
  return String(value ?? '');
}

async function renderAndCheck(data: unknown) {
  const host = document.createElement('div');
  document.body.append(host);
  try {
    render(renderModel(data) as TemplateResult, host);
    await new Promise((r) => setTimeout(r, 150)); // onerror/onload/ontoggle would have fired by now
    expect(window.__xss, 'a payload executed').to.equal(undefined);
    for (const a of host.querySelectorAll('a[href]')) expect(isSafeUrl((a as HTMLAnchorElement).href), a.getAttribute('href')!).to.be.true;
    const allowed = new Set(['div', 'span', 'a', ...RICH_TEXT_TAGS]);
    for (const el of host.querySelectorAll('*')) {
      expect(allowed.has(el.localName), `<${el.localName}> from feed data`).to.be.true;
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), attr.name).to.be.false;
    }
    for (const rich of host.querySelectorAll('.rich a[href]')) expect(rich.getAttribute('rel')).to.equal('noopener noreferrer');
  } finally {
    host.remove();
  }
}

interface Format {
  kind: FeedKind;
  type: string;
  textFields: Path[];
  urlFields: Path[];
  build(injections: Injection[]): string;
}

const jsonFeed: Format = {
  kind: 'news',
  type: 'application/feed+json',
  textFields: [['title'], ['summary'], ['content_html'], ['content_text'], ['tags', 0], ['authors', 0, 'name'], ['_civic', 'title', 'en'], ['_civic', 'summary', 'de'], ['_civic', 'image_alt', 'pl'], ['$feed', 'title']],
  urlFields: [['url'], ['external_url'], ['image'], ['banner_image']],
  build(injections) {
    const feed: Record<string, unknown> = { version: 'https://jsonfeed.org/version/1.1', title: 'XSS', language: 'pl', items: [] };
    injections.forEach(({ path, payload }, i) => {
      const item: Record<string, unknown> = {
        id: `i${i}`,
        title: 'Bezpieczny tytuł',
        url: 'https://example.gov.pl/a',
        summary: 'ok',
        image: 'https://example.gov.pl/i.png',
        tags: ['ok'],
        authors: [{ name: 'ok' }],
        _civic: { title: { en: 'ok' }, summary: { de: 'ok' }, image_alt: { pl: 'ok' } },
      };
      if (path[0] === 'content_html' || path[0] === 'content_text') delete item.summary;
      if (path[0] === 'external_url') delete item.url;
      if (path[0] === 'banner_image') delete item.image;
      if (path[0] === '$feed') feed.title = payload;
      else setPath(item, path, payload);
      (feed.items as unknown[]).push(item);
    });
    return JSON.stringify(feed);
  },
};

const wordpress: Format = {
  kind: 'news',
  type: 'application/json',
  textFields: [['title', 'rendered'], ['excerpt', 'rendered'], ['_embedded', 'author', 0, 'name'], ['_embedded', 'wp:term', 0, 0, 'name'], ['_embedded', 'wp:term', 1, 0, 'name'], ['_embedded', 'wp:featuredmedia', 0, 'alt_text'], ['_embedded', 'wp:featuredmedia', 0, 'title', 'rendered']],
  urlFields: [['link'], ['_embedded', 'wp:featuredmedia', 0, 'media_details', 'sizes', 'medium_large', 'source_url'], ['_embedded', 'wp:featuredmedia', 0, 'source_url']],
  build(injections) {
    return JSON.stringify(
      injections.map(({ path, payload }, i) => {
        const post: Record<string, unknown> = {
          id: 1000 + i,
          date_gmt: '2026-03-21T09:00:00',
          slug: `p${i}`,
          link: 'https://example.gov.pl/p',
          title: { rendered: 'Bezpieczny tytuł' },
          excerpt: { rendered: '<p>ok</p>', protected: false },
          _embedded: {
            author: [{ id: 1, name: 'ok' }],
            'wp:featuredmedia': [{ id: 5, alt_text: 'ok', title: { rendered: 'ok' }, source_url: 'https://example.gov.pl/full.jpg', media_details: { sizes: { medium_large: { source_url: 'https://example.gov.pl/m.jpg' } } } }],
            'wp:term': [[{ id: 1, name: 'ok', taxonomy: 'category' }], [{ id: 2, name: 'ok', taxonomy: 'post_tag' }]],
          },
        };
        const media = (post._embedded as Record<string, Record<string, unknown>[]>)['wp:featuredmedia'][0];
        if (path.includes('source_url') && path.length === 4) media.media_details = {};
        if (path[path.length - 2] === 'title' && path.includes('wp:featuredmedia')) media.alt_text = '';
        setPath(post, path, payload);
        return post;
      }),
    );
  },
};

const rssTextFields = ['title', 'description', 'content:encoded', 'category', 'dc:creator', 'author'];
const rss: Format = {
  kind: 'news',
  type: 'application/rss+xml',
  textFields: [...rssTextFields.map((f) => [f, 'escaped']), ...rssTextFields.map((f) => [f, 'cdata']), ['channel-title', 'escaped']],
  urlFields: [['link'], ['enclosure'], ['media:content'], ['description-img'], ['guid']],
  build(injections) {
    let channelTitle = 'XSS';
    const items = injections.map(({ path, payload }, i) => {
      const fields: Record<string, string> = {
        title: 'Bezpieczny tytuł',
        description: 'ok',
        'content:encoded': 'ok',
        category: 'ok',
        'dc:creator': 'ok',
        author: 'ok@example.gov.pl (ok)',
        guid: `g${i}`,
      };
      const wrap = (v: string) => (path[1] === 'cdata' ? cdata(v) : xmlEscape(v));
      let extra = '';
      let link = 'https://example.gov.pl/a';
      const [field] = path as string[];
      if (field === 'channel-title') channelTitle = payload;
      else if (field === 'link') link = payload;
      else if (field === 'enclosure') extra = `<enclosure url="${xmlEscape(payload)}" type="image/jpeg" length="1"/>`;
      else if (field === 'media:content') extra = `<media:content url="${xmlEscape(payload)}" medium="image"/>`;
      else if (field === 'description-img') fields.description = `<p>x<img src="${payload.replace(/"/g, '&quot;')}"></p>`;
      else if (field === 'guid') fields.guid = payload;
      else fields[field] = payload;
      const body = Object.entries(fields)
        .map(([k, v]) => `<${k}>${k === field || (field === 'description-img' && k === 'description') ? wrap(v) : xmlEscape(v)}</${k}>`)
        .join('');
      return `<item>${body}<link>${xmlEscape(link)}</link>${extra}</item>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>${xmlEscape(channelTitle)}</title><link>https://example.gov.pl/</link><language>pl</language>${items.join('')}</channel></rss>`;
  },
};

const atom: Format = {
  kind: 'news',
  type: 'application/atom+xml',
  textFields: [['title', 'html'], ['title', 'text'], ['summary', 'html'], ['summary', 'text'], ['content', 'html'], ['category', 'label'], ['category', 'term'], ['author', 'name']],
  urlFields: [['link'], ['enclosure'], ['content-img']],
  build(injections) {
    const entries = injections.map(({ path, payload }, i) => {
      const [field, variant] = path as string[];
      const e = xmlEscape(payload);
      const title = field === 'title' ? `<title type="${variant}">${e}</title>` : '<title>Bezpieczny tytuł</title>';
      const summary = field === 'summary' ? `<summary type="${variant}">${e}</summary>` : '<summary>ok</summary>';
      const content =
        field === 'content' ? `<content type="html">${e}</content>` : field === 'content-img' ? `<content type="html">${xmlEscape(`<img src="${payload.replace(/"/g, '&quot;')}">`)}</content>` : '';
      const category = field === 'category' ? `<category ${variant}="${e}"/>` : '<category term="ok"/>';
      const author = field === 'author' ? `<author><name>${e}</name></author>` : '<author><name>ok</name></author>';
      const link = `<link href="${field === 'link' ? e : 'https://example.gov.pl/a'}"/>`;
      const enclosure = field === 'enclosure' ? `<link rel="enclosure" type="image/png" href="${e}"/>` : '';
      return `<entry><id>urn:x:${i}</id><updated>2026-03-21T09:00:00Z</updated>${title}${link}${enclosure}${summary}${content}${category}${author}</entry>`;
    });
    return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>XSS</title><id>urn:x</id><updated>2026-03-21T09:00:00Z</updated>${entries.join('')}</feed>`;
  },
};

const geojson: Format = {
  kind: 'attractions',
  type: 'application/geo+json',
  textFields: [['name'], ['name', 'en'], ['description'], ['description', 'de'], ['address'], ['openingHours'], ['category'], ['phone'], ['imageAlt'], ['$feed', 'name']],
  urlFields: [['url'], ['image']],
  build(injections) {
    const fc: Record<string, unknown> = { type: 'FeatureCollection', language: 'pl', name: 'XSS', features: [] };
    injections.forEach(({ path, payload }, i) => {
      const props: Record<string, unknown> = { id: `f${i}`, name: 'Bezpieczna nazwa', category: 'park', description: 'ok', image: 'https://example.gov.pl/i.png', imageAlt: 'ok', url: 'https://example.gov.pl/' };
      if (path[0] === '$feed') fc.name = payload;
      else if (path.length === 2) props[path[0]] = { pl: 'ok', [path[1]]: payload };
      else props[path[0]] = payload;
      (fc.features as unknown[]).push({ type: 'Feature', geometry: { type: 'Point', coordinates: [20.2, 52.2] }, properties: props });
    });
    return JSON.stringify(fc);
  },
};

const partnership: Format = {
  kind: 'partnership',
  type: 'application/json',
  textFields: [['title'], ['description'], ['description', 'en'], ['next'], ['cities', 0, 'name'], ['cities', 0, 'region'], ['cities', 1, 'emblemAlt'], ['areas', 0, 'title'], ['areas', 0, 'description'], ['milestones', 0, 'title'], ['milestones', 0, 'text'], ['contacts', 0, 'name'], ['contacts', 0, 'role'], ['contacts', 0, 'department'], ['contacts', 0, 'email'], ['contacts', 0, 'phone'], ['newsTag']],
  urlFields: [['cities', 0, 'website'], ['cities', 1, 'emblem'], ['milestones', 0, 'url'], ['description-link']],
  build(injections) {
    const partnerships = injections.map(({ path, payload }, i) => {
      const p: Record<string, unknown> = {
        id: `p${i}`,
        title: 'Bezpieczny tytuł',
        status: 'talks',
        description: '<p>ok <a href="https://example.gov.pl/">link</a></p>',
        cities: [
          { id: 'a', name: 'A', country: 'PL', website: 'https://a.example/' },
          { id: 'b', name: 'B', country: 'DE', emblem: 'https://b.example/e.svg', emblemAlt: 'ok' },
        ],
        areas: [{ id: 'x', title: 'ok', description: 'ok' }],
        milestones: [{ date: '2025-12-19', title: 'ok', text: 'ok', url: 'https://example.gov.pl/m' }],
        contacts: [{ city: 'a', name: 'ok', role: 'ok', department: 'ok', email: 'ok@example.gov.pl', phone: '+48 1' }],
      };
      if (path[0] === 'description-link') p.description = `<p>x <a href="${payload.replace(/"/g, '&quot;')}">link</a></p>`;
      else if (path[0] === 'description' && path[1]) p.description = { pl: 'ok', en: payload };
      else setPath(p, path, payload);
      return p;
    });
    return JSON.stringify({ version: 1, partnerships });
  },
};

const FORMATS: Record<string, Format> = { 'JSON Feed': jsonFeed, 'WordPress REST': wordpress, 'RSS 2.0': rss, 'Atom 1.0': atom, GeoJSON: geojson, partnership };

describe('XSS suite', () => {
  after(() => clearSavedFeeds()); // leave no saved copies to later test files
  beforeEach(() => {
    delete window.__xss;
    clearSavedFeeds();
  });

  it('the harness notices execution (control: an unsanitized innerHTML does run)', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    box.innerHTML = `<img src="data:," onerror="window.__xss='control'">`;
    await until(() => window.__xss === 'control', 2000, 'the control payload');
    box.remove();
    delete window.__xss;
  });

  for (const [name, format] of Object.entries(FORMATS)) {
    describe(name, () => {
      for (const path of format.textFields) {
        it(`text field ${path.join('.')}: ${TEXT_PAYLOADS.length} payloads render as inert text`, async () => {
          const injections = TEXT_PAYLOADS.map((payload) => ({ path, payload }));
          const data = parseFeedText(format.kind, format.build(injections), { base: 'https://example.gov.pl/feed', warn: () => {} });
          for (const [key, url] of urlsOf(data)) expect(isSafeUrl(url), `${key}: ${url}`).to.be.true;
          await renderAndCheck(data);
          counts.text += injections.length;
          counts.byFormat[name] = (counts.byFormat[name] ?? 0) + injections.length;
        });
      }
      for (const path of format.urlFields) {
        it(`URL field ${path.join('.')}: ${URL_PAYLOADS.length} payloads are dropped or made harmless`, async () => {
          const injections = URL_PAYLOADS.map((payload) => ({ path, payload }));
          const data = parseFeedText(format.kind, format.build(injections), { base: 'https://example.gov.pl/feed', warn: () => {} });
          const urls = urlsOf(data);
          for (const [key, url] of urls) {
            expect(isSafeUrl(url), `${key}: ${url}`).to.be.true;
            expect(url.toLowerCase()).to.not.match(/^(javascript|data|vbscript|blob|file|filesystem):/);
          }
          await renderAndCheck(data);
          counts.url += injections.length;
          counts.byFormat[name] = (counts.byFormat[name] ?? 0) + injections.length;
        });
      }

      it('end to end: served by the test server, loaded by the controller, rendered: nothing runs', async function () {
        this.timeout(30_000); // hundreds of hostile partnerships, each rebuilt from rich text, on a busy machine
        const injections = [
          ...format.textFields.flatMap((path) => TEXT_PAYLOADS.map((payload) => ({ path, payload }))),
          ...format.urlFields.flatMap((path) => URL_PAYLOADS.map((payload) => ({ path, payload }))),
        ];
        const key = uniqueKey('xss');
        await fetch(`/faults/store?key=${key}&type=${encodeURIComponent(format.type)}`, { method: 'POST', body: format.build(injections) });
        const tag = `test-xss-${format.kind}`;
        defineHost(tag, format.kind);
        const el = await fixture<Host>(staticHtml`<${unsafeStatic(tag)} lang="pl" .src=${`/faults/stored?key=${key}`}></${unsafeStatic(tag)}>`);
        await until(() => el.feed.state === 'ready', 25_000, `ready (state ${el.feed.state}: ${el.feed.error?.message})`);
        await renderAndCheck(el.feed.data);
        expect(window.__xss).to.equal(undefined);
      });
    });
  }

  describe('markup that attacks the walk itself', () => {
    // A form's named fields shadow its own properties: form.nextSibling can be an earlier
    // input (an endless loop), form.localName an element (a TypeError), doc.body an <img>.
    const clobbers = [
      '<input name="nextSibling" form="f">A<form id="f"></form>B',
      '<form id="f"><input name="localName"></form>C',
      '<form><input name="nodeType"><input name="firstChild">D</form>',
      '<img name="body">E<b>F</b>',
      '<form><input name="getAttribute"><a href="https://a.pl/">G</a></form>',
    ];
    for (const markup of clobbers) {
      it(`plain text and rich text finish and keep the words: ${markup}`, () => {
        const words = markup.replace(/<[^>]*>/g, '');
        expect(toPlainText(markup).replace(/\s/g, '')).to.equal(words);
        const box = document.createElement('div');
        box.append(sanitizeRichText(markup));
        expect(box.textContent?.replace(/\s/g, '')).to.equal(words);
      });
    }

    it('a clobbering title does not cost the feed its other items', () => {
      const feed = parseFeedText('news', JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'x',
        items: [
          { id: '1', title: '<form><input name="localName"></form>Bad', url: 'https://a.pl/1' },
          { id: '2', title: 'Good', url: 'https://a.pl/2' },
        ],
      }));
      expect(feed.items.map((item) => item.title)).to.deep.equal(['Bad', 'Good']);
    });

    it('tag soup big enough to stall the HTML parser takes the string-only path, with the same words', () => {
      const soup = '<b><i><u><s><em><strong>'.repeat(3000) + 'soup' + '</p>'.repeat(1000);
      expect(tooHeavyToParse(soup)).to.be.true;
      expect(tooHeavyToParse('<p>An ordinary <b>excerpt</b> of a news item.</p>'.repeat(20))).to.be.false;
      expect(toPlainText(soup)).to.equal('soup');
      const box = document.createElement('div');
      box.append(sanitizeRichText(soup));
      expect(box.innerHTML).to.equal('<p>soup</p>');
    });

    it('RSS that declares XML entities is refused before parsing (no entity expansion)', () => {
      const rss = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'A'.repeat(1000)}">]><rss version="2.0"><channel><title>t</title><item><title>&a;&a;</title><link>https://a.pl/</link></item></channel></rss>`;
      expect(() => parseFeedText('news', rss)).to.throw(/entities/);
    });
  });

  describe('sanitizeRichText()', () => {
    it('keeps the allow-list, drops everything else, makes links safe', async () => {
      const frag = sanitizeRichText(
        '<p onclick="x()">A <strong>b</strong> <em>c</em> <b>d</b> <i>e</i><br><ul><li>1</li></ul><ol><li>2</li></ol>' +
          '<a href="/rel" target="_blank" style="color:red">rel</a> <a href="JAVASCRIPT:alert(1)">bad</a> <a href="mailto:a@b.pl">m</a>' +
          '<h1>h</h1><table><tr><td>t</td></tr></table><img src=x onerror="window.__xss=1"><svg onload="window.__xss=2"></svg><script>window.__xss=3</script></p>',
        'https://example.gov.pl/data/partnership.json',
      );
      const box = await fixture<HTMLDivElement>(testHtml`<div></div>`);
      box.append(frag);
      await new Promise((r) => setTimeout(r, 100));
      expect(window.__xss).to.equal(undefined);
      expect([...new Set([...box.querySelectorAll('*')].map((e) => e.localName))].sort()).to.deep.equal(['a', 'b', 'br', 'em', 'i', 'li', 'ol', 'p', 'strong', 'ul']);
      const links = [...box.querySelectorAll('a')];
      // The javascript: link is left as plain text, not an <a> that looks like a dead link.
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.gov.pl/rel', 'mailto:a@b.pl']);
      expect(box.textContent).to.contain('bad');
      expect(links.filter((a) => a.hasAttribute('href')).every((a) => a.getAttribute('rel') === 'noopener noreferrer')).to.be.true;
      expect(links.some((a) => a.hasAttribute('target') || a.hasAttribute('style'))).to.be.false;
      expect(box.textContent).to.contain('h').and.contain('t'); // removed tags keep their text
      expect(box.textContent).to.not.contain('window.__xss');
    });

    it('survives mutation-XSS classics and namespace confusion: only text and allow-listed tags come out', async () => {
      const payloads = [
        '<noscript><p title="</noscript><img src=x onerror=window.__xss=11>">',
        '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=12>',
        '<svg></p><style><a id="</style><img src=x onerror=window.__xss=13>">',
        '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=window.__xss=14>',
        '<a href="java\tscript:alert(1)">t</a><a href="&#106;avascript:alert(1)">e</a><a href=" data:text/html,x">d</a>',
        '<p><!--<img src=x onerror=window.__xss=15>--></p><template><img src=x onerror=window.__xss=16></template>',
        '<iframe srcdoc="<script>parent.__xss=17</script>"></iframe><object data="javascript:alert(1)"></object>',
      ];
      const box = await fixture<HTMLDivElement>(testHtml`<div></div>`);
      for (const payload of payloads) box.append(sanitizeRichText(payload));
      await new Promise((r) => setTimeout(r, 150));
      expect(window.__xss).to.equal(undefined);
      const tags = new Set([...box.querySelectorAll('*')].map((e) => e.localName));
      expect([...tags].every((t) => RICH_TEXT_TAGS.includes(t)), [...tags].join()).to.be.true;
      expect([...box.querySelectorAll('*')].every((e) => [...e.attributes].every((a) => a.name === 'href' || a.name === 'rel'))).to.be.true;
      expect(box.querySelectorAll('a[href]').length).to.equal(0);
    });

    it('keeps the boundaries of blocks it removes: headings, boxes and table cells do not run together', () => {
      const box = document.createElement('div');
      box.append(sanitizeRichText('<h1>Riesige Überschrift</h1><table><tr><td>Zelle A</td><td>Zelle B</td></tr></table><div>Kasten</div>'));
      expect(box.innerHTML.replace(/>\s+</g, '><')).to.equal('<p><strong>Riesige Überschrift</strong></p><p>Zelle A</p><p>Zelle B</p><p>Kasten</p>');
    });

    it('flattens absurd nesting to text instead of overflowing the stack', () => {
      const deep = '<b>'.repeat(20_000) + 'deep' + '</b>'.repeat(20_000);
      const box = document.createElement('div');
      box.append(sanitizeRichText(deep));
      expect(box.textContent).to.equal('deep');
      let depth = 0;
      for (let el = box.firstElementChild; el; el = el.firstElementChild) depth += 1;
      expect(depth).to.be.at.most(32);
    });
  });

  after(() => {
    const total = counts.text + counts.url;
    console.log(`[xss] cases: ${total} (text ${counts.text}, url ${counts.url}); by format ${JSON.stringify(counts.byFormat)}; payloads: ${TEXT_PAYLOADS.length} text, ${URL_PAYLOADS.length} url`);
  });
});
