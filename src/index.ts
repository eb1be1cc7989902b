/**
 * civic-widgets: registers every element. This is the CDN / all-in-one entry
 * (`dist/civic-widgets.js`); each element also has an entry of its own.
 */
export { CivicNewsTicker } from './components/news-ticker/news-ticker.js';
export { CivicArticleCards } from './components/article-cards/article-cards.js';
export { CivicAttractionsMap } from './components/attractions-map/attractions-map.js';
export { CivicPartnershipPanel } from './components/partnership-panel/partnership-panel.js';
export * from './page-settings.js';
export * from './events.js';
export type * from './feeds/types.js';
