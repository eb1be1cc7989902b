import type { TOptions } from 'i18next';
import { displayNames, formatDay, numberFormat } from '../../i18n/format.js';
import { nothing } from 'lit';
import type { I18nController } from '../../controllers/i18n-controller.js';
import { pickText, type PickedText } from '../../feeds/localized.js';
import type { Localized } from '../../feeds/types.js';
import { translate } from '../../i18n/i18n.js';

/**
 * Everything a section needs to speak one language: the panel renders its content once per
 * voice (twice in bilingual mode). The UI language's voice delegates to the element's
 * I18nController; a second bilingual column uses the same translation files for its own
 * language.
 */
export interface Voice {
  /** The language this voice writes in (a language the library has translations for). */
  readonly lang: string;
  /** Language of plain-string feed texts. */
  readonly feedLang?: string;
  t(key: string, options?: TOptions): string;
  /** Picks a feed text for this voice (`feedLang`: language of plain strings, default the partnership's). */
  pick(value: Localized | undefined, feedLang?: string): PickedText;
  date(iso: string | undefined): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** Country name of an ISO 3166-1 alpha-2 code, or the code itself when unknown. */
  country(code: string): string;
  /** The name of a language in that language ("Deutsch", "polski"). */
  languageName(tag: string): string;
}

const primary = (tag: string | undefined) => (tag ?? '').toLowerCase().split('-')[0];

/** A voice for `lang`; pass the element's controller when `lang` is its UI language. */
export function createVoice(lang: string, feedLang?: string, i18n?: I18nController): Voice {
  const useController = i18n && i18n.lang === lang;
  // The UI voice writes dates and numbers for the page's region (en-GB, de-AT).
  const locale = useController ? i18n.locale : lang;
  return {
    lang,
    feedLang,
    t: (key, options) => (useController ? i18n.t(key, options) : translate(lang, key, options)),
    pick: (value, own = feedLang) => (useController ? i18n.pick(value, own) : pickText(value, lang, own)),
    date: (iso) => formatDay(locale, iso, { dateStyle: 'long' }),
    number: (value, options) => numberFormat(locale, options).format(value),
    country(code) {
      try {
        return displayNames(locale, 'region').of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
    languageName(tag) {
      try {
        const name = displayNames(tag, 'language').of(tag) ?? tag;
        return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
      } catch {
        return tag;
      }
    },
  };
}

/**
 * The `lang` attribute value for a feed text shown by `voice`: its language when it differs
 * from the voice's, else nothing (so the attribute is left out).
 */
export const langOf = (voice: Voice, picked: PickedText) =>
  picked.lang && primary(picked.lang) !== primary(voice.lang) ? picked.lang : nothing;
