// The hostile feeds of bench/hostile-feeds.mjs (each within its kind's 5 MB limit).
export const MB = 1024 * 1024;
const LIMIT = 5 * MB - 1024;

const jsonFeed = (items, extra = {}) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Hostile', language: 'pl', ...extra, items });
/** Repeats `piece` as often as fits in `bytes` (minus `room`). */
const fill = (piece, bytes, room = 0) => piece.repeat(Math.max(0, Math.floor((bytes - room) / piece.length)));
const rss = (items) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Hostile</title>${items}</channel></rss>`;
const feature = (i, props) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [20 + (i % 1000) / 1000, 52 + i / 1e6] }, properties: { id: `p${i}`, name: `Miejsce ${i}`, ...props } });

/** name → [kind, content type, body]; each body stays under its kind's 5 MB limit. */
export const FEEDS = {
  'json: a million tags in one item': ['news', 'application/json', () => jsonFeed([{ id: '1', title: 'T', content_html: fill('<b>', LIMIT, 300) }])],
  'json: 120k tiny tags in one summary': ['news', 'application/json', () => jsonFeed([{ id: '1', title: 'T', summary: fill('<i>x</i>', 1_000_000) }])],
  'json: 500k categories': ['news', 'application/json', () => jsonFeed([{ id: '1', title: 'T', tags: Array.from({ length: 500_000 }, (_, i) => `t${i}`) }])],
  'json: 250k authors with markup': ['news', 'application/json', () => jsonFeed([{ id: '1', title: 'T', authors: Array.from({ length: 250_000 }, () => ({ name: '<b></b>' })) }])],
  'json: 200k language-map keys': ['news', 'application/json', () => jsonFeed([{ id: '1', title: Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`pl-x${i}`, '<b>t</b>'])) }])],
  'json: 500 items, markup and entities in every field': ['news', 'application/json', () =>
    jsonFeed(Array.from({ length: 500 }, (_, i) => ({ id: `i${i}`, title: `<b>Tytuł</b> &amp; ${i}`, summary: '<p>Opis &ndash; <i>krótki</i></p>', content_html: '<p>Treść &amp; <b>więcej</b></p>'.repeat(20), authors: [{ name: '<i>Jan</i> &amp; Anna' }], tags: Array.from({ length: 40 }, (_, t) => `<i>tag ${t}</i> &amp;`), image: 'https://a.example/x.jpg', _civic: { image_alt: { pl: '<b>alt</b>', de: '<b>alt</b>' }, title: { de: '<b>Titel</b> &amp;', en: '<b>Title</b> &amp;' } } })))],
  'json: 1,000 items of 190 tags (value budget)': ['news', 'application/json', () => jsonFeed(Array.from({ length: 1000 }, (_, i) => ({ id: `i${i}`, title: `T${i}`, tags: Array.from({ length: 190 }, (_, t) => `t${t}`) })))],
  'json: 2 million numbers in the items list': ['news', 'application/json', () => jsonFeed([]).replace('"items":[]', `"items":[${fill('0,', LIMIT, 300)}0]`)],
  'wordpress: 80k embedded terms': ['news', 'application/json', () => JSON.stringify([{ id: 1, slug: 'a', link: 'https://a.example/', title: { rendered: 'T' }, _embedded: { 'wp:term': [Array.from({ length: 80_000 }, (_, i) => ({ id: i, name: `<b>k${i}</b>`, taxonomy: 'category' }))] } }])],
  'rss: 500k escaped tags in a description': ['news', 'application/xml', () => rss(`<item><title>T</title><link>https://a.example/</link><description>${fill('&lt;b&gt;', LIMIT, 300)}</description></item>`)],
  'rss: 400k elements inside an item': ['news', 'application/xml', () => rss(`<item><title>T</title><link>https://a.example/</link><description>x</description>${fill('<x/>', LIMIT, 300)}</item>`)],
  'rss: 100k categories': ['news', 'application/xml', () => rss(`<item><title>T</title><link>https://a.example/</link>${Array.from({ length: 100_000 }, (_, i) => `<category>&lt;b&gt;c${i}</category>`).join('')}</item>`)],
  'atom: 500k xhtml elements in one entry': ['news', 'application/xml', () => `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title>T</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${fill('<b/>', LIMIT, 400)}</div></content></entry></feed>`],
  'rss: cut off, 500 items of bare & and &nbsp;': ['news', 'application/xml', () => rss(Array.from({ length: 500 }, (_, i) => `<item><title>Zebranie &nbsp; &oacute; ${i} & co</title><link>https://a.example/?a=1&b=${i}</link><description>${'Tekst &nbsp; i & znowu '.repeat(200)}</description></item>`).join('')).slice(0, -40)],
  'geojson: a feature with 200k name:xx translations': ['attractions', 'application/geo+json', () => JSON.stringify({ type: 'FeatureCollection', features: [feature(0, Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`name:x${i}`, '<b>n</b>'])))] })],
  'partnership: 200k areas': ['partnership', 'application/json', () => JSON.stringify({ partnerships: [{ id: 'a', title: 'A', status: 'talks', cities: [{ id: 'a', name: 'A', country: 'PL' }, { id: 'b', name: 'B', country: 'DE' }], areas: Array.from({ length: 200_000 }, () => ({ title: '<b>a</b>' })) }] })],
};


// Reference rows: a big feed a real CMS sends (what the caps must leave alone).
FEEDS['reference: RSS, 500 WordPress items'] = ['news', 'application/rss+xml', () =>
  rss(Array.from({ length: 500 }, (_, i) => `<item><title>Wiadomość ${i} &#8211; gmina</title><link>https://a.example/${i}/</link><comments>https://a.example/${i}/#respond</comments><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/"><![CDATA[Redakcja]]></dc:creator><pubDate>Sat, 21 Mar 2026 08:00:00 +0000</pubDate><category><![CDATA[Kultura]]></category><category><![CDATA[Wydarzenia]]></category><guid isPermaLink="false">https://a.example/?p=${i}</guid><description><![CDATA[<p>Krótki opis wydarzenia w gminie &#8230;</p>]]></description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[${'<p>Treść artykułu z <a href="https://a.example/x">linkiem</a> i <strong>wyróżnieniem</strong>.</p>'.repeat(30)}<img src="https://a.example/${i}.jpg">]]></content:encoded></item>`).join(''))];
FEEDS['reference: JSON Feed, 500 items'] = ['news', 'application/feed+json', () =>
  jsonFeed(Array.from({ length: 500 }, (_, i) => ({ id: `i${i}`, url: `https://a.example/${i}`, title: `Wiadomość ${i} – gmina`, summary: 'Krótki opis wydarzenia w gminie.', content_html: '<p>Treść artykułu z <a href="https://a.example/x">linkiem</a>.</p>'.repeat(20), date_published: '2026-03-21T08:00:00Z', authors: [{ name: 'Redakcja' }], tags: ['Kultura', 'Wydarzenia'], image: `https://a.example/${i}.jpg` })))];
