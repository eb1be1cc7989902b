/**
 * The elements the prerenderer renders, and the feeds each reads: one list, so a new
 * element or feed attribute is added here and nowhere else in src/prerender/.
 */
import type { FeedKind } from '../feeds/model.js';

export interface FeedAttribute {
  /** The attribute holding the address. */
  attribute: string;
  kind: FeedKind;
}

export const PRERENDERED_ELEMENTS: Record<string, readonly FeedAttribute[]> = {
  'civic-news-ticker': [{ attribute: 'src', kind: 'news' }],
  'civic-article-cards': [{ attribute: 'src', kind: 'news' }],
  'civic-attractions-map': [{ attribute: 'src', kind: 'attractions' }],
  'civic-partnership-panel': [
    { attribute: 'src', kind: 'partnership' },
    { attribute: 'news-src', kind: 'news' },
  ],
};

export const isPrerenderedTag = (tag: string) => Object.prototype.hasOwnProperty.call(PRERENDERED_ELEMENTS, tag);
