import i18next, { type i18n, type TOptions } from 'i18next';
// Only the sections every element needs; each element adds its own (see addBuiltInStrings),
// so a page that shows the ticker does not download the map's or the panel's words.
import plCommon from './locales/pl.json?section=common';
import plErrors from './locales/pl.json?section=errors';
import deCommon from './locales/de.json?section=common';
import deErrors from './locales/de.json?section=errors';
import enCommon from './locales/en.json?section=common';
import enErrors from './locales/en.json?section=errors';
import ukCommon from './locales/uk.json?section=common';
import ukErrors from './locales/uk.json?section=errors';

/** The languages shipped with the library; sites may add more with {@link addTranslations}. */
export const BUILT_IN_LANGUAGES = ['pl', 'de', 'en', 'uk'] as const;
export const DEFAULT_LANGUAGE = 'pl';

/**
 * A private i18next instance: the host page may run its own i18next (a CMS theme often
 * does), and ours must neither read nor change it.
 */
const instance: i18n = i18next.createInstance();
instance.init({
  initAsync: false,
  resources: {
    pl: { translation: { common: plCommon, errors: plErrors } },
    de: { translation: { common: deCommon, errors: deErrors } },
    en: { translation: { common: enCommon, errors: enErrors } },
    uk: { translation: { common: ukCommon, errors: ukErrors } },
  },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: ['en', DEFAULT_LANGUAGE],
  interpolation: { escapeValue: false }, // Lit renders text, never HTML: escaping here would double it.
  returnNull: false,
  showSupportNotice: false,
} as Parameters<i18n['init']>[0]);

type Listener = () => void;
const listeners = new Set<Listener>();

/** Calls `listener` whenever translations are added; returns an unsubscribe function. */
export function onTranslationsChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Translation resources: nested objects of strings, the shape of `locales/en.json`. */
export interface TranslationTree {
  [key: string]: string | TranslationTree;
}

/**
 * Adds or extends a language for every element on the page, e.g.
 * `addTranslations('uk', {...})`. Keys missing from it fall back to English, then Polish.
 */
export function addTranslations(lng: string, resources: TranslationTree): void {
  instance.addResourceBundle(normalizeTag(lng), 'translation', resources, true, true);
  for (const listener of listeners) listener();
}

/**
 * Adds an element's section of the built-in locales (`{ pl: { ticker: … }, de: …, en: … }`).
 * Called once by each element module; what a site added with {@link addTranslations} wins.
 */
export function addBuiltInStrings(strings: Record<(typeof BUILT_IN_LANGUAGES)[number], TranslationTree>): void {
  for (const lng of BUILT_IN_LANGUAGES) instance.addResourceBundle(lng, 'translation', strings[lng], true, false);
  for (const listener of listeners) listener();
}

/** Languages the library can speak right now (built-in plus added). */
export function availableLanguages(): string[] {
  return Object.keys(instance.store.data);
}

const normalizeTag = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();

/**
 * Maps a BCP 47 tag to a language the library has (`de-AT` → `de`), or undefined.
 */
export function supportedLanguage(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const wanted = normalizeTag(tag);
  const have = availableLanguages();
  if (have.includes(wanted)) return wanted;
  const base = wanted.split('-')[0];
  return have.includes(base) ? base : undefined;
}

/** Translates `key` in language `lng`. */
export function translate(lng: string, key: string, options?: TOptions): string {
  return instance.t(key, { ...options, lng }) as string;
}
