// The bundled data/news.json read by the feed layer's own parser, shared by the stories,
// the tests of the news elements and the benchmark page. (`?data`: imported as a module;
// Vite and the test runner both serve JSON that way, a plain fetch still gets the file.)
import type { NewsItem } from '../src/feeds/types.js';
import bundled from '../data/news.json?data';
import { newsDescriptor } from '../src/feeds/kinds/news.js';

export const sampleNews: NewsItem[] = newsDescriptor.parseJson(bundled, { base: new URL('/data/news.json', location.href).href }).items;

/** `count` made-up items (for paging and the benchmark), newest first. */
export function manyNews(count: number): NewsItem[] {
  return Array.from({ length: count }, (_, i) => {
    const base = sampleNews[i % sampleNews.length];
    return {
      ...base,
      id: `${base.id}-${i}`,
      url: `${base.url ?? 'https://sochaczew.info/'}#${i}`,
      date: new Date(Date.UTC(2026, 2, 21, 9) - i * 3_600_000).toISOString(),
      views: i * 7,
    };
  });
}

import { saveCopy } from '../src/feeds/storage.js';
import { resolveFeedUrl } from '../src/feeds/loader.js';

/** The bundled items with the second marked "breaking" (for the ticker). */
export const sampleWithBreaking: NewsItem[] = sampleNews.map((item, i) => (i === 1 ? { ...item, breaking: true } : item));

/**
 * Puts a three-day-old saved copy of the bundled feed in place for `src`, so an element
 * whose `src` then fails shows the "may be out of date" state over that copy.
 */
export function seedStaleCopy(src: string): string {
  const url = resolveFeedUrl(src, 'pl');
  if (url) {
    saveCopy(newsDescriptor, url, {
      data: { items: sampleNews, skipped: 0, language: 'pl', title: 'Sochaczew Info' },
      savedAt: Date.now() - 3 * 24 * 3_600_000,
    });
  }
  return src;
}
