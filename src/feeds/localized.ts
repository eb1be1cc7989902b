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
