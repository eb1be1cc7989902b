import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import {
  DEFAULT_LANGUAGE,
  onTranslationsChange,
  supportedLanguage,
  translate,
} from '../i18n/i18n.js';
import { pickText, type PickedText } from '../feeds/localized.js';
import { formatDay, numberFormat, relativeTimeFormat } from '../i18n/format.js';
import type { Localized } from '../feeds/types.js';
import { isReplaying, prerendered, type SnapshotHost } from './prerendered.js';

type Host = ReactiveControllerHost & SnapshotHost;

/** The nearest `lang` attribute at or above `el`, crossing shadow-root boundaries. */
function closestLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * Resolves the element's language: its `lang` (or the closest `[lang]` ancestor, `<html
 * lang>` included) when the library speaks it, then the visitor's browser languages,
 * then Polish.
 */
export function resolveLanguage(el: Element): string {
  return resolveLocale(el).lang;
}

/** A well-formed BCP 47 tag in canonical case, or undefined. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * The language (for translations) and the locale (for dates and numbers) of an element:
 * `lang="en-GB"` speaks English and writes "21 March 2026"; `de-AT` writes "Jänner".
 */
export function resolveLocale(el: Element): { lang: string; locale: string } {
  for (const tag of [closestLang(el), ...navigator.languages]) {
    const lang = tag ? supportedLanguage(tag) : undefined;
    if (lang) return { lang, locale: canonical(tag!) ?? lang };
  }
  return { lang: DEFAULT_LANGUAGE, locale: DEFAULT_LANGUAGE };
}

// One observer for the whole page: every `lang` change anywhere re-resolves each element.
const hosts = new Set<I18nController>();
let observer: MutationObserver | undefined;
const refreshAll = () => hosts.forEach((c) => c.refresh());

function watch(controller: I18nController) {
  hosts.add(controller);
  if (observer) return;
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, {
    subtree: true,
    attributes: true,
    attributeFilter: ['lang'],
  });
  window.addEventListener('languagechange', refreshAll);
}

function unwatch(controller: I18nController) {
  hosts.delete(controller);
  if (hosts.size || !observer) return;
  observer.disconnect();
  observer = undefined;
  window.removeEventListener('languagechange', refreshAll);
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * Gives an element its language: resolves it, re-renders the host when it changes (the
 * element's own `lang`, an ancestor's, `<html lang>`, the browser's, or added
 * translations), and formats text, dates and numbers for it.
 */
export class I18nController implements ReactiveController {
  /** The resolved language, one the library has translations for. */
  lang = DEFAULT_LANGUAGE;
  /** The full tag for dates and numbers (`en-GB`, `de-AT`); its language is `lang`. */
  locale = DEFAULT_LANGUAGE;
  private unsubscribe?: () => void;
  // The host's own lang attribute is also watched, for elements inside a shadow root.
  private selfObserver?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
    // The server resolves no DOM: the prerenderer says what the page gives (src/prerender/).
    if (isServer) ({ lang: this.lang, locale: this.locale } = prerendered(host) ?? this);
  }

  hostConnected() {
    // A prerendered element first renders in the server's language (see prerendered.ts).
    ({ lang: this.lang, locale: this.locale } = prerendered(this.host) ?? resolveLocale(this.host));
    watch(this);
    this.selfObserver = new MutationObserver(() => this.refresh());
    this.selfObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.unsubscribe = onTranslationsChange(() => {
      this.refresh();
      this.host.requestUpdate(); // same language, new words
    });
  }

  hostUpdated() {
    // The server's render is replayed: now render for this visitor (language, relative
    // times, measured sizes), after this update has finished.
    if (!this.host.hasUpdated && prerendered(this.host)) {
      queueMicrotask(() => {
        this.refresh();
        this.host.requestUpdate();
      });
    }
  }

  hostDisconnected() {
    unwatch(this);
    this.selfObserver?.disconnect();
    this.unsubscribe?.();
  }

  /** Re-resolves the language and re-renders the host if it changed. */
  refresh() {
    const { lang, locale } = resolveLocale(this.host);
    if (lang === this.lang && locale === this.locale) return;
    this.lang = lang;
    this.locale = locale;
    this.host.requestUpdate();
  }

  /** Translates a key of `locales/*.json` in the element's language. */
  t(key: string, options?: TOptions): string {
    return translate(this.lang, key, options);
  }

  /** Picks the text of a feed value for this language (with the language it is in). */
  pick(value: Localized | undefined, feedLang?: string): PickedText {
    return pickText(value, this.lang, feedLang);
  }

  /** A date (ISO string or Date) formatted for the language; '' for invalid dates. */
  formatDate(
    value: string | Date | undefined,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
  ): string {
    // Replaying the server's render: its time zone too, or a date near midnight would differ.
    const zone = !options.timeZone && isReplaying(this.host) ? prerendered(this.host)?.timeZone : undefined;
    return formatDay(this.locale, value, zone ? { ...options, timeZone: zone } : options);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.locale, options).format(value);
  }

  /** "2 godziny temu" / "vor 2 Stunden" / "2 hours ago"; '' for invalid dates. */
  formatRelative(value: string | Date | undefined, now: Date = new Date()): string {
    const date = toDate(value);
    if (!date) return '';
    // A prerendered page may be read days later: the server writes the date itself.
    if (isReplaying(this.host)) return this.formatDate(date, { dateStyle: 'long' });
    const seconds = (date.getTime() - now.getTime()) / 1000;
    const format = relativeTimeFormat(this.locale);
    for (const [unit, size] of RELATIVE_UNITS) {
      if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
    }
    return format.format(0, 'minute');
  }
}

function toDate(value: string | Date | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
