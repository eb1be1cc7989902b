/**
 * The elements the loader knows: each tag's module, its properties that no attribute stands
 * for (objects such as `.items`), which a framework may set before the module has arrived,
 * and the `Accept` header its feed is asked for with (the loader starts the feed's request
 * beside the code, src/feeds/early.ts). test/loader/loader.test.ts checks the lists against
 * the classes and the headers against the feed descriptors.
 */
const NEWS = 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5';

export const ELEMENTS: Record<string, [load: () => Promise<unknown>, properties: string, accept: string]> = {
  'civic-news-ticker': [
    () => import('../components/news-ticker/news-ticker.js'),
    'items',
    NEWS,
  ],
  'civic-article-cards': [
    () => import('../components/article-cards/article-cards.js'),
    'items',
    NEWS,
  ],
  'civic-attractions-map': [
    () => import('../components/attractions-map/attractions-map.js'),
    'features',
    'application/geo+json, application/json;q=0.9, */*;q=0.5',
  ],
  'civic-partnership-panel': [
    () => import('../components/partnership-panel/partnership-panel.js'),
    'partnerships newsItems',
    'application/json, */*;q=0.5',
  ],
};
