/**
 * The feed-level model: what a loaded feed of each kind looks like once every format has
 * been turned into the one model of `types.ts`. Pure data, no DOM.
 */
import type { Attraction, Localized, NewsItem, Partnership } from './types.js';

export type * from './types.js';
export { PARTNERSHIP_STATUSES } from './types.js';

/** Common to every feed: `skipped` counts items that were broken and left out. */
export interface FeedBase {
  /** BCP 47 language of the feed as a whole, when it says. */
  language?: string;
  /** Items left out because they were broken (each named in a console warning). */
  skipped: number;
}

export interface NewsFeed extends FeedBase {
  items: NewsItem[];
  title?: string;
}

export interface AttractionsFeed extends FeedBase {
  attractions: Attraction[];
  name?: Localized;
}

export interface PartnershipFeed extends FeedBase {
  partnerships: Partnership[];
}

/**
 * Every kind of feed and the model it loads into. A new kind adds a line here (or merges
 * one in from its own file with `declare module`) and a descriptor in `kinds/`.
 */
export interface FeedKinds {
  news: NewsFeed;
  attractions: AttractionsFeed;
  partnership: PartnershipFeed;
}

/** What an element reads: headlines/articles, points of interest, or partnerships. */
export type FeedKind = keyof FeedKinds;

export type FeedData<K extends FeedKind> = FeedKinds[K];

/** Number of accepted items of a feed (articles, attractions or partnerships). */
export function feedCount(data: NewsFeed | AttractionsFeed | PartnershipFeed): number {
  if ('items' in data) return data.items.length;
  if ('attractions' in data) return data.attractions.length;
  return data.partnerships.length;
}
