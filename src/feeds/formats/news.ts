/** News formats as JSON: JSON Feed 1.0/1.1 (with the `_civic` extension) and the WordPress REST API. */
import type { Localized, NewsFeed, NewsItem } from '../model.js';
import { allTexts } from '../localized.js';
import { runSync, type Steps } from '../steps.js';
import { ParseContext, compact, isObject, toCount, toId, toIsoDate, toLang } from '../context.js';
import { mergeLocalized, toLocalized, toPlainText } from '../text.js';
import { safeUrl, safeWebUrl } from '../links.js';

/** Tags that mark an article as breaking news (compared case-insensitively). */
export const BREAKING_TAGS = ['breaking', 'breaking news', 'pilne', 'pilny', 'pilna', 'eilmeldung', 'eilig', 'urgent'];

export const isBreakingTag = (tag: string) => BREAKING_TAGS.includes(tag.trim().toLowerCase());

/** True when a category, in any of its languages, marks breaking news. */
export const hasBreakingTag = (categories: readonly Localized[]) => categories.some((c) => allTexts(c).some(isBreakingTag));

/** Most categories kept per item. */
export const MAX_CATEGORIES = 20;
/** Most raw category values looked at per item (a hostile feed may send a million). */
const MAX_RAW_CATEGORIES = 200;

/**
 * Plain-text, de-duplicated, non-empty category names (at most 20): strings, terms
 * (`{name}` / `{term}` / `{label}`) or language maps (`{"pl": …, "de": …}`).
 */
export function toCategories(values: readonly unknown[]): Localized[] {
  const out: Localized[] = [];
  const seen = new Set<string>();
  for (const value of values.slice(0, MAX_RAW_CATEGORIES)) {
    const term = isObject(value) && ('name' in value || 'term' in value || 'label' in value);
    const name = isObject(value) && !term ? toLocalized(value) : toPlainText(term ? (value.name ?? value.term ?? value.label) : value) || undefined;
    const key = typeof name === 'string' ? name : JSON.stringify(name);
    if (name && allTexts(name).every((t) => t.length <= 200) && !seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
    if (out.length >= MAX_CATEGORIES) break;
  }
  return out;
}

/**
 * JSON Feed `tags` with the `_civic.tags` translations beside them: entry i of `_civic.tags`
 * (a language map, or a string) translates tag i; the feed's language names the plain tag.
 */
function jsonFeedTags(tags: unknown, translations: unknown, lang: string | undefined): Localized[] {
  const base = Array.isArray(tags) ? tags.slice(0, MAX_RAW_CATEGORIES) : [];
  if (!Array.isArray(translations)) return toCategories(base);
  const extra = translations.slice(0, MAX_RAW_CATEGORIES);
  const merged = Array.from({ length: Math.max(base.length, extra.length) }, (_, i) => {
    const own = typeof base[i] === 'string' ? toLocalized(base[i]) : undefined;
    const map = isObject(extra[i]) ? toLocalized(extra[i]) : undefined;
    return map ? mergeLocalized(own, lang, map) : (own ?? extra[i]);
  });
  return toCategories(merged);
}

// Shared with every format; re-exported for the RSS/Atom readers.
export { compact } from '../context.js';

/** Picks the first plain-text author name from a JSON Feed `authors`/`author`. */
function authorName(authors: unknown, author: unknown): string | undefined {
  const list = Array.isArray(authors) ? authors.slice(0, 20) : author !== undefined ? [author] : [];
  for (const a of list) {
    const name = toPlainText(isObject(a) ? a.name : a);
    if (name) return name.slice(0, 200);
  }
  return undefined;
}

export const isJsonFeed = (json: unknown): json is Record<string, unknown> =>
  isObject(json) &&
  typeof json.version === 'string' &&
  /^https?:\/\/jsonfeed\.org\/version\//.test(json.version);

/** JSON Feed 1.0/1.1, with the `_civic` extension (views, per-language texts, breaking, partnership). */
export function* jsonFeedSteps(json: Record<string, unknown>, ctx: ParseContext): Steps<NewsFeed> {
  if (!Array.isArray(json.items)) throw ctx.invalid('"items" is missing or not a list');
  const feedLang = toLang(json.language);
  const feedAuthor = authorName(json.authors, json.author);
  const items: NewsItem[] = [];
  const list = ctx.entries(json.items, 'items');
  const read = (raw: unknown, index: number): void => {
    if (!isObject(raw)) return ctx.skip('item', index, 'item', 'is not an object');
    const id = toId(raw.id) ?? (typeof raw.url === 'string' ? toId(raw.url) : undefined);
    if (!id) return ctx.skip('item', index, 'id', 'is missing');
    const civic = isObject(raw._civic) ? raw._civic : {};
    const lang = toLang(raw.language) ?? feedLang;
    const contentText =
      raw.content_text !== undefined ? toPlainText(raw.content_text) : toPlainText(raw.content_html);
    const baseTitle = toLocalized(raw.title);
    const title = mergeLocalized(baseTitle, lang, toLocalized(civic.title)) ?? (contentText ? cut(contentText, 140) : undefined);
    if (!title) return ctx.skip('item', index, 'title', 'is missing or empty');
    const summary = toLocalized(raw.summary) ?? (contentText ? cut(contentText, 400) : undefined);
    const excerpt = mergeLocalized(summary, lang, toLocalized(civic.summary));
    const tags = jsonFeedTags(raw.tags, civic.tags, lang);
    const url = safeUrl(raw.url, ctx.base) ?? safeUrl(raw.external_url, ctx.base);
    if (raw.url !== undefined && !url) ctx.warn(`item #${index + 1}: "url" is not a safe link and was dropped.`);
    // Pictures are http(s) or relative: no mailto:, tel: or data: in an <img src>.
    const image = safeWebUrl(raw.image, ctx.base) ?? safeWebUrl(raw.banner_image, ctx.base);
    if (raw.image !== undefined && !image) ctx.warn(`item #${index + 1}: "image" is not a safe URL and was dropped.`);
    items.push(
      compact<NewsItem>({
        id: ctx.uniqueId(id, index),
        url,
        title,
        excerpt,
        date: toIsoDate(raw.date_published) ?? toIsoDate(raw.date_modified),
        author: authorName(raw.authors, raw.author) ?? feedAuthor,
        categories: tags,
        image,
        imageAlt: image ? (toLocalized(civic.image_alt) ?? toLocalized(civic.imageAlt)) : undefined,
        views: toCount(civic.views) ?? toCount(raw.views),
        language: lang,
        breaking: civic.breaking === true || hasBreakingTag(tags) || undefined,
        partnership: toId(civic.partnership),
      }),
    );
  };
  for (let i = 0; i < list.length; i++) {
    read(list[i], i);
    yield;
  }
  return compact<NewsFeed>({ items, title: toPlainText(json.title) || undefined, language: feedLang, skipped: ctx.skipped });
}

export const parseJsonFeed = (json: Record<string, unknown>, ctx: ParseContext): NewsFeed => runSync(jsonFeedSteps(json, ctx));

/** Shortens plain text at a word boundary. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  const space = slice.lastIndexOf(' ');
  return `${(space > max * 0.6 ? slice.slice(0, space) : slice).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** A WordPress REST post list: an array of objects with `title.rendered` or `_embedded`. */
export const isWordPress = (json: unknown): json is unknown[] =>
  Array.isArray(json) &&
  json.length > 0 &&
  json.some((p) => isObject(p) && (isObject(p.title) || isObject(p.excerpt)) && ('link' in p || 'date_gmt' in p || 'slug' in p));

const rendered = (value: unknown) => (isObject(value) ? value.rendered : value);

/** WordPress's `date_gmt` has no zone designator: it is UTC. */
function wpDate(post: Record<string, unknown>): string | undefined {
  const gmt = post.date_gmt;
  if (typeof gmt === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(gmt.trim())) return toIsoDate(`${gmt.trim()}Z`);
  return toIsoDate(gmt) ?? toIsoDate(post.date);
}

/** The best image of a WordPress `wp:featuredmedia` entry (a medium-large size, then the original). */
function wpImage(media: unknown, base: string | undefined): { url?: string; alt?: string } {
  if (!isObject(media) || 'code' in media) return {}; // an embedded error such as rest_forbidden
  const sizes = isObject(media.media_details) && isObject(media.media_details.sizes) ? media.media_details.sizes : {};
  const candidates = ['medium_large', 'large', 'medium', 'full'].map((s) => (isObject(sizes[s]) ? sizes[s].source_url : undefined));
  let url: string | undefined;
  for (const candidate of [...candidates, media.source_url]) {
    url = safeWebUrl(candidate, base);
    if (url) break;
  }
  // No alt text set means none: the media title is usually a file name ("IMG_2041").
  const alt = toPlainText(media.alt_text) || undefined;
  return { url, alt };
}

/**
 * A post's picture without `?_embed`: Jetpack's `jetpack_featured_media_url`, else the Open
 * Graph image that Yoast SEO sends (`yoast_head_json.og_image`).
 */
function wpFallbackImage(post: Record<string, unknown>, base: string | undefined): string | undefined {
  const og = isObject(post.yoast_head_json) && Array.isArray(post.yoast_head_json.og_image) ? post.yoast_head_json.og_image[0] : undefined;
  return safeWebUrl(post.jetpack_featured_media_url, base) ?? (isObject(og) ? safeWebUrl(og.url, base) : undefined);
}

/**
 * A WordPress excerpt as plain text: the theme's "[…]" or "read more" tail becomes one
 * ellipsis, however many the excerpt already ended with, and none after a finished sentence.
 */
export function wpExcerpt(html: unknown): string {
  const full = toPlainText(html);
  const text = full.replace(/\s*(\[(…|&hellip;|\.\.\.)\]|Continue reading.*|Read more.*|Czytaj dalej.*|Weiterlesen.*)$/i, '').trim();
  const cut = text !== full.trim() || /(…|\.{3})$/.test(text);
  const body = text.replace(/\s*(…|\.{3})+$/, '');
  const finished = /[.!?]["'”“»«)]*$/.test(body);
  return body && cut && !finished ? `${body}…` : body;
}

/** The embedded terms of a post (categories and tags), capped: a hostile post may embed a million. */
function postTerms(post: unknown): unknown[] {
  const embedded = isObject(post) && isObject(post._embedded) ? post._embedded : {};
  const groups = Array.isArray(embedded['wp:term']) ? embedded['wp:term'].slice(0, 10) : [];
  return groups.flatMap((g) => (Array.isArray(g) ? g.slice(0, MAX_RAW_CATEGORIES) : []));
}

type TermNames = Map<string, unknown>;

/**
 * A multilingual WordPress (Polylang's REST fields) gives each term its `lang` and the ids
 * of its `translations`: a term whose translations are in the same response becomes a
 * language map of all its names. Other terms stay as they are.
 */
function translatedTerm(term: unknown, names: TermNames): unknown {
  if (!isObject(term) || !isObject(term.translations)) return term;
  const lang = toLang(term.lang);
  const name = toPlainText(term.name);
  if (!lang || !name) return term;
  const map: Record<string, string> = { [lang]: name };
  for (const [other, id] of Object.entries(term.translations).slice(0, 20)) {
    const text = toLang(other) && toPlainText(names.get(String(id)));
    if (text) map[other] = text;
  }
  return Object.keys(map).length > 1 ? map : term;
}

/** WordPress REST `/wp-json/wp/v2/posts`, with or without `?_embed`. */
export function* wordPressSteps(json: unknown[], ctx: ParseContext, feedLang?: string): Steps<NewsFeed> {
  const items: NewsItem[] = [];
  const posts = ctx.entries(json, 'posts');
  const names: TermNames = new Map();
  for (const post of posts) {
    for (const term of postTerms(post)) if (isObject(term) && toId(term.id) && names.size < 10_000) names.set(toId(term.id)!, term.name);
  }
  const list = posts;
  const read = (post: unknown, index: number): void => {
    if (!isObject(post)) return ctx.skip('post', index, 'post', 'is not an object');
    const id = toId(post.id) ?? toId(post.guid && rendered(post.guid));
    if (!id) return ctx.skip('post', index, 'id', 'is missing');
    const title = toLocalized(rendered(post.title));
    if (!title) return ctx.skip('post', index, 'title.rendered', 'is missing or empty');
    const embedded = isObject(post._embedded) ? post._embedded : {};
    const terms = postTerms(post);
    const categories = toCategories(terms.filter((t) => isObject(t) && (t.taxonomy === 'category' || t.taxonomy === undefined)).map((t) => translatedTerm(t, names)));
    const tags = toCategories(terms.filter((t) => isObject(t) && t.taxonomy === 'post_tag'));
    const authors = Array.isArray(embedded.author) ? embedded.author.slice(0, 20) : [];
    const media = Array.isArray(embedded['wp:featuredmedia']) ? embedded['wp:featuredmedia'][0] : undefined;
    const featured = wpImage(media, ctx.base);
    const image = featured.url ? featured : { url: wpFallbackImage(post, ctx.base) };
    const excerptHtml = rendered(post.excerpt);
    const excerpt = wpExcerpt(excerptHtml);
    const url = safeUrl(post.link, ctx.base);
    if (post.link !== undefined && !url) ctx.warn(`post #${index + 1}: "link" is not a safe link and was dropped.`);
    const lang = toLang(post.lang) ?? toLang(post.language) ?? feedLang; // Polylang/WPML add "lang"
    items.push(
      compact<NewsItem>({
        id: ctx.uniqueId(id, index),
        url,
        title,
        excerpt: excerpt || undefined,
        date: wpDate(post),
        author: authors.map((a) => (isObject(a) && !('code' in a) ? toPlainText(a.name) : '')).find(Boolean) || undefined,
        categories: categories.length ? categories : [],
        image: image.url,
        imageAlt: image.url ? image.alt : undefined,
        views: toCount(post.views) ?? toCount(post.post_views) ?? toCount(post.view_count) ?? toCount(isObject(post.meta) ? post.meta.views : undefined),
        language: lang,
        breaking: hasBreakingTag([...categories, ...tags]) || undefined,
      }),
    );
  };
  for (let i = 0; i < list.length; i++) {
    read(list[i], i);
    yield;
  }
  return { items, language: feedLang, skipped: ctx.skipped };
}

export const parseWordPress = (json: unknown[], ctx: ParseContext): NewsFeed => runSync(wordPressSteps(json, ctx));
