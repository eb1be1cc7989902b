import type { Localized } from './types.js';

/** A text picked for display, with the language it is really in (for a `lang` attribute). */
export interface PickedText {
  text: string;
  /** Language of `text`, when known. */
  lang?: string;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * Picks the best text of a string-or-language-map: the active language, then the feed's
 * language, then any available one. Matching is by primary subtag, so `de-AT` finds `de`.
 */
export function pickText(
  value: Localized | undefined,
  lang: string,
  feedLang?: string,
): PickedText {
  if (value === undefined || value === null) return { text: '' };
  if (typeof value === 'string') return { text: value, lang: feedLang };
  const entries = Object.entries(value).filter(
    ([, text]) => typeof text === 'string' && text.trim() !== '',
  );
  const find = (want?: string) =>
    want === undefined
      ? undefined
      : (entries.find(([key]) => key.toLowerCase() === want.toLowerCase()) ??
        entries.find(([key]) => primary(key) === primary(want)));
  const hit = find(lang) ?? find(feedLang) ?? entries[0];
  return hit ? { text: hit[1], lang: hit[0] } : { text: '' };
}

/** Just the text of {@link pickText}, for places that need no language mark-up. */
export const localizedText = (value: Localized | undefined, lang: string, feedLang?: string) =>
  pickText(value, lang, feedLang).text;

/** Every text of a string-or-language-map (a category in all its languages). */
export const allTexts = (value: Localized | undefined | null): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).filter((t): t is string => typeof t === 'string') : [];

/**
 * Text folded for matching what a visitor types against names: lower case, accents
 * dropped ("Kościół" → "kosciol", "Müller" → "muller"). NFD splits "ó" into "o" + accent,
 * but some letters do not decompose and are mapped by hand: Polish ł, German ß (→ "ss"),
 * and the Nordic, Croatian and Turkish letters a tourist meets on the way.
 */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l', ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
};
const UNDECOMPOSED_RE = /[łßẞæœøđðþıħŀ]/g;

export const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c])
    .trim();
