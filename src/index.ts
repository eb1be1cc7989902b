/**
 * civic-widgets: registers every element. This is the package entry for bundlers
 * (`import 'civic-widgets'`, built as dist/elements/index.js); it shares its chunks with
 * the per-element entries and with the CDN loader (src/loader/index.ts), which fetches
 * these same element modules only for the tags a page uses.
 */
export { CivicNewsTicker } from './components/news-ticker/news-ticker.js';
export { CivicArticleCards } from './components/article-cards/article-cards.js';
export { CivicAttractionsMap } from './components/attractions-map/attractions-map.js';
export { CivicPartnershipPanel } from './components/partnership-panel/partnership-panel.js';
export * from './page-settings.js';
export * from './events.js';
export type * from './feeds/types.js';
