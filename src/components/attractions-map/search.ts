/**
 * Finding a place by what a visitor types: name (in every language the feed gives),
 * address and category, case- and accent-insensitive, every word must match. Pure data
 * code; the keys of a large feed are built in slices so the page never freezes.
 */
import type { Localized } from '../../feeds/types.js';
import { fold } from '../../feeds/localized.js';
import type { MapAttraction } from './attractions-map-helpers.js';

/** Every text of a string-or-language-map. */
const texts = (value: Localized | undefined): string[] =>
  value === undefined || value === null ? [] : typeof value === 'string' ? [value] : Object.values(value).filter((v) => typeof v === 'string');

const UMLAUTS = /[äöüÄÖÜ]/;
const UMLAUT_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * The folded text a place is found by. German words with umlauts are also kept spelled
 * out ("Mönchengladbach" is found by "monch" and by "moench"), as people type without them.
 */
export function searchKey(a: Pick<MapAttraction, 'name' | 'address'>): string {
  const parts = [...texts(a.name), ...texts(a.address)];
  let key = '';
  for (const part of parts) {
    key += ` ${fold(part)}`;
    if (UMLAUTS.test(part)) key += ` ${fold(part.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT_SPELLING[c]))}`;
  }
  return `${key.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

/**
 * What one typed word may also match at the start of a word: Polish and German words
 * change their ending when declined ("zamek" → "Zamku", "wieża" → "Wieży", "Kaplica" →
 * "Kaplicy"), so a final vowel, or the "e" that drops out before a last k/c/ń, is left off.
 */
export function stemOf(word: string): string | undefined {
  const stem = word.replace(/e([kcń])$/, '$1').replace(/[aeiouy]+$/, '');
  return stem !== word && stem.length >= 3 ? stem : undefined;
}

/** A typed query as words to match (folded, punctuation dropped); empty for a blank query. */
export interface Query {
  words: { word: string; stem?: string }[];
}

export function parseQuery(text: string): Query {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => ({ word, stem: stemOf(word) }));
  return { words };
}

/** True when every word of the query is in the key (anywhere, or by its stem at a word's start), or in the category's name. */
export function matches(query: Query, key: string, categoryKey = ''): boolean {
  for (const { word, stem } of query.words) {
    if (key.includes(word) || categoryKey.includes(word)) continue;
    if (stem && (key.includes(` ${stem}`) || categoryKey.includes(` ${stem}`))) continue;
    return false;
  }
  return true;
}

/** The folded names of a category (singular and plural, in the visitor's language). */
export const categoryKey = (...names: string[]) => ` ${names.map(fold).join(' ')} `;

/** Yields to the browser so input and painting go on between slices of work. */
export const yieldToBrowser = () =>
  new Promise<void>((resolve) => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    if (scheduler?.yield) scheduler.yield().then(resolve);
    else setTimeout(resolve, 0);
  });

/** Search keys of a list, in its order: built at once when small, in slices of ~8 ms when large. */
export async function buildSearchKeys(items: readonly MapAttraction[], signal?: AbortSignal): Promise<string[]> {
  const keys = new Array<string>(items.length);
  let deadline = performance.now() + 8;
  for (let i = 0; i < items.length; i++) {
    keys[i] = searchKey(items[i]);
    if ((i & 255) === 255 && performance.now() > deadline) {
      await yieldToBrowser();
      if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      deadline = performance.now() + 8;
    }
  }
  return keys;
}
