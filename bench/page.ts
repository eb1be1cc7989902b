// Page for bench/ticker-and-cards.mjs and screenshots. Query: lang, theme (light|dark),
// layout, mode, count (items; default the bundled 15), only (ticker|cards), featured.
import '../src/components/news-ticker/news-ticker.js';
import '../src/components/article-cards/article-cards.js';
import { manyNews, sampleWithBreaking } from '../stories/news-sample.js';

const q = new URLSearchParams(location.search);
const lang = q.get('lang') ?? 'pl';
document.documentElement.lang = lang;
const theme = q.get('theme');
if (theme === 'dark') document.body.classList.add('dark');
const count = Number(q.get('count') ?? 0);
const items = count ? manyNews(count) : sampleWithBreaking;
const only = q.get('only');
const src = q.get('src');

(window as unknown as { benchStart: number }).benchStart = performance.now();
if (only !== 'cards') {
  const ticker = document.createElement('civic-news-ticker');
  if (theme) ticker.setAttribute('theme', theme);
  ticker.mode = (q.get('mode') as 'scroll' | 'step') ?? 'scroll';
  ticker.limit = Number(q.get('limit') ?? 10);
  if (src) ticker.src = src;
  else ticker.items = items;
  document.body.append(ticker);
}
if (only !== 'ticker') {
  const cards = document.createElement('civic-article-cards');
  if (theme) cards.setAttribute('theme', theme);
  cards.layout = (q.get('layout') as 'grid' | 'list' | 'compact') ?? 'grid';
  cards.featured = q.has('featured');
  cards.pageSize = Number(q.get('page-size') ?? 6);
  if (src) cards.src = src;
  else cards.items = items;
  document.body.append(cards);
  // Time to first cards: from before the element exists to the first frame that shows a card.
  const start = (window as unknown as { benchStart: number }).benchStart;
  const poll = () => {
    if (cards.shadowRoot?.querySelector('.cards:not(.skeleton) .card')) {
      requestAnimationFrame(() => {
        (window as unknown as { firstCards: number }).firstCards = performance.now() - start;
      });
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
