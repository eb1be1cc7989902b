/**
 * Typed events of civic-widgets: one small class per event, all `bubbles` and `composed`
 * so they reach the host page from inside shadow roots.
 */

export interface FeedLoadDetail {
  /** The URL that was loaded (with `{lang}` replaced). */
  url: string;
  /** Items (articles, attractions, partnerships) accepted from the feed. */
  count: number;
  /** True when the data shown came from the saved copy, not the network. */
  fromCache: boolean;
}

/** Fired when a feed has loaded (from the network or the saved copy). */
export class CivicFeedLoadEvent extends CustomEvent<FeedLoadDetail> {
  static readonly eventName = 'civic-feed-load';
  constructor(detail: FeedLoadDetail) {
    super(CivicFeedLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface FeedErrorDetail {
  url: string;
  /** Machine-readable reason: timeout, http, offline, network, notJson, invalidJson, invalidFeed, tooLarge, noSource, unknown. */
  reason: string;
  /** A sentence for the site owner (English, for the console and logs). */
  message: string;
}

/** Fired when a feed could not be loaded or understood. */
export class CivicFeedErrorEvent extends CustomEvent<FeedErrorDetail> {
  static readonly eventName = 'civic-feed-error';
  constructor(detail: FeedErrorDetail) {
    super(CivicFeedErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-feed-load': CivicFeedLoadEvent;
    'civic-feed-error': CivicFeedErrorEvent;
  }
}

export interface TickerToggleDetail {
  /** True when the user has just paused the ticker, false when they resumed it. */
  paused: boolean;
}

/** Fired by `<civic-news-ticker>` when the user pauses or resumes it. */
export class CivicTickerToggleEvent extends CustomEvent<TickerToggleDetail> {
  static readonly eventName = 'civic-ticker-toggle';
  constructor(detail: TickerToggleDetail) {
    super(CivicTickerToggleEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface PageChangeDetail {
  /** Articles shown now. */
  shown: number;
  /** Articles available (after the category filter). */
  total: number;
}

/** Fired by `<civic-article-cards>` when more articles are shown ("load more"). */
export class CivicPageChangeEvent extends CustomEvent<PageChangeDetail> {
  static readonly eventName = 'civic-page-change';
  constructor(detail: PageChangeDetail) {
    super(CivicPageChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

// ── <civic-attractions-map> ──────────────────────────────────────────────────────────

export interface AttractionSelectDetail {
  /** The selected attraction's id, or null when the selection was cleared. */
  id: string | null;
  /** The selected attraction (as the element received it), or null. */
  attraction: import('./feeds/types.js').Attraction | null;
}

/** Fired when the visitor selects an attraction (on the map, in the list or by a deep link) or closes its details. */
export class CivicAttractionSelectEvent extends CustomEvent<AttractionSelectDetail> {
  static readonly eventName = 'civic-attraction-select';
  constructor(detail: AttractionSelectDetail) {
    super(CivicAttractionSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface CategoryChangeDetail {
  /** The categories now shown; every category of the data when nothing is filtered. */
  categories: string[];
  /** True when every category is shown. */
  all: boolean;
}

/** Fired when the visitor changes the category filter (legend). */
export class CivicCategoryChangeEvent extends CustomEvent<CategoryChangeDetail> {
  static readonly eventName = 'civic-category-change';
  constructor(detail: CategoryChangeDetail) {
    super(CivicCategoryChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-ticker-toggle': CivicTickerToggleEvent;
    'civic-page-change': CivicPageChangeEvent;
    'civic-attraction-select': CivicAttractionSelectEvent;
    'civic-category-change': CivicCategoryChangeEvent;
  }
}
