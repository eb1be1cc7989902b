/**
 * Intl formatters, made once per language and options. Building an Intl object is far
 * slower than using one, and elements format dates and numbers in every render.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export const dateFormat = (lang: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached(`date|${lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(lang, options));

export const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}) =>
  cached(`number|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options));

export const relativeTimeFormat = (lang: string) =>
  cached(`relative|${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));

export const displayNames = (lang: string, type: Intl.DisplayNamesType) =>
  cached(`names|${lang}|${type}`, () => new Intl.DisplayNames([lang], { type, fallback: 'code' }));

const BARE_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date for display ("19 grudnia 2025"): '' when invalid. A bare day ("2025-12-19") is a
 * calendar day, so it is read and written in UTC: no visitor's time zone moves it a day.
 */
export function formatDay(locale: string, value: string | Date | undefined, options: Intl.DateTimeFormatOptions): string {
  if (value === undefined || value === '') return '';
  const bare = typeof value === 'string' && BARE_DAY.test(value);
  const date = value instanceof Date ? value : new Date(bare ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormat(locale, bare ? { ...options, timeZone: 'UTC' } : options).format(date);
}
