/**
 * The elements the loader knows: each tag's module and its properties that no attribute
 * stands for (objects such as `.items`), which a framework may set before the module has
 * arrived; test/loader/loader.test.ts checks the lists against the classes.
 */
export const ELEMENTS: Record<string, [load: () => Promise<unknown>, properties: string]> = {
  'civic-news-ticker': [
    () => import('../components/news-ticker/news-ticker.js'),
    'items',
  ],
  'civic-article-cards': [
    () => import('../components/article-cards/article-cards.js'),
    'items',
  ],
  'civic-attractions-map': [
    () => import('../components/attractions-map/attractions-map.js'),
    'features',
  ],
  'civic-partnership-panel': [
    () => import('../components/partnership-panel/partnership-panel.js'),
    'partnerships newsItems',
  ],
};
