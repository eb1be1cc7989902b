import type { Partnership } from '../../feeds/types.js';
import type { Voice } from './voice.js';

/** What every section renderer gets: the data, the language column and the outline level. */
export interface SectionContext {
  partnership: Partnership;
  voice: Voice;
  /** Heading level of the section headings (the panel title is one above). */
  level: number;
  /** Prefix for ids, unique per panel and language column. */
  idPrefix: string;
}
