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
