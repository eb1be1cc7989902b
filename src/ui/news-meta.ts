/**
 * Small helpers the news ticker and the article cards share: category filtering and the
 * `<time>` of a headline.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localized, NewsItem } from '../feeds/types.js';
import { allTexts } from '../feeds/localized.js';
import type { I18nController } from '../controllers/i18n-controller.js';
import { fold } from '../feeds/localized.js';

/**
 * Items in any of the comma-separated `category` names (case- and accent-insensitive, so
 * "wspolpraca" finds "Współpraca"); all items when `category` is empty.
 */
export function filterByCategory(items: readonly NewsItem[], category?: string | null): NewsItem[] {
  const wanted = (category ?? '').split(',').map(fold).filter(Boolean);
  if (!wanted.length) return [...items];
  return items.filter(
    (item) =>
      Array.isArray(item.categories) &&
      item.categories.some((name) => allTexts(name).some((text) => wanted.includes(fold(text)))),
  );
}

// WordPress files every post without a category under a default one ("Uncategorized",
// "Bez kategorii", …). As a chip it tells a reader nothing, so cards leave it out.
const PLACEHOLDER_CATEGORIES = new Set(['uncategorized', 'uncategorised', 'bez kategorii', 'nicht kategorisiert', 'ohne kategorie', 'sin categoria', 'non classe', 'senza categoria']);

/** The categories worth showing as chips: texts or language maps, not blank, not a CMS's "no category". */
export function shownCategories(item: NewsItem): Localized[] {
  if (!Array.isArray(item.categories)) return [];
  return item.categories.filter((name) => {
    const texts = allTexts(name);
    return texts.some((t) => t.trim()) && !texts.some((t) => PLACEHOLDER_CATEGORIES.has(fold(t)));
  });
}

/** An item object with an id and a title (string or language map) — junk from `.items` is skipped. */
export function isUsableItem(item: unknown): item is NewsItem {
  if (!item || typeof item !== 'object') return false;
  const { title } = item as { title?: unknown };
  return typeof title === 'string' || (!!title && typeof title === 'object');
}

/** True for an ISO date string the browser can read (a number or object given as `.items` is not one). */
export const isValidDate = (value?: unknown): value is string =>
  typeof value === 'string' && !!value.trim() && !Number.isNaN(new Date(value).getTime());

/** How a headline's date is shown. */
export type TimeStyle = 'relative' | 'date' | 'none';

/**
 * A `<time>` for an item's date: "2 godziny temu" (with the full date as its title) or
 * "19 grudnia 2025"; nothing when the item has no valid date or `style` is 'none'.
 */
export function renderNewsTime(
  i18n: I18nController,
  date: string | undefined,
  style: TimeStyle = 'date',
  now: Date = new Date(),
): TemplateResult | typeof nothing {
  if (style === 'none' || !isValidDate(date)) return nothing;
  if (style === 'relative') {
    const full = i18n.formatDate(date, { dateStyle: 'long', timeStyle: 'short' });
    return html`<time datetime=${date!} title=${full}>${i18n.formatRelative(date, now)}</time>`;
  }
  return html`<time datetime=${date!}>${i18n.formatDate(date, { dateStyle: 'long' })}</time>`;
}

/** The URL when it is http(s), mailto, tel or relative; undefined for anything else (javascript:, data:). */
export { safeHref } from '../feeds/links.js';
