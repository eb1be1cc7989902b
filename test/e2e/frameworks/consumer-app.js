// A site that installs the package and bundles only the elements it uses (per-element
// entries, resolved through package.json "exports" and pruned by its "sideEffects"), with
// the page-wide settings those entries export (the same state as their elements).
import 'civic-widgets/news-ticker.js';
import { addTranslations, feedSettings } from 'civic-widgets/article-cards.js';

feedSettings.maxItems = 4;
addTranslations('en', { cards: { loadMore: 'More from the town hall' } });

document.getElementById('consumer-root').innerHTML = `
  <civic-news-ticker src="/data/news.json" lang="en"></civic-news-ticker>
  <civic-article-cards src="/data/news.json" page-size="3" lang="en"></civic-article-cards>`;
