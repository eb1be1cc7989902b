import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { I18nController } from '../../controllers/i18n-controller.js';
import type { Localized } from '../../feeds/types.js';
import { categoryCounts, categoryLabel, usableAttractions, type MapAttraction } from './attractions-map-helpers.js';
import type { Query } from './search.js';

/** The search code: a lazy chunk, fetched when the visitor goes to the search field (or a link searches). */
type Finder = typeof import('./search.js');
import { LIST_PAGE } from './list.js';
import { distanceKm } from './distance-text.js';

/** How long typing pauses before the search is applied (list, map and announcement). */
const SEARCH_DELAY_MS = 250;

/**
 * What the map and the list show: the usable places of the data (with their index and
 * category counts), narrowed by the category filter and the search, a page at a time.
 * `sync()` runs in the element's `willUpdate`, so everything derived is computed once per
 * change of what it derives from. Search keys of a large feed are built in slices, the
 * first time a visitor searches.
 */
export class PlacesController implements ReactiveController {
  /** The usable places, in the feed's order. */
  all: MapAttraction[] = [];
  /** Categories with counts, in display order. */
  counts: [string, number][] = [];
  /** What the filter and the search leave. */
  visible: MapAttraction[] = [];
  /** The categories shown, or null for all. */
  active: Set<string> | null = null;
  /** The search as typed (the field's value). */
  query = '';
  /** The search applied to the list, or null. */
  applied: { text: string } | null = null;
  /** The page of the list (0-based). */
  page = 0;
  /** Each category's name in the page's language (legend: `many`; list, details, markers: `one`). */
  labels = new Map<string, { one: string; many: string }>();
  /** Where the visitor is (after "show my location"), for distances. */
  origin?: { lat: number; lon: number };
  /** List the nearest places first (needs `origin`). */
  nearest = false;

  private source?: unknown;
  /** A feed's own names of its categories (`Attraction.categoryName`), by category. */
  private names = new Map<string, Localized>();
  private labelsLang?: string;
  private index = new Map<string, MapAttraction>();
  private keys?: string[];
  private finder?: Finder;
  private parsed?: { text: string; query: Query };
  private keysFor?: MapAttraction[];
  private dirty = true;
  private filteredLang?: string;
  private timer?: ReturnType<typeof setTimeout>;
  /** The filter or search changed since the view last drew: it shows what is left. */
  private refit = false;
  /** The search changed: say how many places it found once the list shows them. */
  private announce = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly i18n: I18nController,
    private readonly options: {
      /** The search was applied (for the deep link). */
      onSearch(): void;
      /** "3 places found" / "Nothing found for …", to say politely. */
      onResults(text: string): void;
    },
  ) {
    host.addController(this);
  }

  hostConnected() {}

  hostDisconnected() {
    clearTimeout(this.timer);
  }

  hostUpdated() {
    if (!this.announce || (this.applied && !this.keys)) return;
    this.announce = false;
    const n = this.visible.length;
    const text =
      this.applied && n === 0
        ? this.i18n.t('map.search.none', { query: this.applied.text })
        : this.i18n.t('map.search.found', { count: n, n: this.i18n.formatNumber(n) });
    queueMicrotask(() => this.options.onResults(text));
  }

  /** Takes in the data (`.features` or the feed's) and recomputes what changed. Returns true when the data itself changed. */
  sync(source: unknown): boolean {
    const dataChanged = source !== this.source;
    if (dataChanged) {
      this.source = source;
      this.all = usableAttractions(source);
      this.index = new Map(this.all.map((a) => [a.id, a]));
      this.counts = categoryCounts(this.all);
      this.names = feedCategoryNames(this.all, this.counts.length);
      this.labelsLang = undefined;
      this.keys = undefined;
      this.keysFor = undefined;
      if (this.applied) this.prepareSearch();
      this.dirty = true;
    }
    if (this.labelsLang !== this.i18n.lang) {
      this.labelsLang = this.i18n.lang;
      this.labels = new Map(this.counts.map(([c]) => [c, this.nameOf(c)]));
    }
    // Category names are searched too: a new language filters again.
    if (this.applied && this.filteredLang !== this.i18n.lang) this.dirty = true;
    // While the search keys are on their way, the list keeps what it showed.
    if (this.dirty && (dataChanged || !this.applied || this.keys)) {
      this.dirty = false;
      this.visible = this.filter();
      this.filteredLang = this.i18n.lang;
    }
    return dataChanged;
  }

  /** A category's name in the page's language: the feed's own when it gives one, else ours. */
  label(category: string, plural = false): string {
    const names = this.labels.get(category) ?? this.nameOf(category);
    return plural ? names.many : names.one;
  }

  byId(id: string | null | undefined): MapAttraction | undefined {
    return id ? this.index.get(id) : undefined;
  }

  /** True once, after the filter or the search changed (the map then shows all that is left). */
  takeRefit(): boolean {
    const refit = this.refit;
    this.refit = false;
    return refit;
  }

  setActive(active: Set<string> | null) {
    this.active = active;
    this.changed();
  }

  /** Shows a place's category too (a deep link or the host chose it). */
  reveal(category: string) {
    if (this.active && !this.active.has(category)) this.setActive(new Set([...this.active, category]));
  }

  /** The visitor typed: the field follows at once, the list a moment later. */
  type(text: string) {
    this.query = text;
    this.prepareSearch();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(this.query), SEARCH_DELAY_MS);
    this.host.requestUpdate();
  }

  /** Applies a search now (deep link, or typing paused). */
  search(text: string) {
    clearTimeout(this.timer);
    this.query = text;
    // A word is a run of letters or digits (as the search reads it): punctuation alone searches nothing.
    const next = /[\p{L}\p{N}]/u.test(text) ? { text: text.trim() } : null;
    if ((next?.text ?? '') === (this.applied?.text ?? '')) return this.host.requestUpdate();
    this.applied = next;
    this.announce = true;
    if (next) this.prepareSearch();
    this.changed();
    this.options.onSearch();
  }

  /** True when the place is left by the current search (or there is none). */
  inSearch(a: MapAttraction): boolean {
    if (!this.applied) return true;
    const query = this.words();
    if (!query || !this.keys) return false;
    return this.finder!.matches(query, this.keys[this.all.indexOf(a)], this.categoryKeys().get(a.category));
  }

  /** Turns to the page that lists `a` (after `reveal`), if it is listed. */
  showPageOf(a: MapAttraction) {
    if (this.dirty) this.visible = this.filter();
    this.dirty = false;
    const index = this.visible.indexOf(a);
    if (index >= 0 && Math.floor(index / LIST_PAGE) !== this.page) {
      this.page = Math.floor(index / LIST_PAGE);
      this.host.requestUpdate();
    }
  }

  /** The visitor's position arrived: distances, and the nearest places first. */
  setOrigin(origin: { lat: number; lon: number }) {
    this.origin = origin;
    this.nearest = true;
    this.dirty = true;
    this.page = 0;
    this.host.requestUpdate();
  }

  setNearest(nearest: boolean) {
    this.nearest = nearest && !!this.origin;
    this.dirty = true;
    this.page = 0;
    this.host.requestUpdate();
  }

  setPage(page: number) {
    this.page = page;
    this.host.requestUpdate();
  }

  /** Builds the search keys unless they are there or on their way (the field got focus: the visitor is about to type). */
  prepareSearch() {
    const items = this.all;
    if (this.keysFor === items) return;
    this.keysFor = items;
    (this.finder ? Promise.resolve(this.finder) : import('./search.js'))
      .then((finder) => {
        this.finder = finder;
        return finder.buildSearchKeys(items);
      })
      .then(
        (keys) => {
          if (this.keysFor !== items) return;
          this.keys = keys;
          if (this.applied) this.changed();
        },
        (error: unknown) => {
          if (this.keysFor === items) this.keysFor = undefined; // the next keystroke tries again
          console.warn('[civic-widgets] the map search could not be loaded', error);
        },
      );
  }

  private changed() {
    this.dirty = true;
    this.refit = true;
    this.page = 0;
    this.host.requestUpdate();
  }

  private nameOf(category: string) {
    const own = this.names.get(category);
    if (own) {
      const text = this.i18n.pick(own).text;
      return { one: text, many: text }; // a feed names a category once, not per number
    }
    return { one: categoryLabel(this.i18n, category), many: categoryLabel(this.i18n, category, true) };
  }

  private categoryKeys() {
    return new Map(this.counts.map(([c]) => [c, this.finder!.categoryKey(this.label(c), this.label(c, true))]));
  }

  /** The applied search as words to match, once the search code is there. */
  private words(): Query | undefined {
    if (!this.applied || !this.finder) return undefined;
    if (this.parsed?.text !== this.applied.text) this.parsed = { text: this.applied.text, query: this.finder.parseQuery(this.applied.text) };
    return this.parsed.query;
  }

  /** The places the category filter and the search leave, in list order (nearest first when asked). */
  private filter(): MapAttraction[] {
    const left = this.narrow();
    return this.nearest && this.origin ? byDistance(left, this.origin) : left;
  }

  private narrow(): MapAttraction[] {
    const active = this.active;
    const query = this.keys ? this.words() : undefined;
    if (!active && !query) return this.all;
    const names = query ? this.categoryKeys() : undefined;
    const keys = this.keys;
    const out: MapAttraction[] = [];
    for (let i = 0; i < this.all.length; i++) {
      const a = this.all[i];
      if (active && !active.has(a.category)) continue;
      if (query && !this.finder!.matches(query, keys![i], names!.get(a.category))) continue;
      out.push(a);
    }
    return out;
  }
}

/** The places sorted by their distance from `origin` (a sort of indices over a typed array: quick for 100,000). */
function byDistance(places: readonly MapAttraction[], origin: { lat: number; lon: number }): MapAttraction[] {
  const km = new Float64Array(places.length);
  for (let i = 0; i < places.length; i++) km[i] = distanceKm(origin, places[i]) ?? Infinity;
  const order = new Uint32Array(places.length).map((_, i) => i).sort((a, b) => km[a] - km[b] || a - b);
  return Array.from(order, (i) => places[i]);
}

/** The first language map each category comes with (a feed names its categories the same way on every place). */
function feedCategoryNames(places: readonly MapAttraction[], categories: number): Map<string, Localized> {
  const names = new Map<string, Localized>();
  for (const a of places) {
    if (a.categoryName && !names.has(a.category)) {
      names.set(a.category, a.categoryName);
      if (names.size === categories) break;
    }
  }
  return names;
}
