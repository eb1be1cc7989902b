/**
 * The page-wide settings, also exported by every per-element entry, so a site that imports
 * elements one by one (`civic-widgets/news-ticker.js` …) reaches the same state as those
 * elements without loading the main entry (a second copy of everything).
 */
export { addTranslations, availableLanguages } from './i18n/i18n.js';
export { feedSettings } from './feeds/loader.js';
export { clearSavedFeeds } from './feeds/storage.js';
