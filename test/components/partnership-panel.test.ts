import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { linkNames } from '../helpers/a11y.js';
import { needs } from '../helpers/engines.js';
import type { NewsItem, Partnership } from '../../src/feeds/types.js';
import { allTexts } from '../../src/feeds/localized.js';
import { translate } from '../../src/i18n/i18n.js';
import { feedSettings } from '../../src/feeds/loader.js';
import { minimalPartnership } from '../../stories/partnership-sample.js';
import { sampleNews } from '../../stories/news-sample.js';
import {
  $,
  $$,
  BUNDLED,
  SOCHACZEW_KREFELD_KM,
  bundledPartnerships,
  renderPanel,
  text,
} from './partnership-panel/helpers.js';

const LANGS = ['pl', 'de', 'en', 'uk'] as const;
type Lang = (typeof LANGS)[number];

let partnerships: Partnership[];
let news: NewsItem[];
before(async () => {
  partnerships = await bundledPartnerships();
  news = sampleNews; // data/news.json through the real parser
});

const pick = (value: unknown, lang: Lang) =>
  typeof value === 'string' ? value : (value as Record<string, string>)[lang];

const minimal = minimalPartnership;

describe('<civic-partnership-panel>', () => {
  it('sanitizes the description once: a re-render keeps its DOM, a new text replaces it', async () => {
    const el = await renderPanel({ lang: 'pl', partnerships: [minimal({ description: '<p>Pierwszy <strong>opis</strong></p>' })] });
    const first = $(el, '.description strong')!;
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '.description strong')).to.equal(first);
    el.partnerships = [minimal({ description: '<p>Drugi <em>opis</em></p>' })];
    await el.updateComplete;
    expect(text($(el, '.description'))).to.equal('Drugi opis');
  });

  it('at 1280 px the description’s lines run as wide as the header above them (no cap at 60 % of the panel)', async () => {
    const long = 'The partner towns meet every spring for a week of music, sport and school exchanges. '.repeat(6);
    const el = await renderPanel({ lang: 'en', width: 1232, partnerships: [minimal({ description: `<p>${long}</p>` })] });
    const header = $(el, '.header')!;
    const style = getComputedStyle(header);
    const contentRight = header.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const range = document.createRange();
    range.selectNodeContents($(el, '.description p')!);
    const lineEnds = [...range.getClientRects()].map((r) => r.right);
    // A line breaks before a word that would not fit, so it ends within a word's width of the edge.
    expect(Math.max(...lineEnds), 'the longest line’s end').to.be.above(contentRight - 90);
  });

  it('shortens long city names in the distance drawing so they never overlap (the cards show them whole)', async () => {
    const long = minimal({
      cities: [
        { id: 'a', name: 'Gmina Miejsko-Wiejska Konstancin-Jeziorna nad Wisłą i Jeziorką', country: 'PL', lat: 52.08, lon: 21.12 },
        { id: 'b', name: 'Mönchengladbach-Rheydt an der Niers', country: 'DE', lat: 51.19, lon: 6.44 },
      ],
    } as Partial<Partnership>);
    for (const width of [320, 1000]) {
      const el = await renderPanel({ lang: 'pl', width, partnerships: [long] });
      const [from, to] = $$(el, '.diagram text:not(.km)') as unknown as SVGTextElement[];
      const a = from.getBoundingClientRect();
      const b = to.getBoundingClientRect();
      expect(a.right, `${from.textContent} / ${to.textContent} at ${width}px`).to.be.at.most(b.left);
      expect(text(from)).to.match(/…$/);
      expect(text($(el, '.city-name'))).to.equal('Gmina Miejsko-Wiejska Konstancin-Jeziorna nad Wisłą i Jeziorką');
    }
  });

  for (const lang of LANGS) {
    describe(`with the bundled data, read in ${lang}`, () => {
      const t = (key: string, options?: Record<string, unknown>) => translate(lang, key, options);

      it('shows the title as a level-2 heading and the description', async () => {
        const el = await renderPanel({ lang, attrs: { src: BUNDLED.src } });
        const p = partnerships[0];
        const title = $(el, 'h2.title')!;
        expect(text(title)).to.equal(pick(p.title, lang));
        expect(text($(el, '.description'))).to.contain({ pl: 'spotkanie online 19 grudnia 2025', de: 'Online-Treffen am 19. Dezember 2025', en: 'online meeting on 19 December 2025', uk: 'онлайн-зустріч 19 грудня 2025' }[lang]);
        expect(text($(el, '.description'))).not.to.contain('<');
        // Rich text is kept (sanitized): emphasis, a list and the link to the report.
        expect($(el, '.description strong')).to.exist;
        expect($$(el, '.description li')).to.have.length(3);
        expect($(el, '.description a')!.getAttribute('href')).to.match(/^https:\/\/sochaczew\.info\//);
      });

      it('shows both cities with country, region, population, website and emblem', async () => {
        const el = await renderPanel({ lang, attrs: { src: BUNDLED.src } });
        const cards = $$(el, '.city');
        expect(cards).to.have.length(2);
        const countries = new Intl.DisplayNames([lang], { type: 'region' });
        partnerships[0].cities.forEach((city, i) => {
          const card = cards[i];
          const c = city as typeof city & { populationYear?: number };
          expect(text(card.querySelector('h4.city-name'))).to.equal(pick(city.name, lang));
          expect(text(card)).to.contain(countries.of(city.country)!);
          expect(text(card)).to.contain(pick(city.region, lang));
          expect(text(card)).to.contain(new Intl.NumberFormat(lang).format(city.population!).replace(/\s/g, ' '));
          expect(text(card)).to.contain(String(c.populationYear));
          expect(card.querySelector('a')!.getAttribute('href')).to.equal(city.website);
          const img = card.querySelector('img')!;
          expect(img.getAttribute('alt')).to.equal(pick(city.emblemAlt, lang));
          expect(new URL(img.src).pathname).to.equal(city.emblem);
        });
        expect(text(cards[1])).to.contain({ pl: 'Niemcy', de: 'Deutschland', en: 'Germany', uk: 'Німеччина' }[lang]);
      });

      it('shows the true distance, worded for the language', async () => {
        const el = await renderPanel({ lang, attrs: { src: BUNDLED.src } });
        const data = $(el, '.distance data')!;
        expect(Number(data.getAttribute('value'))).to.be.closeTo(SOCHACZEW_KREFELD_KM, 1);
        const shown = text(data);
        expect(shown).to.equal({ pl: 'ok. 947 km', de: 'ca. 947 km', en: 'about 947 km', uk: 'близько 947 км' }[lang]);
        expect(text($(el, '.distance'))).to.contain(t('panel.distance'));
        // The diagram's label writes the unit in the language too (км in Ukrainian).
        expect(text($(el, '.diagram .km')).replace(/\s/g, ' ')).to.equal(lang === 'uk' ? '947 км' : '947 km');
      });

      it('marks "talks" as the current step of five, in text and with aria-current', async () => {
        const el = await renderPanel({ lang, attrs: { src: BUNDLED.src } });
        const steps = $$(el, '.scale > li');
        expect(steps).to.have.length(5);
        const current = steps.filter((s) => s.getAttribute('aria-current') === 'step');
        expect(current).to.have.length(1);
        expect(steps.indexOf(current[0])).to.equal(1);
        expect(text(current[0])).to.contain(t('panel.steps.talks'));
        expect(text(current[0])).to.contain(t('panel.current'));
        expect(text(steps[0])).to.contain(t('panel.done'));
        expect(text(steps[2])).to.contain(t('panel.upcoming'));
        expect(text($(el, '.status-summary'))).to.contain(t('panel.stageOf', { step: 2, total: 5, label: t('panel.steps.talks') }));
      });

      it('shows the start date and what comes next', async () => {
        const el = await renderPanel({ lang, attrs: { src: BUNDLED.src } });
        const time = $(el, '.status-facts time')!;
        expect(time.getAttribute('datetime')).to.equal('2025-12-19');
        expect(text(time)).to.equal(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-12-19T12:00:00Z')));
        expect(text($(el, '.status-facts .next dd'))).to.equal(pick(partnerships[0].next, lang));
      });

      it('lists the areas of cooperation with an icon and text each', async () => {
        const el = await renderPanel({ lang, attrs: { src: BUNDLED.src } });
        const areas = $$(el, '.area');
        expect(areas).to.have.length(3);
        areas.forEach((area, i) => {
          expect(area.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
          expect(text(area.querySelector('h4'))).to.equal(pick(partnerships[0].areas[i].title, lang));
          expect(text(area.querySelector('p'))).to.equal(pick(partnerships[0].areas[i].description, lang));
        });
      });

      it('shows the timeline with dated, linked milestones', async () => {
        const el = await renderPanel({ lang, attrs: { src: BUNDLED.src } });
        const [m] = $$(el, '.milestone');
        const time = m.querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal('2025-12-19');
        expect(text(m.querySelector('h4'))).to.equal(pick(partnerships[0].milestones[0].title, lang));
        expect(text(m.querySelector('p'))).to.equal(pick(partnerships[0].milestones[0].text, lang));
        const link = m.querySelector('a')!;
        expect(link.getAttribute('href')).to.equal(partnerships[0].milestones[0].url);
        expect(text(link)).to.contain(t('panel.readMore'));
        expect(text(link)).to.contain(pick(partnerships[0].milestones[0].title, lang));
      });

      needs("Chrome's accessibility tree")('names the milestone link exactly "<read more>: <title>", no space before the colon', async () => {
        await renderPanel({ lang, attrs: { src: BUNDLED.src } });
        expect(await linkNames(t('panel.readMore'))).to.include(`${t('panel.readMore')}: ${pick(partnerships[0].milestones[0].title, lang)}`);
      });

      it('groups contacts by city, with roles and departments and no made-up links', async () => {
        const el = await renderPanel({ lang, attrs: { src: BUNDLED.src } });
        const groups = $$(el, '.contact-group');
        expect(groups.map((g) => text(g.querySelector('h4')))).to.deep.equal(
          lang === 'uk' ? ['Сохачев', 'Крефельд'] : ['Sochaczew', 'Krefeld'],
        );
        expect(groups[0].querySelectorAll('.contact')).to.have.length(3);
        const first = groups[0].querySelector('.contact')!;
        expect(text(first)).to.contain('Kamila Gołaszewska-Kotlarz');
        expect(text(first)).to.contain(pick(partnerships[0].contacts[0].role, lang));
        expect(text(first)).to.contain(pick(partnerships[0].contacts[0].department, lang));
        expect($$(el, '.contacts a')).to.have.length(0);
      });

      it('lists only the partnership’s joint news, as dated links in the reader’s language', async () => {
        const el = await renderPanel({ lang, attrs: BUNDLED });
        const items = $$(el, '.news-item');
        // The bundled feed marks the Krefeld article with _civic.partnership; the site's
        // broader "Współpraca" category also holds articles about other cooperation.
        const tagged = news.filter((n) => n.partnership === 'sochaczew-krefeld');
        expect(tagged).to.have.length.greaterThan(0);
        expect(items).to.have.length(Math.min(3, tagged.length));
        const partnershipNews = tagged.find((n) => n.id.startsWith('sochaczew-i-krefeld'))!;
        const link = items.map((i) => i.querySelector('a')!).find((a) => a.getAttribute('href') === partnershipNews.url)!;
        expect(text(link)).to.equal(pick(partnershipNews.title, lang));
        const datetime = link.parentElement!.querySelector('time')!.getAttribute('datetime')!;
        expect(new Date(datetime).getTime()).to.equal(new Date(partnershipNews.date!).getTime());
      });

      it('tells the whole story in this language: no section in another one', async () => {
        const el = await renderPanel({ lang, attrs: BUNDLED });
        const foreign = $$(el, '[lang]').filter((n) => n.getAttribute('lang') !== lang);
        expect(foreign.map((n) => `${n.localName}[lang=${n.getAttribute('lang')}] ${text(n)}`)).to.deep.equal([]);
        const headings = $$(el, 'h3').map(text);
        for (const key of ['cities', 'status', 'areas', 'timeline', 'contacts', 'news']) {
          expect(headings).to.include(t(`panel.${key}`));
        }
      });

      it('passes axe', async () => {
        const el = await renderPanel({ lang, attrs: BUNDLED });
        await expect(el).to.be.accessible();
      });
    });
  }

  describe('status scale', () => {
    const statuses = ['contact', 'talks', 'intent', 'signed', 'active'] as const;
    for (const [i, status] of statuses.entries()) {
      it(`puts aria-current on step ${i + 1} for "${status}"`, async () => {
        const el = await renderPanel({ lang: 'en', partnerships: [minimal({ status })] });
        const steps = $$(el, '.scale > li');
        expect(steps.map((s) => s.getAttribute('aria-current'))).to.deep.equal(
          statuses.map((_, j) => (j === i ? 'step' : null)),
        );
        expect($$(el, '.scale .step-icon')).to.have.length(i);
      });
    }
  });

  describe('joint news', () => {
    it('honours news-tag and news-limit', async () => {
      const el = await renderPanel({
        lang: 'pl',
        partnerships,
        newsItems: news,
        attrs: { 'news-src': '/data/news.json', 'news-tag': 'turystyka', 'news-limit': '2' },
      });
      const items = $$(el, '.news-item');
      expect(items).to.have.length(2);
      const titles = items.map((i) => text(i.querySelector('a')));
      // Items the feed links to the partnership belong to it whatever the tag.
      const expected = news.filter((n) => n.categories.flatMap(allTexts).includes('Turystyka') || n.partnership === 'sochaczew-krefeld').map((n) => pick(n.title, 'pl'));
      for (const title of titles) expect(expected).to.include(title);
    });

    it('says so when nothing is tagged, and shows no section without a source', async () => {
      const unlinked = news.filter((n) => !n.partnership);
      const el = await renderPanel({ lang: 'de', partnerships, newsItems: unlinked, attrs: { 'news-src': 'x', 'news-tag': 'nichts' } });
      expect(text($(el, '.news'))).to.contain(translate('de', 'panel.newsEmpty'));
      await expect(el).to.be.accessible();
      const none = await renderPanel({ lang: 'de', partnerships });
      expect($(none, '.news')).to.equal(null);
    });

    it('shows a loading line while the news are on their way', async () => {
      const el = await renderPanel({ lang: 'en', partnerships, attrs: { 'news-src': '/faults/hang' }, wait: false });
      expect($(el, '.news')!.getAttribute('aria-busy')).to.equal('true');
      expect(text($(el, '.news'))).to.contain(translate('en', 'common.loading'));
      await expect(el).to.be.accessible();
    });
  });

  describe('bilingual mode', () => {
    for (const pair of [['pl', 'de'], ['de', 'pl'], ['uk', 'pl']]) {
      it(`shows ${pair.join(' | ')} side by side, each column marked with its language`, async () => {
        const el = await renderPanel({ lang: 'en', width: 1100, attrs: { src: BUNDLED.src, bilingual: pair.join(' ') } });
        const columns = $$(el, '.column');
        expect(columns.map((c) => c.getAttribute('lang'))).to.deep.equal(pair);
        columns.forEach((column, i) => {
          const lang = pair[i] as Lang;
          expect(text(column.querySelector('.title'))).to.equal(pick(partnerships[0].title, lang));
          expect(text(column.querySelector('[aria-current="step"]'))).to.contain(translate(lang, 'panel.steps.talks'));
          expect(text(column.querySelector('.distance data'))).to.equal({ pl: 'ok. 947 km', de: 'ca. 947 km', en: 'about 947 km', uk: 'близько 947 км' }[lang]);
        });
        const [a, b] = columns.map((c) => c.getBoundingClientRect());
        expect(Math.round(a.top)).to.equal(Math.round(b.top));
        expect(b.left).to.be.greaterThan(a.right - 1);
        // Sections line up across the columns.
        const rows = columns.map((c) => c.querySelector('.status')!.getBoundingClientRect().top);
        expect(Math.abs(rows[0] - rows[1])).to.be.below(1);
        // Ids stay unique.
        const ids = $$(el, '[id]').map((n) => n.id);
        expect(new Set(ids).size).to.equal(ids.length);
        await expect(el).to.be.accessible();
      });
    }

    it('stacks the columns in a narrow container', async () => {
      const el = await renderPanel({ lang: 'pl', width: 320, partnerships, attrs: { bilingual: 'pl de' } });
      const [a, b] = $$(el, '.column').map((c) => c.getBoundingClientRect());
      expect(b.top).to.be.greaterThan(a.bottom - 1);
      expect(el.shadowRoot!.querySelector('.base')!.scrollWidth).to.be.at.most(320);
    });
  });

  describe('partner selection', () => {
    const two = () => [minimal(), minimal({ id: 'second', title: { pl: 'Drugie', de: 'Zweite', en: 'Second' }, status: 'active' })];

    it('shows the first partnership by default and the chosen one with partner', async () => {
      const first = await renderPanel({ lang: 'en', partnerships: two() });
      expect(text($(first, '.title'))).to.equal('Ourtown – Partnertown');
      const second = await renderPanel({ lang: 'en', partnerships: two(), attrs: { partner: 'second' } });
      expect(text($(second, '.title'))).to.equal('Second');
      expect($(second, '[aria-current="step"]')!.textContent).to.contain('Active partnership');
    });

    it('explains an unknown partner id', async () => {
      const el = await renderPanel({ lang: 'de', partnerships: two(), attrs: { partner: 'nope' } });
      expect(text($(el, '.problem'))).to.contain(translate('de', 'panel.notFound', { id: 'nope' }));
      await expect(el).to.be.accessible();
    });
  });

  describe('minimal data', () => {
    it('shows title, cities and status, and leaves out what is missing', async () => {
      const el = await renderPanel({ lang: 'pl', partnerships: [minimal()] });
      expect(text($(el, '.title'))).to.equal('Ourtown – Partnertown');
      expect($$(el, '.city h4').map(text)).to.deep.equal(['Ourtown', 'Partnertown']);
      expect($$(el, '.scale > li')).to.have.length(5);
      for (const gone of ['.description', '.areas', '.timeline', '.contacts', '.news', '.distance', 'img', '.status-facts']) {
        expect($(el, gone), gone).to.equal(null);
      }
      await expect(el).to.be.accessible();
    });

    it('shows contact links only for valid e-mail addresses and phone numbers', async () => {
      const el = await renderPanel({
        lang: 'en',
        partnerships: [
          minimal({
            contacts: [
              { city: 'ourtown', name: 'A', email: 'a@ourtown.example', phone: '+48 46 864 97 00' },
              { city: 'partnertown', name: 'B', email: 'javascript:alert(1)', phone: 'call me' },
              { city: 'elsewhere', name: 'C' },
            ],
          }),
        ],
      });
      const hrefs = $$(el, '.contacts a').map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['mailto:a@ourtown.example', 'tel:+48468649700']);
      // A contact of neither city is left out (and named in a console warning).
      expect($$(el, '.contact-group h4').map(text)).to.deep.equal(['Ourtown', 'Partnertown']);
      expect(text($(el, '.contacts'))).to.contain('B');
    });

    it('orders milestones oldest or newest first', async () => {
      const milestones = [
        { date: '2026-03-01', title: 'Later' },
        { date: '2025-12-19', title: 'Earlier' },
      ];
      const oldest = await renderPanel({ lang: 'en', partnerships: [minimal({ milestones })] });
      expect($$(oldest, '.milestone h4').map(text)).to.deep.equal(['Earlier', 'Later']);
      const newest = await renderPanel({ lang: 'en', partnerships: [minimal({ milestones })], attrs: { order: 'newest' } });
      expect($$(newest, '.milestone h4').map(text)).to.deep.equal(['Later', 'Earlier']);
    });

    it('fits the host outline with heading-level', async () => {
      const el = await renderPanel({ lang: 'en', partnerships, attrs: { 'heading-level': '3' } });
      expect($(el, 'h3.title')).to.exist;
      expect($$(el, 'h4').map(text)).to.include('Timeline');
      expect($$(el, '.milestone h5')).to.have.length(1);
      const clamped = await renderPanel({ lang: 'en', partnerships, attrs: { 'heading-level': '9' } });
      expect($(clamped, 'h6.title')).to.exist;
    });
  });

  describe('invalid data', () => {
    for (const [name, data] of [
      ['an empty object', [{}]],
      ['one city only', [{ ...minimal(), cities: [minimal().cities[0]] }]],
      ['an unknown status', [{ ...minimal(), status: 'married' }]],
      ['not a list', 'nope' as unknown as unknown[]],
    ] as [string, unknown[]][]) {
      it(`explains ${name} instead of failing`, async () => {
        const el = await renderPanel({ lang: 'pl', partnerships: data });
        expect(text($(el, '.problem'))).to.contain(translate('pl', 'errors.title'));
        expect(text($(el, '.problem'))).to.contain(translate('pl', 'panel.invalid'));
        await expect(el).to.be.accessible();
      });
    }

    it('skips a broken entry and shows the next good one', async () => {
      const el = await renderPanel({ lang: 'en', partnerships: [{ id: 'broken' }, minimal()] });
      expect(text($(el, '.title'))).to.equal('Ourtown – Partnertown');
    });

    it('renders hostile markup as text and drops unsafe links', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">';
      const el = await renderPanel({
        lang: 'en',
        partnerships: [
          minimal({
            title: `Tom <b>&amp;</b> Jerry ${evil}`,
            description: `<p onclick="window.__pwned=1">Hi</p><script>window.__pwned=1</script>${evil}<a href="javascript:alert(1)">x</a>`,
            milestones: [{ date: '2025-01-01', title: `Meeting ${evil}`, url: 'javascript:alert(1)' }],
            cities: [
              { id: 'a', name: `A ${evil}`, country: 'PL', website: 'java\nscript:alert(1)', emblem: 'javascript:x' },
              { id: 'b', name: 'B', country: 'CZ', website: 'https://b.example/' },
            ],
          }),
        ],
      });
      expect(text($(el, '.title'))).to.equal('Tom & Jerry');
      expect(text($(el, '.description'))).to.match(/^Hi ?x$/);
      expect($$(el, 'img, script, b, [onclick]')).to.have.length(0);
      expect($$(el, 'a[href]').map((a) => a.getAttribute('href'))).to.deep.equal(['https://b.example/']);
      expect(text($(el, '.milestone h4'))).to.equal('Meeting');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('loading the partnership file', () => {
    const fixtures = '/test/components/partnership-panel/fixtures';
    // The panel retries by itself 5 s after an error; on a busy machine axe or the Tab that
    // follows could meet the retry's swap of the error box, so these tests retry later.
    const retryBaseMs = feedSettings.retryBaseMs;
    beforeEach(() => (feedSettings.retryBaseMs = 60_000));
    afterEach(() => (feedSettings.retryBaseMs = retryBaseMs));

    it('says it is loading, politely, while the file is on its way', async () => {
      const el = await renderPanel({ lang: 'de', attrs: { src: '/faults/hang', timeout: '30' }, wait: false });
      await new Promise((r) => setTimeout(r, 50));
      expect(el.getAttribute('feed-state')).to.equal('loading');
      const status = $(el, '[role="status"]')!;
      expect(text(status)).to.equal(translate('de', 'common.loading'));
      await expect(el).to.be.accessible();
    });

    it('explains a failed request and offers a retry button reachable by keyboard', async () => {
      const el = await renderPanel({ lang: 'pl', attrs: { src: '/faults/status/404' } });
      expect(el.getAttribute('feed-state')).to.equal('error');
      expect(text($(el, '.feed-error'))).to.contain(translate('pl', 'errors.title'));
      const button = $(el, '.feed-error button')!;
      expect(text(button)).to.equal(translate('pl', 'common.retry'));
      const before = document.createElement('button');
      before.textContent = 'before';
      el.parentElement!.prepend(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await expect(el).to.be.accessible();
    });

    it('explains a file of the wrong kind', async () => {
      const el = await renderPanel({ lang: 'en', attrs: { src: '/data/news.json' } });
      expect(el.getAttribute('feed-state')).to.equal('error');
      expect(text($(el, '.feed-error'))).to.contain(translate('en', 'errors.invalidFeed'));
    });

    it('explains a file whose partnerships are all broken', async () => {
      const el = await renderPanel({ lang: 'de', attrs: { src: `${fixtures}/broken.json` } });
      // A broken file is an error for the page too (feed-state, civic-feed-error, retry)…
      expect(el.getAttribute('feed-state')).to.equal('error');
      expect(text($(el, '.feed-error'))).to.contain(translate('de', 'errors.invalidFeed'));
      // …and the panel says what a partnership needs.
      expect(text(el.shadowRoot!.querySelector('.base')!)).to.contain(translate('de', 'panel.invalid'));
      await expect(el).to.be.accessible();
    });

    it('picks a partnership of a file with several by the partner attribute', async () => {
      const first = await renderPanel({ lang: 'de', attrs: { src: `${fixtures}/several.json` } });
      expect(text($(first, '.title'))).to.equal('Ourtown – Partnertown');
      expect(text($(first, '[aria-current="step"]'))).to.contain(translate('de', 'panel.steps.active'));
      expect($$(first, '.contacts a').map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:twin@ourtown.example', 'tel:+48460000000']);
      expect(text($$(first, '.city')[1])).to.contain('Tschechien');
      const second = await renderPanel({ lang: 'de', attrs: { src: `${fixtures}/several.json`, partner: 'ourtown-otherville' } });
      expect(text($(second, '.title'))).to.equal('Ourtown – Anderstadt');
      expect(text($$(second, '.city')[1])).to.contain('Anderstadt');
      expect(text($$(second, '.city')[1])).to.contain('Ukraine');
      expect($(second, '.distance')).to.equal(null);
      await expect(second).to.be.accessible();
    });

    it('follows a language change of the page', async () => {
      const el = await renderPanel({ lang: 'pl', attrs: { src: BUNDLED.src } });
      expect(text($(el, '.title'))).to.equal(pick(partnerships[0].title, 'pl'));
      el.parentElement!.setAttribute('lang', 'de');
      await waitUntil(() => text($(el, '.title')) === pick(partnerships[0].title, 'de'), 'the title in German', { timeout: 5000 });
      await el.updateComplete;
      expect(text($(el, '.distance data'))).to.equal('ca. 947 km');
    });
  });

  describe('keyboard', () => {
    it('reaches every link with Tab, in reading order', async () => {
      const el = await renderPanel({ lang: 'de', attrs: BUNDLED });
      const links = $$(el, 'a');
      expect(links.length).to.be.greaterThan(4);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.parentElement!.prepend(before);
      before.focus();
      const visited: Element[] = [];
      for (let i = 0; i < links.length; i++) {
        await sendKeys({ press: 'Tab' });
        visited.push(el.shadowRoot!.activeElement!);
      }
      expect(visited).to.deep.equal(links);
    });

    needs('focus-visible after automated keys')('shows a focus ring on the link reached with Tab', async () => {
      const el = await renderPanel({ lang: 'de', attrs: BUNDLED });
      const before = document.createElement('button');
      el.parentElement!.prepend(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.tagName).to.equal('A');
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    });
  });
});
