import type { NewsItem } from '../../feeds/types.js';
import { pickText } from '../../feeds/localized.js';
import { isValidDate, safeHref } from '../../ui/news-meta.js';

const absolute = (url: string | undefined) => {
  const safe = safeHref(url);
  if (!safe) return undefined;
  try {
    return new URL(safe, document.baseURI).href;
  } catch {
    return undefined;
  }
};

/**
 * schema.org JSON-LD for a list of articles: an `ItemList` of `NewsArticle`s, as text for a
 * `<script type="application/ld+json">`. Every `<` is written as `\u003c`, so feed text can
 * never close the script element (`</script>`) or open a comment.
 */
export function buildJsonLd(items: readonly NewsItem[], lang: string, feedLang?: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: items.map((item, index) => {
      const title = pickText(item.title, lang, item.language ?? feedLang);
      const excerpt = pickText(item.excerpt, lang, item.language ?? feedLang);
      const article: Record<string, unknown> = {
        '@type': 'NewsArticle',
        headline: title.text,
        url: absolute(item.url),
        image: absolute(item.image),
        datePublished: isValidDate(item.date) ? new Date(item.date!).toISOString() : undefined,
        author: item.author ? { '@type': 'Person', name: item.author } : undefined,
        description: excerpt.text || undefined,
        articleSection: item.categories?.length ? item.categories : undefined,
        inLanguage: title.lang,
      };
      return { '@type': 'ListItem', position: index + 1, item: article };
    }),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
