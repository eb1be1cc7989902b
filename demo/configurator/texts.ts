// The configurator's own words, one file per language (pl.ts, de.ts, en.ts, uk.ts). They
// live here, not in the manifest: the manifest's descriptions are English reference text
// for developers, while a site editor needs a label and a short help in their language.
// test/e2e/configurator.mjs fails when an attribute of custom-elements.json has no label or
// help in one of the languages.
import { pl } from './pl.js';
import { de } from './de.js';
import { en } from './en.js';
import { uk } from './uk.js';

/** A field of the options form: its label, a help line, and words for its choices. */
export interface OptionText {
  label: string;
  help: string;
  /** Words for the values of a choice list (`grid` → "Siatka"); also makes a text type a list. */
  choices?: Record<string, string>;
}

export interface ConfiguratorTexts {
  /** The page's own texts, by `data-i18n` key. */
  page: Record<PageKey, string>;
  /** Each element's name and a one-line description. */
  elements: Record<string, { name: string; help: string }>;
  /** Attributes that mean the same on every element (timeout, refresh, …). */
  shared: Record<string, OptionText>;
  /** Per element: its own attributes, or what differs from `shared`. */
  attributes: Record<string, Record<string, Partial<OptionText>>>;
}

export type PageKey =
  | 'skip' | 'brand' | 'title' | 'lead'
  | 'basics' | 'element' | 'src' | 'srcHelp' | 'language' | 'langPage' | 'langHelp'
  | 'options' | 'look' | 'theme' | 'themeDefault' | 'scheme' | 'schemeAuto' | 'schemeLight' | 'schemeDark'
  | 'accent' | 'useAccent' | 'preview' | 'code' | 'copy' | 'copied' | 'copyFailed' | 'manifestError'
  | 'scriptComment' | 'attribute';

export const LANGUAGES = { pl, de, en, uk } satisfies Record<string, ConfiguratorTexts>;
export type Lang = keyof typeof LANGUAGES;

export const texts = (lang: string): ConfiguratorTexts => LANGUAGES[lang as Lang] ?? LANGUAGES.pl;

/** The label, help and choice words of an attribute, or undefined parts when untranslated. */
export function optionText(lang: string, tag: string, attribute: string): Partial<OptionText> {
  const t = texts(lang);
  const shared = t.shared[attribute] ?? {};
  const own = t.attributes[tag]?.[attribute] ?? {};
  return { ...shared, ...own, choices: own.choices ?? shared.choices };
}
