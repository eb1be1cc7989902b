// Feeds of every format with the XSS suite's payloads (test/feeds/xss-payloads.ts) in their
// text and link fields, for the prerender tests (Node and Chromium). `clean` gives the same
// feeds with harmless values: what the elements render from those is the baseline.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const source = readFileSync(fileURLToPath(new URL('../feeds/xss-payloads.ts', import.meta.url)), 'utf8');
const { code } = await transform(source, { loader: 'ts', format: 'esm' });
export const { TEXT_PAYLOADS, URL_PAYLOADS, xmlEscape, cdata } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const SAFE_TEXT = 'Bezpieczny tekst';
const SAFE_URL = 'https://example.gov.pl/a';

/** `texts` and `urls` to put in the fields (one entry each), cycling through both lists. */
function values(clean) {
  const texts = clean ? TEXT_PAYLOADS.map(() => SAFE_TEXT) : TEXT_PAYLOADS;
  const urls = clean ? URL_PAYLOADS.map(() => SAFE_URL) : URL_PAYLOADS;
  return { texts, urls, url: (i) => urls[i % urls.length] };
}

export function jsonFeed(clean = false) {
  const { texts, url } = values(clean);
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: texts[0],
    items: texts.map((text, i) => ({
      id: `j${i}`,
      title: text,
      summary: text,
      content_html: text,
      url: url(i),
      image: url(i + 1),
      date_published: '2026-03-20T09:00:00Z',
      authors: [{ name: text }],
      tags: [text, 'Kultura'],
    })),
  });
}

export function wordpress(clean = false) {
  const { texts, url } = values(clean);
  return JSON.stringify(
    texts.map((text, i) => ({
      id: i + 1,
      date_gmt: '2026-03-20T09:00:00',
      link: url(i),
      title: { rendered: text },
      excerpt: { rendered: `<p>${text}</p>` },
      _embedded: {
        author: [{ name: text }],
        'wp:featuredmedia': [{ source_url: url(i + 2), alt_text: text }],
        'wp:term': [[{ taxonomy: 'category', name: text }]],
      },
    })),
  );
}

export function rss(clean = false) {
  const { texts, url } = values(clean);
  const items = texts.map(
    (text, i) => `<item><title>${xmlEscape(text)}</title><link>${xmlEscape(url(i))}</link><guid>r${i}</guid>` +
      `<description>${cdata(text)}</description><category>${xmlEscape(text)}</category>` +
      `<enclosure url="${xmlEscape(url(i + 1))}" type="image/png"/><pubDate>Fri, 20 Mar 2026 09:00:00 GMT</pubDate></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${xmlEscape(texts[1])}</title><language>pl</language>${items.join('')}</channel></rss>`;
}

export function atom(clean = false) {
  const { texts, url } = values(clean);
  const entries = texts.map(
    (text, i) => `<entry><id>urn:x:${i}</id><updated>2026-03-20T09:00:00Z</updated><title type="html">${xmlEscape(text)}</title>` +
      `<link href="${xmlEscape(url(i))}"/><summary type="html">${xmlEscape(text)}</summary><author><name>${xmlEscape(text)}</name></author>` +
      `<category term="${xmlEscape(text)}"/></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl"><title>x</title><id>urn:x</id><updated>2026-03-20T09:00:00Z</updated>${entries.join('')}</feed>`;
}

export function geojson(clean = false) {
  const { texts, url } = values(clean);
  return JSON.stringify({
    type: 'FeatureCollection',
    name: texts[2],
    features: texts.map((text, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [20.2 + i / 1000, 52.2] },
      properties: { id: `f${i}`, name: { pl: text, en: text }, category: i % 2 ? 'park' : text, description: text, address: text, openingHours: text, phone: text, url: url(i), image: url(i + 1), imageAlt: text },
    })),
  });
}

/**
 * One partnership per text payload (its rich-text description is that payload alone: a
 * payload that swallows what follows it must not hide the others), the other fields cycling.
 */
export function partnership(clean = false) {
  const { texts, url } = values(clean);
  // Each with words around it: a partnership whose title or city name is only markup is unusable.
  const text = (i) => `${texts[i % texts.length]} słowa`;
  return JSON.stringify({
    version: 1,
    partnerships: texts.map((payload, p) => ({
      id: `p${p}`,
      title: text(p),
      status: 'talks',
      description: { pl: `<p>${payload} słowa <a href="${url(p).replace(/"/g, '&quot;')}">łącze</a></p>`, en: text(p + 3) },
      next: text(p + 4),
      newsTag: 'Kultura',
      cities: [
        { id: 'a', name: text(p + 5), country: 'PL', region: text(p + 6), website: url(p + 1), lat: 52.2, lon: 20.2 },
        { id: 'b', name: text(p + 7), country: 'DE', emblem: url(p + 2), emblemAlt: text(p + 8), website: url(p + 3), lat: 51.3, lon: 6.5 },
      ],
      areas: [0, 1].map((i) => ({ id: `x${i}`, title: text(p + i), description: text(p + i + 1) })),
      milestones: [0, 1].map((i) => ({ date: '2025-12-19', title: text(p + i), text: text(p + i + 2), url: url(p + i) })),
      contacts: [0, 1].map((i) => ({ city: i ? 'b' : 'a', name: text(p + i), role: text(p + i + 1), department: text(p + i + 2), email: text(p + i), phone: text(p + i + 3) })),
    })),
  });
}

/**
 * The files and the page that show every format in the elements that read it (and a panel
 * asked for a partnership the file lacks: the box that explains it, which a hostile file
 * with unusable entries shows too).
 */
export function xssSite(clean = false) {
  return {
    files: {
      'feeds/jsonfeed.json': jsonFeed(clean),
      'feeds/wordpress.json': wordpress(clean),
      'feeds/rss.xml': rss(clean),
      'feeds/atom.xml': atom(clean),
      'feeds/places.geojson': geojson(clean),
      'feeds/partnership.json': partnership(clean),
    },
    body: `<civic-news-ticker src="feeds/jsonfeed.json" limit="100"></civic-news-ticker>
<civic-article-cards src="feeds/jsonfeed.json" page-size="100" seo></civic-article-cards>
<civic-article-cards src="feeds/wordpress.json" page-size="100" seo></civic-article-cards>
<civic-article-cards src="feeds/rss.xml" page-size="100" seo></civic-article-cards>
<civic-news-ticker src="feeds/atom.xml" limit="100"></civic-news-ticker>
<civic-attractions-map src="feeds/places.geojson" selected="f0"></civic-attractions-map>
<civic-partnership-panel src="feeds/partnership.json" news-src="feeds/rss.xml" news-tag="Kultura" bilingual="pl en"></civic-partnership-panel>
${TEXT_PAYLOADS.slice(1).map((_, i) => `<civic-partnership-panel src="feeds/partnership.json" partner="p${i + 1}"></civic-partnership-panel>`).join('\n')}
<civic-partnership-panel src="feeds/partnership.json" partner="none-such"></civic-partnership-panel>`,
  };
}
