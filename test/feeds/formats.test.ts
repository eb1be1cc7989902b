import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feeds/parse.js';
import type { AttractionsFeed, NewsFeed, PartnershipFeed } from '../../src/feeds/model.js';
import { FeedError } from '../../src/feeds/problem.js';

const BASE = 'https://example.gov.pl/feeds/feed.json';

async function parse<K extends 'news' | 'attractions' | 'partnership'>(kind: K, file: string, base = BASE) {
  const text = await (await fetch(file)).text();
  const warnings: string[] = [];
  const data = parseFeedText(kind, text, { base, warn: (w) => warnings.push(w) });
  return { data, warnings };
}

describe('formats → one model', () => {
  describe('JSON Feed 1.1 (data/news.json with the _civic extension)', () => {
    it('reads every item with translations, views, alt texts and the partnership marker', async () => {
      const { data, warnings } = await parse('news', '/data/news.json', new URL('/data/news.json', location.href).href);
      const feed = data as NewsFeed;
      expect(warnings).to.deep.equal([]);
      expect(feed.skipped).to.equal(0);
      expect(feed.items).to.have.length(15);
      expect(feed.language).to.equal('pl');
      const first = feed.items[0];
      expect(first.title).to.deep.include({ pl: 'Nowy tomik Grażyny Grobelskiej: wiersze o emocjach i odrodzeniu Warszawy' });
      expect((first.title as Record<string, string>).de).to.contain('Neuer Gedichtband');
      expect((first.excerpt as Record<string, string>).en).to.contain('author meeting');
      expect(first.views).to.equal(13);
      expect(first.image).to.equal(new URL('/data/images/news-culture.svg', location.href).href);
      expect((first.imageAlt as Record<string, string>).de).to.contain('Illustration');
      expect(first.categories).to.deep.equal([
        { pl: 'Kultura', de: 'Kultur', en: 'Culture', uk: 'Культура' },
        { pl: 'Literatura', de: 'Literatur', en: 'Literature', uk: 'Література' },
        { pl: 'Podróże', de: 'Reisen', en: 'Travel', uk: 'Подорожі' },
      ]);
      expect(first.author).to.equal('Bartosz Kawczyński');
      expect(first.date).to.equal('2026-03-21T09:00:00.000Z');
      const joint = feed.items.find((i) => i.partnership);
      expect(joint!.partnership).to.equal('sochaczew-krefeld');
      expect(joint!.views).to.equal(216);
      expect(feed.items.filter((i) => i.views === undefined)).to.have.length(7);
      expect(feed.items.every((i) => !i.breaking)).to.be.true;
    });

    it('turns content_html into plain text, keeps text of untitled items, skips broken ones', async () => {
      const { data, warnings } = await parse('news', '/test/fixtures/jsonfeed.json');
      const feed = data as NewsFeed;
      expect(feed.title).to.equal('Urząd Miasta & Gminy – Aktualności');
      expect(feed.language).to.equal('pl-PL');
      const [roads, days, untitled, hostile, mapped] = feed.items;
      expect(roads.title).to.equal('Utrudnienia na ul. Warszawskiej – objazdy od poniedziałku');
      expect(roads.excerpt).to.equal('Od poniedziałku 23 marca ul. Warszawska będzie zamknięta między rondem a\u00a0mostem. Objazd prowadzi ul. Chopina. Mapa objazdów');
      expect(roads.breaking).to.be.true; // tag "Pilne"
      expect(roads.image).to.equal('https://example.gov.pl/uploads/2026/03/objazd.jpg');
      expect(roads.author).to.equal('Anna Nowak');
      expect(days.views).to.equal(42);
      expect(days.title).to.deep.equal({ pl: 'Dni Partnerstwa z Krefeld', de: 'Partnerschaftstage mit Krefeld', en: 'Partnership days with Krefeld' });
      expect(days.excerpt).to.have.property('pl', 'Zapraszamy na spotkanie z delegacją z Krefeld w sobotę o 12:00.');
      expect(days.author).to.equal('Biuro Prasowe'); // the feed's author
      expect(days.breaking).to.equal(undefined);
      expect(untitled.title).to.contain('Komunikat bez tytułu');
      expect(untitled.breaking).to.be.true; // _civic.breaking
      expect(hostile.url).to.equal(undefined);
      expect(hostile.date).to.equal(undefined);
      expect(mapped.id).to.equal('1207');
      expect(mapped.title).to.deep.equal({ pl: 'Tytuł z mapą języków', de: 'Titel mit Sprachkarte' });
      expect(mapped.date).to.equal('2026-03-01');
      expect(feed.items).to.have.length(5);
      expect(feed.skipped).to.equal(3);
      expect(warnings.join('\n')).to.contain('"title"').and.contain('"id"').and.contain('"url" is not a safe link');
    });
  });

  describe('WordPress REST API', () => {
    it('reads /wp/v2/posts?_embed: author, categories, featured image and alt, views, UTC dates', async () => {
      const { data, warnings } = await parse('news', '/test/fixtures/wordpress-embed.json');
      const feed = data as NewsFeed;
      expect(feed.items).to.have.length(3);
      expect(feed.skipped).to.equal(1);
      expect(warnings.join()).to.contain('"title.rendered"');
      const [post, fire, protectedPost] = feed.items;
      expect(post).to.deep.equal({
        id: '48213',
        url: 'https://sochaczew.example/nowy-tomik-grazyny-grobelskiej/',
        title: 'Nowy tomik Grażyny Grobelskiej – wiersze o\u00a0emocjach',
        excerpt: 'W Muzeum Ziemi Sochaczewskiej i Pola Bitwy nad Bzurą miało miejsce interesujące wydarzenie kulturalne „Wiersze”…',
        date: '2026-03-21T09:00:00.000Z',
        author: 'Bartosz Kawczyński',
        categories: ['Kultura', 'Literatura & sztuka'],
        image: 'https://sochaczew.example/wp-content/uploads/2026/03/tomik-768x512.jpg',
        imageAlt: 'Grażyna Grobelska podpisuje książki',
        views: 13,
      });
      expect(fire.author).to.equal(undefined); // embedded error object
      expect(fire.image).to.equal(undefined); // rest_forbidden media
      expect(fire.breaking).to.be.true; // tag "pilne"
      expect(fire.excerpt).to.equal('W Kożuszkach-Parcel zapalił się tunel foliowy.'); // a finished sentence takes no ellipsis
      expect(protectedPost.excerpt).to.equal(undefined);
      expect(protectedPost.categories).to.deep.equal(['Bez kategorii']);
    });

    it('reads the plain /wp/v2/posts list (no _embed) with what it has', async () => {
      const { data } = await parse('news', '/test/fixtures/wordpress.json');
      const feed = data as NewsFeed;
      expect(feed.items).to.have.length(3);
      expect(feed.items[0].title).to.equal('Nowy tomik Grażyny Grobelskiej – wiersze o\u00a0emocjach');
      expect(feed.items[0].categories).to.deep.equal([]);
      expect(feed.items[0].image).to.equal(undefined);
      expect(feed.items[0].views).to.equal(13);
      expect(feed.items[1].date).to.equal('2026-03-20T17:20:00.000Z');
    });
  });

  describe('RSS 2.0', () => {
    it('reads CDATA, entities, dc:creator, media and enclosure images, categories', async () => {
      const { data, warnings } = await parse('news', '/test/fixtures/rss.xml');
      const feed = data as NewsFeed;
      expect(feed.title).to.equal('Stadt Krefeld – Pressemitteilungen');
      expect(feed.language).to.equal('de-DE');
      expect(feed.items).to.have.length(3);
      expect(feed.skipped).to.equal(1);
      expect(warnings.join()).to.contain('"title"');
      const [closure, visit, short] = feed.items;
      expect(closure.title).to.equal('Eilmeldung: Sperrung der Rheinbrücke Uerdingen');
      expect(closure.excerpt).to.equal('Die Rheinbrücke ist ab 10 Uhr gesperrt. Umleitung über die A\u00a057 & B\u00a0288. Mehr im Verkehrsportal …');
      expect(closure.author).to.equal('Presseamt');
      expect(closure.breaking).to.be.true;
      expect(closure.categories).to.deep.equal(['Eilmeldung', 'Verkehr']);
      expect(closure.image).to.equal('https://www.krefeld.example/wp-content/uploads/bruecke-800.jpg');
      expect(closure.id).to.equal('https://www.krefeld.example/?p=9911');
      expect(closure.date).to.equal('2026-03-21T06:45:00.000Z');
      expect(visit.title).to.equal('Städtepartnerschaft: Besuch aus Sochaczew & Gespräche im Rathaus');
      expect(visit.excerpt).to.equal('Delegation aus Sochaczew zu Gast im Rathaus – Themen: Kultur, Tourismus & Smart City.');
      expect(visit.image).to.equal('https://www.krefeld.example/wp-content/uploads/rathaus.jpg');
      expect(short.title).to.equal('Kurzmeldung ohne Titel: Bürgerbüro heute ab 14 Uhr geschlossen.');
      expect(short.language).to.equal('de-DE');
    });
  });

  describe('RSS in ISO-8859-2 (older Polish CMS), through the loader', () => {
    it('decodes by the XML declaration and keeps duplicate guids apart', async () => {
      const { loadFeed } = await import('../../src/feeds/loader.js');
      const { clearSavedFeeds } = await import('../../src/feeds/storage.js');
      clearSavedFeeds();
      const url = new URL('/faults/serve?file=/test/fixtures/rss-iso-8859-2.xml&type=application/xml', location.href).href;
      const { data } = await loadFeed((await import('../../src/feeds/kinds/news.js')).newsDescriptor, url, { timeoutMs: 5000 });
      expect(data.title).to.equal('Gmina Iłów - aktualności');
      expect(data.items.map((i) => i.title)).to.deep.equal(['Zażółć gęślą jaźń: ŻÓŁW na łące', 'Duplikat']);
      expect(data.items[0].excerpt).to.equal('Źdźbło & ćma');
      expect(data.items.map((i) => i.id)).to.deep.equal(['1', '1#2']);
      clearSavedFeeds();
    });
  });

  describe('Atom 1.0', () => {
    it('reads html/xhtml text constructs, links, enclosures, categories and xml:lang', async () => {
      const { data } = await parse('news', '/test/fixtures/atom.xml', 'https://twinning.example/atom.xml');
      const feed = data as NewsFeed;
      expect(feed.title).to.equal('Town Twinning News');
      expect(feed.language).to.equal('en');
      expect(feed.items).to.have.length(2);
      expect(feed.skipped).to.equal(1);
      const [results, exchange] = feed.items;
      expect(results.title).to.equal('Culture & tourism: first results');
      expect(results.excerpt).to.equal('Both cities agreed on a cultural exchange.');
      expect(results.url).to.equal('https://twinning.example/2026/first-results');
      expect(results.image).to.equal('https://twinning.example/img/results.png');
      expect(results.categories).to.deep.equal(['Partnership', 'breaking']);
      expect(results.breaking).to.be.true;
      expect(results.author).to.equal('Twinning Office');
      expect(results.date).to.equal('2026-03-20T09:00:00.000Z');
      expect(exchange.language).to.equal('de');
      expect(exchange.author).to.equal('Partnerschaftsbüro');
      expect(exchange.excerpt).to.equal('Beide Städte planen einen Austausch.');
      expect(exchange.date).to.equal('2026-03-19T08:00:00.000Z');
    });
  });

  describe('GeoJSON', () => {
    it('reads data/attractions.geojson, converting [lon, lat]', async () => {
      const { data, warnings } = await parse('attractions', '/data/attractions.geojson');
      const feed = data as AttractionsFeed;
      expect(warnings).to.deep.equal([]);
      expect(feed.attractions).to.have.length(15);
      expect(feed.name).to.have.property('en', 'Sights of Sochaczew');
      const castle = feed.attractions[0];
      expect(castle.lat).to.equal(52.2264);
      expect(castle.lon).to.equal(20.2342);
      expect(castle.category).to.equal('heritage');
      expect(castle.approximate).to.be.true;
    });

    it('places mixed geometries, skips bad coordinates and nameless features, naming the field', async () => {
      const { data, warnings } = await parse('attractions', '/test/fixtures/attractions-mixed.geojson', 'https://www.krefeld.example/data/poi.geojson');
      const feed = data as AttractionsFeed;
      expect(feed.attractions.map((a) => a.id)).to.deep.equal(['rathaus', 'feature-2', 'rhine-walk', 'stadtwald', 'churches']);
      const [hall, linn, walk, wood, churches] = feed.attractions;
      expect(hall).to.include({ lat: 51.3331, lon: 6.5623, category: 'heritage', phone: '+49 2151 86-0', url: 'https://www.krefeld.example/rathaus' });
      expect(hall.description).to.equal('Das Rathaus im Schloss von der Leyen & Park.');
      expect(hall.image).to.equal('https://www.krefeld.example/data/images/rathaus.jpg');
      expect(hall.openingHours).to.deep.equal({ de: 'Mo–Fr 8–16 Uhr', en: 'Mon–Fri 8am–4pm' });
      expect(linn).to.include({ lat: 51.36, lon: 6.59, approximate: true, language: 'de' });
      expect(walk.lat).to.be.closeTo(51.36, 1e-9);
      expect(walk.lon).to.be.closeTo(6.62, 1e-9);
      expect(wood.lat).to.be.closeTo(51.36, 1e-9);
      expect(churches).to.include({ lat: 51.332, lon: 6.561 });
      expect(churches.phone).to.equal(undefined);
      expect(feed.skipped).to.equal(9);
      const all = warnings.join('\n');
      for (const field of ['geometry.coordinates', 'geometry', 'properties.name', '"type"']) expect(all).to.contain(field);
    });

    it('reads an OpenStreetMap (overpass-turbo) export: categories from tags, name:xx translations, contact and address tags', () => {
      const osm = {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', id: 'node/123', geometry: { type: 'Point', coordinates: [20.2345, 52.2278] },
            properties: { '@id': 'node/123', tourism: 'museum', name: 'Muzeum Ziemi Sochaczewskiej', 'name:de': 'Museum des Sochaczewer Landes', 'name:en': 'Museum of the Sochaczew Land',
              'contact:website': 'https://muzeum.example/', 'addr:street': 'Plac Kościuszki', 'addr:housenumber': '1', 'addr:postcode': '96-500', 'addr:city': 'Sochaczew', opening_hours: 'Tu-Fr 09:00-16:00' } },
          { type: 'Feature', id: 'way/9', geometry: { type: 'Polygon', coordinates: [[[20.24, 52.22], [20.25, 52.22], [20.25, 52.23], [20.24, 52.22]]] },
            properties: { amenity: 'place_of_worship', religion: 'christian', name: 'Kościół św. Wawrzyńca', type: 'multipolygon' } },
          { type: 'Feature', id: 'way/10', geometry: { type: 'Point', coordinates: [20.23, 52.22] }, properties: { historic: 'castle', name: 'Ruiny zamku' } },
          { type: 'Feature', id: 'node/11', geometry: { type: 'Point', coordinates: [20.23, 52.21] }, properties: { leisure: 'park', name: 'Park' } },
        ],
      };
      const feed = parseFeedText('attractions', JSON.stringify(osm)) as AttractionsFeed;
      expect(feed.attractions.map((a) => [a.id, a.category])).to.deep.equal([['node/123', 'museum'], ['way/9', 'religion'], ['way/10', 'heritage'], ['node/11', 'park']]);
      const [museum] = feed.attractions;
      expect(museum.name).to.deep.equal({ und: 'Muzeum Ziemi Sochaczewskiej', de: 'Museum des Sochaczewer Landes', en: 'Museum of the Sochaczew Land' });
      expect(museum.url).to.equal('https://muzeum.example/');
      expect(museum.address).to.equal('Plac Kościuszki 1, 96-500 Sochaczew');
      expect(feed.attractions[2].name).to.equal('Ruiny zamku');
    });

    it('reads each place with the fields it has and no others, the same for the thousandth category as for the first', () => {
      const point = (i: number, properties: Record<string, unknown>) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [20 + i / 1e4, 52] }, properties: { id: `p${i}`, name: `Miejsce ${i}`, ...properties } });
      // More categories than the identifier cache holds (1,000), each repeated, and a feed's own name among them.
      const features = Array.from({ length: 2400 }, (_, i) => point(i, { category: i % 2 ? `Kategoria Nr ${i % 1200}` : 'Zabytek' }));
      features.push(
        point(2400, { opening_hours: 'Tu-Su 10:00-18:00' }),
        point(2401, { openingHours: { pl: 'wt.–nd. 10–18' }, opening_hours: 'Tu-Su 10:00-18:00' }),
        point(2402, { name: '<b>Zamek</b> \u202e', url: 'javascript:alert(1)', website: 'https://muzeum.example/', image: 'data:image/png;base64,AAAA', imageAlt: 'x', description: '<img src=x onerror=alert(1)>Opis' }),
        point(2403, { url: 'https://Muzeum.example/a"b<c>', image: 'img/a.png', imageAlt: { pl: 'Widok' } }),
      );
      const feed = parseFeedText('attractions', JSON.stringify({ type: 'FeatureCollection', features }), { base: 'https://miasto.example/data/poi.geojson', maxItems: 10_000 }) as AttractionsFeed;
      const places = feed.attractions;
      expect(places).to.have.length(2404);
      for (let i = 0; i < 2400; i++) expect(places[i].category, `place ${i}`).to.equal(i % 2 ? `kategoria-nr-${i % 1200}` : 'zabytek');
      for (const a of places) expect(Object.entries(a).filter(([, v]) => v === undefined), a.id).to.deep.equal([]);
      expect(Object.keys(places[0])).to.deep.equal(['id', 'name', 'category', 'lat', 'lon']);
      expect(places[2400]).to.include({ openingHours: 'Tu-Su 10:00-18:00', openingHoursOsm: 'Tu-Su 10:00-18:00' });
      expect(places[2401].openingHours).to.deep.equal({ pl: 'wt.–nd. 10–18' });
      expect(places[2401].openingHoursOsm).to.equal('Tu-Su 10:00-18:00');
      // Hostile values: no script link (the next link is not taken instead of a refused one), no picture from data:, text without markup.
      const hostile = places[2402];
      expect(hostile).to.include({ name: 'Zamek', description: 'Opis' });
      expect(hostile).not.to.have.any.keys('url', 'image', 'imageAlt');
      expect(places[2403]).to.include({ url: 'https://muzeum.example/a%22b%3Cc%3E', image: 'https://miasto.example/data/img/a.png' });
      expect(places[2403].imageAlt).to.deep.equal({ pl: 'Widok' });
    });
  });

  describe('partnership file', () => {
    it('reads data/partnership.json completely', async () => {
      const { data, warnings } = await parse('partnership', '/data/partnership.json', new URL('/data/partnership.json', location.href).href);
      const feed = data as PartnershipFeed;
      expect(warnings).to.deep.equal([]);
      const [p] = feed.partnerships;
      expect(p.status).to.equal('talks');
      expect(p.cities.map((c) => c.id)).to.deep.equal(['sochaczew', 'krefeld']);
      expect(p.cities[1]).to.include({ country: 'DE', population: 230666, populationYear: 2022, website: 'https://www.krefeld.de/' });
      expect(p.cities[1].emblem).to.equal(new URL('/data/images/krefeld-emblem.svg', location.href).href);
      expect(p.areas.length).to.be.greaterThan(1);
      expect(p.contacts).to.have.length(4);
      // Joint news go by the articles' _civic.partnership mark, not by the broad site category.
      expect(p.newsTag).to.equal(undefined);
      expect((p.description as Record<string, string>).pl).to.contain('<strong>spotkanie online 19 grudnia 2025 roku</strong>');
      expect((p.description as Record<string, string>).pl).to.contain('rel="noopener noreferrer"');
    });

    it('skips broken partnerships, areas, milestones and contacts, dropping unsafe links', async () => {
      const { data, warnings } = await parse('partnership', '/test/fixtures/partnership-broken.json');
      const feed = data as PartnershipFeed;
      expect(feed.partnerships.map((p) => p.id)).to.deep.equal(['a-b']);
      const [p] = feed.partnerships;
      expect(p.cities[0].country).to.equal('PL');
      expect(p.cities[0].website).to.equal(undefined);
      expect(p.cities[1].lat).to.equal(undefined);
      expect(p.areas.map((a) => a.id)).to.deep.equal(['x']);
      expect(p.milestones.map((m) => m.title)).to.deep.equal(['Earlier', 'Start']);
      expect(p.milestones[0].url).to.equal(undefined);
      expect(p.contacts.map((c) => c.name)).to.deep.equal(['Jan Kowalski', 'Hans']);
      expect(p.contacts[1].email).to.equal(undefined);
      expect(p.contacts[1].phone).to.equal(undefined);
      const description = (p.description as Record<string, string>).pl;
      expect(description).to.not.contain('javascript');
      expect(description).to.not.contain('onerror');
      expect(description).to.contain('href="https://example.gov.pl/o-nas"');
      // 4 broken partnerships + 2 areas + 1 milestone + 1 contact
      expect(feed.skipped).to.equal(8);
      expect(warnings.join('\n')).to.contain('"status"').and.contain('"cities"').and.contain('"id"').and.contain('"country"');
    });
  });

  describe('detection', () => {
    it('refuses a feed of the wrong kind with invalidFeed', async () => {
      const text = await (await fetch('/data/news.json')).text();
      try {
        parseFeedText('attractions', text);
        expect.fail('should throw');
      } catch (error) {
        expect(error).to.be.instanceOf(FeedError);
        expect((error as FeedError).problem.code).to.equal('invalidFeed');
      }
    });

    it('reads RSS that opens with a comment and no XML declaration, and RSS sent as rss+xml', () => {
      const rss = '<rss version="2.0"><channel><title>T</title><item><title>Ratusz</title><link>https://a.pl/1</link></item></channel></rss>';
      expect((parseFeedText('news', `<!-- generated by CMS Sitemaker 3.1 -->\n${rss}`) as NewsFeed).items[0].title).to.equal('Ratusz');
      expect((parseFeedText('news', `<!DOCTYPE rss>\n${rss}`) as NewsFeed).items[0].title).to.equal('Ratusz');
      // A prefixed root is told apart by the content type alone.
      const prefixed = rss.replace('<rss version="2.0">', '<x:rss xmlns:x="urn:x" version="2.0">').replace('</rss>', '</x:rss>');
      expect((parseFeedText('news', prefixed, { contentType: 'application/rss+xml' }) as NewsFeed).items[0].title).to.equal('Ratusz');
    });

    it('reads RSS dates with European zone names (CET, CEST, MEZ) as well as offsets', () => {
      const item = (date: string) => `<item><title>x</title><link>https://a.pl/${encodeURIComponent(date)}</link><pubDate>${date}</pubDate></item>`;
      const rss = `<rss version="2.0"><channel><title>T</title>${item('Thu, 18 Dec 2025 09:15:00 CET')}${item('Mon, 01 Jun 2026 09:15:00 CEST')}${item('Thu, 18 Dec 2025 09:15:00 MEZ')}${item('Thu, 18 Dec 2025 09:15:00 +0100')}${item('Thu, 18 Dec 2025 09:15:00 XYZ')}</channel></rss>`;
      const dates = (parseFeedText('news', rss) as NewsFeed).items.map((i) => i.date);
      expect(dates).to.deep.equal(['2025-12-18T08:15:00.000Z', '2026-06-01T07:15:00.000Z', '2025-12-18T08:15:00.000Z', '2025-12-18T08:15:00.000Z', undefined]);
    });

    it('WordPress media without alt text get none (the media title is usually a file name)', () => {
      const post = {
        id: 1, link: 'https://a.pl/1', date_gmt: '2026-01-01T10:00:00', title: { rendered: 'Tytuł' },
        _embedded: { 'wp:featuredmedia': [{ id: 9, alt_text: '', title: { rendered: 'IMG_20251219_1015' }, source_url: 'https://a.pl/img.jpg' }] },
      };
      const [item] = (parseFeedText('news', JSON.stringify([post])) as NewsFeed).items;
      expect(item.image).to.equal('https://a.pl/img.jpg');
      expect(item.imageAlt).to.equal(undefined);
    });

    it('accepts an empty WordPress list as an empty feed', () => {
      expect(parseFeedText('news', '[]')).to.deep.equal({ items: [], skipped: 0 });
    });
  });
});

describe('WordPress excerpts', () => {
  it('end in one ellipsis whatever tail the theme adds, and none when the excerpt is whole', async () => {
    const { wpExcerpt } = await import('../../src/feeds/formats/news.js');
    expect(wpExcerpt('<p>Smart city &hellip; <a class="more-link" href="/x">Czytaj dalej…</a></p>')).to.equal('Smart city…');
    expect(wpExcerpt('<p>Smart city [&hellip;]</p>')).to.equal('Smart city…');
    expect(wpExcerpt('<p>Smart city… [&hellip;]</p>')).to.equal('Smart city…');
    expect(wpExcerpt('<p>Ein ganzer Satz.</p>')).to.equal('Ein ganzer Satz.');
    expect(wpExcerpt('<p>Der Ostwall ist gesperrt. <a class="more-link" href="/x">Weiterlesen</a></p>')).to.equal('Der Ostwall ist gesperrt.');
    expect(wpExcerpt('<p>Czy to koniec? [&hellip;]</p>')).to.equal('Czy to koniec?');
    expect(wpExcerpt('')).to.equal('');
  });
});
