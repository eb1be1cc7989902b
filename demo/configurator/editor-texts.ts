// The shape of the data editors' words (editor-pl.ts, editor-de.ts, editor-en.ts, editor-uk.ts).
import type { ProblemCode } from './schema-check.js';

/** Plural forms by Intl.PluralRules category (one, few, many, other). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface EditorTexts {
  tabs: { label: string; widget: string; partnership: string; attractions: string };
  common: {
    choose: string;
    moveUp: string;
    moveDown: string;
    remove: string;
    open: string;
    openHelp: string;
    sample: string;
    empty: string;
    paste: string;
    pasteLabel: string;
    pasteUse: string;
    opened: string;
    notJson: string;
    wrongKind: string;
    privacy: string;
    preview: string;
    previewLang: string;
    file: string;
    download: string;
    copy: string;
    copied: string;
    copyFailed: string;
    fileText: string;
    problemsTitle: string;
    problemsNone: string;
    problems: Plural;
    problemsNote: string;
  };
  /** Language names for the side-by-side fields, in the editor's language. */
  languages: Record<string, string>;
  /** Schema problems in plain words; `{{…}}` are filled in. */
  messages: Record<Exclude<ProblemCode, 'type' | 'pattern' | 'format'>, string> & {
    typeNumber: string;
    typeInteger: string;
    typeText: string;
    typeOther: string;
    patternId: string;
    patternCountry: string;
    patternLanguage: string;
    patternUrl: string;
    pattern: string;
    formatDate: string;
    formatEmail: string;
    format: string;
  };
  /** Field labels by scope (partnership, city, area, milestone, contact, collection, feature). */
  fields: Record<string, Record<string, string>>;
  /** Optional help lines, same keys. */
  help: Record<string, Record<string, string>>;
  /** Words for choice values, by `scope.key`. */
  options: Record<string, Record<string, string>>;
  /** Lists: what one item is called and the add button. */
  lists: Record<string, { item: string; add: string }>;
  partnership: { title: string; lead: string };
  attractions: {
    title: string;
    lead: string;
    importOsm: string;
    imported: Plural;
    mapTitle: string;
    mapConsent: string;
    mapLoad: string;
    mapLoading: string;
    mapError: string;
    mapHint: string;
    place: string;
    placing: string;
    placed: string;
    lat: string;
    lon: string;
    locationHelp: string;
    newPlace: string;
  };
}
