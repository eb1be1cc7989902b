import type { PanelPartnership } from './normalize.js';
import type { Voice } from './voice.js';

/** What every section renderer gets: the data, the language column and the outline level. */
export interface SectionContext {
  partnership: PanelPartnership;
  voice: Voice;
  /** Heading level of the section headings (the panel title is one above). */
  level: number;
  /** Prefix for ids, unique per panel and language column. */
  idPrefix: string;
}
