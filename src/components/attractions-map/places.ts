import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { I18nController } from '../../controllers/i18n-controller.js';
import { categoryCounts, categoryLabel, usableAttractions, type MapAttraction } from './attractions-map-helpers.js';
import { buildSearchKeys, categoryKey, matches, parseQuery, type Query } from './search.js';
import { LIST_PAGE } from './list.js';

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
  applied: { text: string; query: Query } | null = null;
  /** The page of the list (0-based). */
  page = 0;

  private source?: unknown;
  private index = new Map<string, MapAttraction>();
  private keys?: string[];
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
      this.keys = undefined;
      this.keysFor = undefined;
      if (this.applied) this.prepareSearch();
      this.dirty = true;
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
    const query = parseQuery(text);
    const next = query.words.length ? { text: text.trim(), query } : null;
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
    if (!this.keys) return false;
    return matches(this.applied.query, this.keys[this.all.indexOf(a)], this.categoryKeys().get(a.category));
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

  setPage(page: number) {
    this.page = page;
    this.host.requestUpdate();
  }

  /** Builds the search keys unless they are there or on their way (the field got focus: the visitor is about to type). */
  prepareSearch() {
    const items = this.all;
    if (this.keysFor === items) return;
    this.keysFor = items;
    buildSearchKeys(items).then((keys) => {
      if (this.keysFor !== items) return;
      this.keys = keys;
      if (this.applied) this.changed();
    });
  }

  private changed() {
    this.dirty = true;
    this.refit = true;
    this.page = 0;
    this.host.requestUpdate();
  }

  private categoryKeys() {
    return new Map(this.counts.map(([c]) => [c, categoryKey(categoryLabel(this.i18n, c), categoryLabel(this.i18n, c, true))]));
  }

  /** The places the category filter and the search leave, in list order. */
  private filter(): MapAttraction[] {
    const active = this.active;
    const query = this.applied && this.keys ? this.applied.query : null;
    if (!active && !query) return this.all;
    const names = this.categoryKeys();
    const keys = this.keys;
    const out: MapAttraction[] = [];
    for (let i = 0; i < this.all.length; i++) {
      const a = this.all[i];
      if (active && !active.has(a.category)) continue;
      if (query && !matches(query, keys![i], names.get(a.category))) continue;
      out.push(a);
    }
    return out;
  }
}
