import type { NewsItem } from '../../feeds/types.js';
import { pickText } from '../../feeds/localized.js';
import { isValidDate, safeHref, shownCategories } from '../../ui/news-meta.js';
import { pageBase } from '../../feeds/environment.js';

const absolute = (url: string | undefined) => {
  const safe = safeHref(url);
  if (!safe) return undefined;
  try {
    return new URL(safe, pageBase()).href;
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
        author: typeof item.author === 'string' && item.author.trim() ? { '@type': 'Person', name: item.author } : undefined,
        description: excerpt.text || undefined,
        articleSection: shownCategories(item).length ? shownCategories(item).map((c) => pickText(c, lang, item.language ?? feedLang).text) : undefined, // no "Uncategorized"
        inLanguage: title.lang,
      };
      return { '@type': 'ListItem', position: index + 1, item: article };
    }),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

interface ScriptPolicy {
  createScript(text: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Under Trusted Types, Chromium treats the text of *every* `<script>` as a sink, JSON-LD
 * included (checked: a plain text node reports a `require-trusted-types-for` violation).
 * So the text goes through a policy of our own, `civic-widgets-json-ld`, which only lets
 * through what parses as JSON. Pages with a `trusted-types` allow-list must add that name
 * to use `seo`; when they have not, no JSON-LD is written (one console warning), rather
 * than a violation report.
 */
function jsonLdPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }).trustedTypes;
  if (!tt?.createPolicy) return (policy = null);
  try {
    policy = tt.createPolicy('civic-widgets-json-ld', {
      createScript: (text: string) => {
        JSON.parse(text); // only data, never code
        return text;
      },
    });
  } catch {
    console.warn(
      '[civic-widgets] seo: this page allows only listed Trusted Types policies; add "civic-widgets-json-ld" to its trusted-types directive to get JSON-LD.',
    );
    policy = null;
    return null;
  }
  return policy;
}

/** Sets the JSON-LD text of `script`; false when the page's Trusted Types rules forbid it. */
export function setJsonLdText(script: HTMLScriptElement, text: string): boolean {
  const tt = (globalThis as { trustedTypes?: unknown }).trustedTypes;
  if (!tt) {
    script.text = text;
    return true;
  }
  const p = jsonLdPolicy();
  if (!p) return false;
  (script as unknown as { text: unknown }).text = p.createScript(text);
  return true;
}
