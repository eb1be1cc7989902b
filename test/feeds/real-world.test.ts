/**
 * RSS and Atom as CMSs and services really serve them (fixtures in test/fixtures/real-world,
 * modelled on Drupal/TYPO3, .NET, Blogger, Feedburner, WordPress/Jetpack, podcast hosts,
 * YouTube, Joomla/Plone RDF and hand-made municipal feeds).
 */
import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feeds/parse.js';
import { loadFeed } from '../../src/feeds/loader.js';
import { newsDescriptor } from '../../src/feeds/kinds/news.js';
import { clearSavedFeeds } from '../../src/feeds/storage.js';
import { FeedError } from '../../src/feeds/problem.js';
import type { NewsFeed } from '../../src/feeds/model.js';

const DIR = '/test/fixtures/real-world';

async function read(file: string, base = 'https://feeds.example/feed.xml') {
  const text = await (await fetch(`${DIR}/${file}`)).text();
  const warnings: string[] = [];
  const feed = parseFeedText('news', text, { base, warn: (w) => warnings.push(w) }) as NewsFeed;
  return { feed, warnings, text };
}

describe('RSS/Atom as the web serves them', () => {
  describe('permalinks in <guid> (Drupal, TYPO3, hand-made)', () => {
    it('uses a guid as the link (isPermaLink defaults to true), relative ones against xml:base', async () => {
      const { feed } = await read('drupal-guid-links.xml');
      const byTitle = Object.fromEntries(feed.items.map((i) => [i.title as string, i]));
      expect(byTitle['Sesja Rady Gminy 24 marca'].url).to.equal('https://gmina.example/aktualnosci/sesja-rady-24-marca');
      expect(byTitle['Nabór wniosków o dotacje'].url).to.equal('https://gmina.example/aktualnosci/nabor-wnioskow-2026.html');
      expect(byTitle['Ogłoszenie bez adresu'].url, 'isPermaLink="false"').to.equal(undefined);
      expect(byTitle['Numer zamiast adresu'].url, 'a bare number is no address').to.equal(undefined);
      expect(byTitle['Link względny z xml:base'].url).to.equal('https://gmina.example/aktualnosci/link-wzgledny');
      expect(byTitle['Link względny z xml:base'].image).to.equal('https://gmina.example/pliki/plakat.jpg');
      expect(byTitle['Nabór wniosków o dotacje'].date).to.equal('2026-03-20T11:00:00.000Z');
    });
  });

  describe('links and authors across namespaces (.NET a10:, atom:link, Blogger)', () => {
    it('finds the page behind a10:link and past atom:link rel=self/replies, and the name in every author format', async () => {
      const { feed } = await read('dotnet-agency.xml');
      const [bridge, vote, concert, addressOnly] = feed.items;
      expect(bridge.url).to.equal('https://agencja.example/region/2026/03/21/most');
      expect(bridge.date, 'a10:updated').to.equal('2026-03-21T07:30:00.000Z');
      expect(bridge.author).to.equal('Jan Kowalski');
      expect(vote.url).to.equal('https://agencja.example/region/2026/03/20/wybory');
      expect(vote.author).to.equal('Anna Nowak');
      expect(concert.url).to.equal('https://agencja.example/region/2026/03/19/koncert');
      expect(concert.author).to.equal('Zofia Wiśniewska');
      expect(addressOnly.author, 'dc:creator "Name <address>"').to.equal('Piotr Zieliński');
    });
  });

  describe('Atom 0.3 (old Blogger, TypePad)', () => {
    it('reads issued/modified/created dates, escaped content, xml:base and entries without <id>', async () => {
      const { feed } = await read('atom-03.xml', 'https://blog.krefeld.example/atom.xml');
      expect(feed.title).to.equal('Stadtteil-Blog & Nachrichten');
      expect(feed.items).to.have.length(3);
      const [clean, noId, noLink] = feed.items;
      expect(clean.url).to.equal('https://blog.krefeld.example/2026/03/fruehjahrsputz.html');
      expect(clean.date).to.equal('2026-03-20T09:00:00.000Z');
      expect(clean.excerpt).to.equal('Wir treffen uns am Samstag.');
      expect(clean.image).to.equal('https://blog.krefeld.example/bilder/rhein.jpg');
      expect(clean.author).to.equal('Bürgerverein Uerdingen');
      expect(clean.language).to.equal('de');
      expect(noId.id).to.equal('https://blog.krefeld.example/2026/03/ohne-id.html');
      expect(noId.date).to.equal('2026-03-19T08:00:00.000Z');
      expect(noId.excerpt).to.equal('Kurz notiert.');
      expect(noLink.id).to.contain('Auch ohne Link');
      expect(noLink.date).to.equal('2026-03-18T08:00:00.000Z');
    });
  });

  describe('pictures', () => {
    it('media:content without medium/type, media:group thumbnails, itunes:image, typeless enclosures, the article’s own picture last', async () => {
      const { feed } = await read('images.xml');
      expect(feed.items.map((i) => i.image)).to.deep.equal([
        'https://img.example/a.jpg',
        'https://img.example/b-large.jpg',
        'https://img.example/3-cover.jpg',
        'https://img.example/4.png',
        'https://feeds.example/5-content.jpg', // content:encoded before description; the 1×1 pixel skipped
        'https://img.example/6.jpg',
      ]);
    });

    it('a podcast episode without a picture of its own shows the podcast’s cover, not a sponsor logo', async () => {
      const { feed } = await read('podcast.xml');
      expect(feed.items[0].image).to.equal('https://podcast.example/cover.jpg');
      expect(feed.items[0].author).to.equal('Marta Lis');
    });

    it('a YouTube channel feed: thumbnail of the media:group, the watch page', async () => {
      const { feed } = await read('youtube-atom.xml');
      expect(feed.items[0]).to.include({
        id: 'yt:video:abc123',
        url: 'https://video.example/watch?v=abc123',
        image: 'https://img.video.example/vi/abc123/hqdefault.jpg',
        author: 'Miasto TV',
      });
    });

    it('a Substack newsletter: CDATA everywhere, the image enclosure of length 0 before the article’s own picture, dc:creator', async () => {
      const { feed } = await read('substack.xml');
      expect(feed.title).to.equal('Gazeta Sochaczewska – newsletter');
      expect(feed.language).to.equal('pl');
      expect(feed.items[0]).to.deep.include({
        url: 'https://gazeta.substack.example/p/tydzien-w-ratuszu',
        image: 'https://substack-post-media.example/public/images/ratusz_1456x816.jpeg',
        author: 'Maria Kowalczyk',
        excerpt: 'Najważniejsze decyzje tygodnia w pięciu punktach.',
        date: '2026-03-21T07:00:31.000Z',
      });
    });

    it('WordPress without ?_embed: Jetpack’s featured image, else the Yoast SEO og:image; only http(s) pictures', async () => {
      const text = await (await fetch(`${DIR}/wordpress-no-embed.json`)).text();
      const feed = parseFeedText('news', text, { warn: () => {} }) as NewsFeed;
      expect(feed.items.map((i) => i.image)).to.deep.equal([
        'https://i0.wp.example/gmina-lipno.example/wp-content/uploads/2026/03/swietlica.jpg?fit=1200%2C800&ssl=1',
        'https://gmina-lipno.example/wp-content/uploads/2026/03/odpady.png',
        undefined, // javascript: og:image
        undefined, // data: and mailto: are no pictures
      ]);
      expect(feed.items[0].title).to.equal('Remont świetlicy w\u00a0Lipnie zakończony');
    });

    it('a JSON Feed picture must be a web address: mailto:, tel: and data: are dropped with a warning', () => {
      const warnings: string[] = [];
      const items = ['mailto:a@b.example', 'tel:+48123', 'data:image/png;base64,AAAA', '/obrazy/1.jpg'].map((image, i) => ({ id: `${i}`, title: `T${i}`, image }));
      const feed = parseFeedText('news', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items }), { base: 'https://miasto.example/feed.json', warn: (w) => warnings.push(w) }) as NewsFeed;
      expect(feed.items.map((i) => i.image)).to.deep.equal([undefined, undefined, undefined, 'https://miasto.example/obrazy/1.jpg']);
      expect(warnings.filter((w) => w.includes('"image" is not a safe URL'))).to.have.length(3);
    });
  });

  describe('RSS 1.0 / RDF (Joomla, Plone)', () => {
    it('reads dc:subject as categories, dc:date, dc:creator and dc:language', async () => {
      const { feed } = await read('rss10-rdf.xml');
      expect(feed.language).to.equal('de');
      expect(feed.items[0]).to.deep.include({
        url: 'https://stadt.example/n/1',
        categories: ['Verwaltung', 'Bürgerservice'],
        date: '2026-03-20T08:00:00.000Z',
        author: 'Presseamt',
      });
    });
  });

  describe('lenient recovery, said in the console', () => {
    it('a hand-made feed: bare &, HTML entities outside CDATA, an undeclared media: prefix', async () => {
      const { feed, warnings } = await read('hand-made.xml');
      expect(feed.title).to.equal('Urząd Gminy – Komunikaty');
      const [meeting, code, unknown] = feed.items;
      expect(meeting.title).to.equal('Zebranie wiejskie w Soólcu\u00a0Starym');
      expect(meeting.url).to.equal('https://ug.example/index.php?option=com_content&view=article&id=101&Itemid=7');
      expect(meeting.excerpt).to.equal('Spotkanie w\u00a0świetlicy „Pod Lipą” – zapraszamy & prosimy o punktualność.');
      expect(meeting.image).to.equal('https://ug.example/images/zebranie.jpg');
      expect(code.excerpt, '<!ENTITY in CDATA is text').to.equal('Wpis o XML: to tylko tekst.');
      expect(unknown.title).to.equal('Nieznana encja &foo; zostaje tekstem');
      const note = warnings.find((w) => w.includes('not well-formed'));
      expect(note).to.contain('unescaped "&"').and.contain('HTML entities').and.contain('undeclared prefixes media');
    });

    it('a feed cut off mid-download keeps every complete item', async () => {
      const { feed, warnings } = await read('truncated.xml');
      expect(feed.items.map((i) => i.title)).to.deep.equal(['Most nad Bzurą otwarty po remoncie', 'Wybory sołtysów w gminie']);
      expect(warnings.join()).to.contain('cut off');
    });

    it('recovery adds no markup: entities spelling tags stay text, handlers never arrive', () => {
      const feed = parseFeedText('news', '<rss version="2.0"><channel><item><title>&lt;img src=x onerror=alert(1)&gt; &nbsp;&amp &copy</title><link>https://a.example/?a=1&b=<2</link><description>&ltscript&gt;alert(1)&lt;/script&gt;</description></item></channel></rss>', { warn: () => {} }) as NewsFeed;
      const item = feed.items[0];
      expect(item.title, 'the <img> spelled with entities is dropped as markup; "&amp" without its semicolon is no entity').to.equal('&amp &copy');
      expect(item.url).to.equal('https://a.example/?a=1&b=%3C2');
      const shown = document.createElement('div');
      shown.textContent = String(item.excerpt);
      expect(shown.children, 'text stays text').to.have.length(0);
    });

    it('a real DTD with entities is still refused; a DOCTYPE without one is read', () => {
      const bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss version="2.0"><channel><item><title>&b;</title></item></channel></rss>';
      expect(() => parseFeedText('news', bomb)).to.throw(FeedError, /declares entities/);
      const netscape = '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>T</title><item><title>Caf&eacute; &amp; more</title><link>https://a.example/</link></item></channel></rss>';
      expect((parseFeedText('news', netscape, { warn: () => {} }) as NewsFeed).items[0].title).to.equal('Café & more');
    });

    it('only the DTD’s own declarations count: <!ENTITY in its comments or strings, or in the items, is text', () => {
      // The string is a system literal: an attribute default may not hold a "<" (WebKit refuses it as not well-formed).
      const item = '<item><title>O XML</title><description><![CDATA[Przykład: <!DOCTYPE x [<!ENTITY a "b">]>]]></description><link>https://a.example/</link></item>';
      const withSubset = `<?xml version="1.0"?><!DOCTYPE rss [<!-- no <!ENTITY here --><!NOTATION note SYSTEM "<!ENTITY">]><rss version="2.0"><channel><title>T</title>${item}</channel></rss>`;
      expect((parseFeedText('news', withSubset, { warn: () => {} }) as NewsFeed).items[0].title).to.equal('O XML');
      // A "[" or "]" inside the DOCTYPE's quoted identifiers hides no declaration.
      for (const bomb of [
        '<!DOCTYPE rss SYSTEM "a[]" [<!ENTITY a "aaaa">]>',
        "<!DOCTYPE rss PUBLIC '-//x[//EN' 'y' [<!ENTITY a 'aaaa'>]>",
        '<!DOCTYPE rss [<!ATTLIST rss n CDATA "]>"><!ENTITY a "aaaa">]>',
      ]) {
        expect(() => parseFeedText('news', `<?xml version="1.0"?>${bomb}<rss version="2.0"><channel><item><title>&a;</title></item></channel></rss>`), bomb).to.throw(FeedError, /declares entities/);
      }
    });
  });

  describe('legacy encodings without any declaration (through the loader)', () => {
    beforeEach(() => clearSavedFeeds());
    after(() => clearSavedFeeds());
    const load = (file: string, type = 'application/xml') =>
      loadFeed(newsDescriptor, new URL(`/faults/serve?file=${DIR}/${file}&raw=1&type=${encodeURIComponent(type)}`, location.href).href, { timeoutMs: 5000 });

    it('Polish in windows-1250 and in ISO-8859-2, told apart by their bytes', async () => {
      for (const file of ['windows-1250-undeclared.xml', 'iso-8859-2-undeclared.xml']) {
        const { data } = await load(file);
        expect(data.title, file).to.match(/^Gmina Łąka [–-] ogłoszenia$/);
        expect(data.items[0].title, file).to.equal('Zażółć gęślą jaźń: źdźbło, ćma i łoś');
        expect(data.items[0].excerpt, file).to.match(/^Śnieg na drogach gminnych [–-] Żółte ostrzeżenie\.$/);
      }
    });

    it('German in windows-1252 (its <language> says so)', async () => {
      const { data } = await load('windows-1252-undeclared.xml');
      expect(data.title).to.equal('Stadt Köln – Meldungen');
      expect(data.items[0].title).to.equal('Straßenfest in der Südstadt: Grüße aus Übersee');
      expect(data.items[0].excerpt).to.equal('Café, Crêpes & Musik – 5 € Eintritt.');
    });

    it('a JSON Feed saved in windows-1250', async () => {
      const { data } = await load('jsonfeed-windows-1250.json', 'application/json');
      expect(data.items[0].title).to.equal('Wieść gminna: żurek w świetlicy');
    });

    it('a declared windows-1250 wins over the language rule, in the Content-Type or in the XML prolog', async () => {
      // A German-language feed naming a Polish town, saved by an old CMS in windows-1250.
      const CP1250: Record<string, number> = { Ł: 0xa3, ż: 0xbf, ą: 0xb9, ó: 0xf3 };
      const bytes = (text: string) => Uint8Array.from([...text].map((c) => CP1250[c] ?? c.charCodeAt(0)));
      const rss = '<rss version="2.0"><channel><title>Stadt</title><language>de</language><item><title>Wizyta z Łodzi: żurek i pączki</title><link>https://a.example/</link></item></channel></rss>';
      const serve = async (body: string, type: string) => {
        const key = `enc-${Math.random().toString(36).slice(2)}`;
        await fetch(`/faults/store?key=${key}&type=${encodeURIComponent(type)}`, { method: 'POST', body: bytes(body) });
        return (await loadFeed(newsDescriptor, new URL(`/faults/stored?key=${key}`, location.href).href, { timeoutMs: 5000 })).data.items[0].title;
      };
      expect(await serve(rss, 'application/rss+xml; charset=windows-1250'), 'Content-Type').to.equal('Wizyta z Łodzi: żurek i pączki');
      expect(await serve(`<?xml version="1.0" encoding="windows-1250"?>${rss}`, 'application/rss+xml'), 'XML prolog').to.equal('Wizyta z Łodzi: żurek i pączki');
      // Undeclared, the feed's own language tag (de) decides: windows-1252, as the rule says.
      expect(await serve(rss, 'application/rss+xml'), 'undeclared').to.equal('Wizyta z £odzi: ¿urek i p¹czki');
    });

    it('UTF-8 stays UTF-8, and a declared charset wins', async () => {
      const { data } = await load('../rss.xml', 'application/xml');
      expect(data.items[0].title).to.equal('Eilmeldung: Sperrung der Rheinbrücke Uerdingen');
    });
  });
});
