import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { civicElement } from '../../define.js';
import { themeStyles } from '../../ui/theme.styles.js';
import { I18nController } from '../../controllers/i18n-controller.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { renderFeedStatus, feedStatusStyles } from '../../ui/feed-status.js';
import { CivicAttractionSelectEvent, CivicCategoryChangeEvent } from '../../events.js';
import type { Attraction } from '../../feeds/types.js';
import { MapConsentController } from '../../map/consent.js';
import { MapVisibilityController } from '../../map/visibility.js';
import { loadLeaflet } from '../../map/leaflet.js';
import { renderConsentPlaceholder, isOwnTileServer, tileHost } from '../../map/placeholder.js';
import { isApplePlatform, type GestureHint } from '../../map/gestures.js';
import { knownCategory } from '../../map/categories.js';
import { mapStyles } from '../../map/map.styles.js';
import type { ClusteredMapView, MapPoint, Activation } from '../../map/map-view.js';
import { attractionsMapStyles } from './attractions-map.styles.js';
import {
  DEFAULT_DIRECTIONS_URL,
  DEFAULT_TILE_URL,
  OSM_COPYRIGHT_URL,
  categoryCounts,
  directionsUrl,
  glyph,
  parseCategories,
  readHash,
  safeUrl,
  telUrl,
  usableAttractions,
  writeHash,
  type MapAttraction,
} from './attractions-map-helpers.js';
import '../../feeds/parse-attractions.js'; // registers the GeoJSON parser this element reads
import './strings.js'; // this element's section of the locales
import { hideBrokenImage } from '../../ui/hide-broken-image.js';
import { pageBase } from '../../feeds/environment.js';
import { isReplaying } from '../../controllers/prerendered.js';

/** How many list entries are rendered before "Show more". */
const LIST_PAGE = 50;

type MapState = 'idle' | 'loading' | 'ready' | 'error';
/** Where a selection came from: focus returns there when the details close. */
type Origin = 'list' | 'marker' | 'other';

/** A feed's own category identifier as a label: "park-miejski" → "Park miejski". */
const ownCategoryName = (id: string) => {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
};

/**
 * A tourist's map of attractions: category markers clustered with supercluster, a legend
 * that filters, a details panel, and a list synced with the map that is the keyboard and
 * screen-reader alternative (and what shows before consent or when the map cannot load).
 * Privacy by default: no tile request before the visitor's consent (two clicks), Leaflet
 * loaded only when the map is visible and consented. Works under strict CSP + Trusted Types.
 *
 * @fires civic-attraction-select - An attraction was selected or its details closed (`detail.id`, `detail.attraction`).
 * @fires civic-category-change - The visitor changed the category filter (`detail.categories`, `detail.all`).
 * @slot placeholder - A site-provided picture shown behind the consent text (e.g. a static map image served by the site); default: an outline of the points.
 * @csspart legend - The category filter.
 * @csspart map - The map frame (placeholder, map, controls).
 * @csspart consent - The consent placeholder.
 * @csspart outline - The static outline of the points in the placeholder.
 * @csspart controls - Zoom, fullscreen and location buttons.
 * @csspart attribution - The tile attribution.
 * @csspart details - The details panel of the selected attraction.
 * @csspart photo - The photo in the details panel.
 * @csspart list - The list of attractions.
 * @csspart item - One entry (button) of the list.
 * @cssprop --civic-map-height - Height of the map frame (default 28rem on wide, 20rem on narrow containers).
 * @cssprop --civic-map-side-width - Width of the side column on wide containers (default 20rem).
 *
 * @customElement civic-attractions-map
 */
@civicElement('civic-attractions-map')
export class CivicAttractionsMap extends LitElement {
  static override styles = [themeStyles, feedStatusStyles, mapStyles, attractionsMapStyles];

  private readonly i18n = new I18nController(this);
  private readonly feed = new FeedController(this, {
    kind: 'attractions',
    lang: () => this.i18n.lang,
    src: () => (this.features ? null : this.src), // `.features` wins: no request then
  });
  private readonly consentController = new MapConsentController(
    this,
    () => this.consent === 'granted' || isOwnTileServer(this.tileUrl),
  );
  private readonly visibility = new MapVisibilityController(this, () => this.mapView?.invalidateSize());

  /** GeoJSON feed of attractions (FeatureCollection of Points); `{lang}` is replaced. */
  @property() src?: string;
  /** Seconds before a feed request gives up. */
  @property({ type: Number }) timeout = 10;
  /** Seconds between feed refreshes; 0 = never. */
  @property({ type: Number }) refresh = 0;
  /** Attractions given directly; wins over `src` when set. */
  @property({ attribute: false }) features?: Attraction[];
  /** Categories shown at first, e.g. "museum, park"; empty = all. */
  @property() categories = '';
  /**
   * `ask` (default): two-click consent before any tile request to another server; `granted`:
   * load at once (the site handles consent itself). Tiles from the page's own origin (a
   * relative or same-origin `tile-url`) and an empty `tile-url` need no consent, as no third
   * party is contacted: the map then loads at once with either value.
   */
  @property() consent: 'ask' | 'granted' = 'ask';
  /** Tile URL template; empty for no tile layer. Default: OpenStreetMap's standard tiles. */
  @property({ attribute: 'tile-url' }) tileUrl = DEFAULT_TILE_URL;
  /** Attribution text of the tiles (default: "© OpenStreetMap contributors", localized, linked). */
  @property({ attribute: 'tile-attribution' }) tileAttribution?: string;
  /** Link of the attribution (http/https). */
  @property({ attribute: 'tile-attribution-url' }) tileAttributionUrl?: string;
  /** Highest zoom level of the tiles. */
  @property({ type: Number, attribute: 'max-zoom' }) maxZoom = 19;
  /** Route planner URL template with `{lat}`, `{lon}`, `{name}`; default OpenStreetMap directions. */
  @property({ attribute: 'directions-url' }) directionsUrl = DEFAULT_DIRECTIONS_URL;
  /** Opt in to deep links: `#poi=<id>` and `#cat=a,b` are written on selection and read on load and hashchange. */
  @property({ type: Boolean }) hash = false;
  /** `map` (default): map with the list; `list`: the list alone, no map at all. */
  @property() view: 'map' | 'list' = 'map';
  /** Id of the selected attraction (reflected), or null. */
  @property({ reflect: true }) selected: string | null = null;

  @state() private active: Set<string> | null = null;
  @state() private mapState: MapState = 'idle';
  @state() private hint: GestureHint = null;
  @state() private listLimit = LIST_PAGE;
  @state() private isFullscreen = false;
  @state() private announcement = '';
  @state() private zoom = { in: true, out: true };

  private mapView?: ClusteredMapView;
  private pointsVersion?: unknown;
  private origin: Origin = 'other';
  private focusDetails = false;
  private hashRead = false;
  /** The visitor pressed a consent button: focus moves into the map (the button is gone). */
  private focusMap: 'no' | 'now' | 'wait' = 'no';
  private readonly onHashChange = () => this.applyHash();
  private readonly onFullscreenChange = () => {
    this.isFullscreen = document.fullscreenElement === this;
    this.updateComplete.then(() => this.mapView?.invalidateSize());
  };

  // ── lifecycle ──────────────────────────────────────────────────────────────────────

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    if (this.hasUpdated) this.requestUpdate(); // moved in the page: the map is drawn again
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.mapView?.destroy();
    this.mapView = undefined;
    this.pointsVersion = undefined;
    if (this.mapState !== 'error') this.mapState = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('categories')) {
      const wanted = parseCategories(this.categories);
      this.active = wanted.length ? new Set(wanted) : null;
    }
    if (this.hash && !this.hashRead && !isReplaying(this)) {
      this.hashRead = true; // once, at the first render that is not the server's replayed
      this.applyHash();
    }
    // A deep link that arrived before the data: once it is there, reveal its category too.
    const chosen = this.byId(this.selected);
    if (chosen && this.active && !this.active.has(chosen.category)) this.active = new Set([...this.active, chosen.category]);
  }

  protected override updated(changed: PropertyValues<this>) {
    // Deferred a microtask: starting the load sets state, which must not happen inside updated().
    if (this.shouldLoadMap()) queueMicrotask(() => this.shouldLoadMap() && void this.loadMap());
    if (this.mapView) {
      const version = [this.attractions, this.active];
      if (this.pointsVersion === undefined || version.some((v, i) => v !== (this.pointsVersion as unknown[])[i])) {
        const fit = this.pointsVersion !== undefined && (this.pointsVersion as unknown[])[1] !== this.active;
        this.pointsVersion = version;
        this.mapView.setPoints(this.mapPoints(), fit);
        this.mapView.setSelected(this.selected, !!this.selected);
      } else if (changed.has('selected')) {
        this.mapView.setSelected(this.selected, !!this.selected);
      }
      this.mapView.relabel();
    }
    if (this.focusMap !== 'no') this.moveFocusIntoMap();
    if (this.focusDetails) {
      this.focusDetails = false;
      this.renderRoot.querySelector<HTMLElement>('.details-title')?.focus();
    }
    if (changed.has('selected') && this.selected && this.origin === 'marker') {
      // Chosen on the map: bring its details into view (focus stays on the map).
      this.renderRoot.querySelector('.details')?.scrollIntoView({ block: 'nearest' });
    }
  }

  // ── public API ─────────────────────────────────────────────────────────────────────

  /** The attractions the element shows (before filtering). */
  get attractions(): MapAttraction[] {
    return this.cachedAttractions(this.features ?? this.feed.data?.attractions);
  }

  /** Selects an attraction by id (null clears), as a click would; shows it on the map and in the list. */
  select(id: string | null) {
    this.setSelection(id, 'other', false);
  }

  /** Loads the map now, as the "Load map" button does (consent for this element only). */
  loadMapNow(remember = false) {
    this.consentController.grant(remember);
  }

  // ── data ───────────────────────────────────────────────────────────────────────────

  private lastInput?: unknown;
  private lastUsable: MapAttraction[] = [];
  private index = new Map<string, MapAttraction>();
  private cachedAttractions(input: unknown): MapAttraction[] {
    if (input !== this.lastInput) {
      this.lastInput = input;
      this.lastUsable = usableAttractions(input);
      this.index = new Map(this.lastUsable.map((a) => [a.id, a]));
    }
    return this.lastUsable;
  }

  private lastFilterKey?: unknown[];
  private lastFiltered: MapAttraction[] = [];
  private get visible(): MapAttraction[] {
    const all = this.attractions;
    const key = [all, this.active];
    if (!this.lastFilterKey || key.some((v, i) => v !== this.lastFilterKey![i])) {
      this.lastFilterKey = key;
      const active = this.active;
      this.lastFiltered = active ? all.filter((a) => active.has(a.category)) : all;
    }
    return this.lastFiltered;
  }

  private mapPoints(): MapPoint[] {
    return this.visible.map((a) => ({ id: a.id, lat: a.lat, lon: a.lon, category: a.category }));
  }

  private byId(id: string | null): MapAttraction | undefined {
    if (!id) return undefined;
    this.cachedAttractions(this.features ?? this.feed.data?.attractions);
    return this.index.get(id);
  }

  private name(a: Attraction) {
    return this.i18n.pick(a.name, a.language);
  }

  /** A category's name: ours translated, a feed's own ("spa", "zabytek") as it comes. */
  private categoryLabel(category: string, plural = false) {
    const known = knownCategory(category);
    if (known === 'other' && category !== 'other') return ownCategoryName(category);
    return this.i18n.t(`map.${plural ? 'categories' : 'category'}.${known}`);
  }

  // ── map loading ────────────────────────────────────────────────────────────────────

  private shouldLoadMap() {
    return (
      this.view !== 'list' &&
      this.mapState === 'idle' &&
      this.consentController.state === 'granted' &&
      this.visibility.seen &&
      this.isConnected
    );
  }

  private async loadMap() {
    this.mapState = 'loading';
    try {
      const [{ L, css }, { ClusteredMapView }] = await Promise.all([
        loadLeaflet(),
        import('../../map/map-view.js'),
      ]);
      const root = this.renderRoot as ShadowRoot;
      if (css.styleSheet && !root.adoptedStyleSheets.includes(css.styleSheet)) {
        // Leaflet's sheet first, so the element's own rules override it.
        root.adoptedStyleSheets = [css.styleSheet, ...root.adoptedStyleSheets];
      }
      await this.updateComplete;
      const container = this.renderRoot.querySelector<HTMLElement>('.leaflet-host');
      if (!container || !this.isConnected) {
        this.mapState = 'idle';
        return;
      }
      this.mapView = new ClusteredMapView({
        L,
        container,
        tileUrl: this.tileUrl,
        maxZoom: Number.isFinite(this.maxZoom) && this.maxZoom > 0 ? Math.min(this.maxZoom, 22) : 19,
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        describe: {
          map: () => this.i18n.t('map.mapLabel'),
          point: (id) => {
            const a = this.byId(id);
            return a ? `${this.name(a).text}, ${this.categoryLabel(a.category)}` : id;
          },
          cluster: (count) => this.i18n.t('common.attractions', { count }),
          count: (count) => this.i18n.formatNumber(count, { notation: 'compact' }),
        },
        onActivate: (id, via) => this.onMarkerActivate(id, via),
        onHint: (hint) => (this.hint = hint),
        onViewChange: () => queueMicrotask(() => this.updateZoomButtons()),
      });
      this.pointsVersion = undefined;
      this.mapState = 'ready';
    } catch (error) {
      console.warn('<civic-attractions-map>: the map could not be loaded', error);
      this.mapView?.destroy();
      this.mapView = undefined;
      this.mapState = 'error';
    }
  }

  /**
   * After "Load map": focus goes to the map area at once (not to the page's <body> while
   * Leaflet loads); once drawn, Leaflet's keyboard handler is told it has focus (arrow and
   * +/- keys work at once) and "Map loaded" is said. When loading fails,
   * focus goes to "Try again". A visitor who moved on meanwhile keeps their focus.
   */
  private moveFocusIntoMap() {
    if (this.consentController.state !== 'granted') return;
    const host = this.renderRoot.querySelector<HTMLElement>('.leaflet-host');
    if (this.focusMap === 'now') {
      this.focusMap = 'wait';
      host?.focus({ preventScroll: true });
    }
    const stillThere = !!host && (this.renderRoot as ShadowRoot).activeElement === host;
    if (this.mapState === 'error') {
      this.focusMap = 'no';
      if (stillThere) this.renderRoot.querySelector<HTMLElement>('.map-error button')?.focus();
    } else if (this.mapState === 'ready') {
      this.focusMap = 'no';
      // Leaflet listens for focus only from now on: tell it the map already has it, so the
      // arrow and +/- keys work at once (a blur and refocus would lose the visible focus ring).
      if (stillThere) host.dispatchEvent(new FocusEvent('focus'));
      queueMicrotask(() => (this.announcement = this.i18n.t('map.loaded'))); // never set state inside updated()
    }
  }

  private updateZoomButtons() {
    if (!this.mapView) return;
    const next = { in: this.mapView.canZoomIn, out: this.mapView.canZoomOut };
    if (next.in !== this.zoom.in || next.out !== this.zoom.out) this.zoom = next;
  }

  // ── selection, filter, hash ────────────────────────────────────────────────────────

  private setSelection(id: string | null, origin: Origin, moveFocus: boolean) {
    const a = this.byId(id);
    const next = a ? a.id : null;
    if (next && this.active && !this.active.has(a!.category)) {
      this.active = new Set([...this.active, a!.category]); // a deep link or host call reveals its category
    }
    if (next) {
      const index = this.visible.findIndex((v) => v.id === next);
      if (index >= this.listLimit) this.listLimit = Math.ceil((index + 1) / LIST_PAGE) * LIST_PAGE;
      this.origin = origin;
    }
    this.focusDetails = moveFocus && !!next;
    if (next === this.selected) return;
    // Without a focus move (pointer on the map, deep link, host call) say what was chosen.
    if (next && !moveFocus) this.announcement = this.i18n.t('map.selected', { name: this.name(a!).text });
    this.selected = next;
    this.writeHash();
    this.dispatchEvent(new CivicAttractionSelectEvent({ id: next, attraction: a ?? null }));
  }

  private setActive(wanted: Set<string> | null) {
    const all = categoryCounts(this.attractions).map(([c]) => c);
    const active = wanted && all.every((c) => wanted.has(c)) ? null : wanted;
    this.active = active;
    const selected = this.byId(this.selected);
    if (selected && active && !active.has(selected.category)) this.setSelection(null, 'other', false);
    const shown = active ? all.filter((c) => active.has(c)) : all;
    this.writeHash();
    this.announcement = this.i18n.t('map.filter.shown', {
      shown: this.visible.length,
      total: this.attractions.length,
    });
    this.dispatchEvent(new CivicCategoryChangeEvent({ categories: shown, all: active === null }));
  }

  private applyHash() {
    if (!this.hash) return;
    const { poi, cat } = readHash(location.hash);
    if (cat) this.active = cat.length ? new Set(cat) : null;
    if (poi !== undefined || cat) {
      if (poi && !this.byId(poi) && this.attractions.length === 0) {
        this.selected = poi; // data not there yet: kept until it arrives
        return;
      }
      this.setSelection(poi ?? null, 'other', false);
    }
  }

  private writeHash() {
    if (!this.hash) return;
    const hash = writeHash(this.selected, this.active ? [...this.active] : null);
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = new URL(location.href);
    url.hash = hash;
    history.replaceState(history.state, '', url.href);
  }

  // ── handlers ───────────────────────────────────────────────────────────────────────

  private onConsent(remember: boolean) {
    this.focusMap = 'now';
    this.consentController.grant(remember);
  }

  private onMarkerActivate(id: string, via: Activation) {
    this.setSelection(id, 'marker', via === 'keyboard');
  }

  private onItemClick(id: string) {
    this.setSelection(id, 'list', true);
  }

  private onListKeydown(event: KeyboardEvent) {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(event.key)) return;
    const items = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.item')];
    const index = items.indexOf(event.target as HTMLButtonElement);
    if (index === -1) return;
    event.preventDefault();
    const next =
      event.key === 'Home' ? 0
      : event.key === 'End' ? items.length - 1
      : Math.max(0, Math.min(items.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)));
    items[next].focus();
  }

  private onCloseDetails() {
    const id = this.selected;
    const origin = this.origin;
    this.setSelection(null, 'other', false);
    this.updateComplete.then(() => {
      if (origin === 'marker' && id && this.mapView?.focusPoint(id)) return;
      const item = id ? this.renderRoot.querySelector<HTMLElement>(`.item[data-id="${CSS.escape(id)}"]`) : null;
      item?.focus();
    });
  }

  /** Escape closes the open details from anywhere in the map (the details, a marker, the list). */
  private onDetailsKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.selected && !event.defaultPrevented) {
      // Escape closes the details only, not a modal <dialog> the map sits in.
      event.preventDefault();
      event.stopPropagation();
      this.onCloseDetails();
    }
  }

  private onCategoryToggle(category: string, checked: boolean) {
    const all = categoryCounts(this.attractions).map(([c]) => c);
    const active = new Set(this.active ?? all);
    if (checked) active.add(category);
    else active.delete(category);
    this.setActive(active);
  }

  private onShowAll() {
    this.setActive(null);
  }

  private async onFullscreen() {
    try {
      if (document.fullscreenElement === this) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      /* refused (iframe without allowfullscreen): the button simply does nothing */
    }
  }

  private onLocate() {
    if (!('geolocation' in navigator)) {
      this.announcement = this.i18n.t('map.controls.locateError');
      return;
    }
    this.announcement = this.i18n.t('map.controls.locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude, longitude, accuracy } = position.coords;
        this.mapView?.showLocation(latitude, longitude, accuracy);
        this.announcement = this.i18n.t('map.controls.located');
      },
      (error) => {
        this.announcement = this.i18n.t(
          error.code === error.PERMISSION_DENIED ? 'map.controls.locateDenied' : 'map.controls.locateError',
        );
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
    );
  }

  private onRetryMap() {
    this.mapState = 'idle';
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────

  private renderLegend() {
    const counts = categoryCounts(this.attractions);
    if (counts.length < 2) return nothing;
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    return html`<div class="legend" part="legend" role="group" aria-labelledby="legend-title">
      <div class="legend-head">
        <span class="legend-title" id="legend-title">${t('map.categories.legend')}</span>
        <button type="button" class="link-button show-all" ?data-idle=${!this.active} @click=${this.onShowAll}>
          ${t('map.filter.all')}
        </button>
      </div>
      <div class="chips">
        ${counts.map(
          ([category, count]) => html`<label class="chip">
            <input
              type="checkbox"
              .checked=${!this.active || this.active.has(category)}
              @change=${(e: Event) => this.onCategoryToggle(category, (e.target as HTMLInputElement).checked)}
            />
            ${glyph(category)}
            <span class="chip-label">${this.categoryLabel(category, true)}</span>
            <span class="chip-count">${this.i18n.formatNumber(count)}</span>
          </label>`,
        )}
      </div>
    </div>`;
  }

  private renderAttribution() {
    if (!this.tileUrl || this.mapState !== 'ready') return nothing;
    const isDefault = this.tileUrl === DEFAULT_TILE_URL;
    const text = this.tileAttribution ?? (isDefault ? this.i18n.t('map.attribution') : '');
    if (!text) return nothing;
    const href = safeUrl(this.tileAttributionUrl) ?? (this.tileAttribution === undefined && isDefault ? OSM_COPYRIGHT_URL : undefined);
    return html`<div class="attribution" part="attribution">
      ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>` : text}
    </div>`;
  }

  private renderControls() {
    if (this.mapState !== 'ready') return nothing;
    const t = (k: string) => this.i18n.t(k);
    const fullscreen = document.fullscreenEnabled;
    return html`<div class="controls" part="controls" role="group" aria-label=${t('map.controls.label')}>
      <button type="button" class="control zoom-in" aria-label=${t('map.controls.zoomIn')} title=${t('map.controls.zoomIn')}
        aria-disabled=${String(!this.zoom.in)} @click=${() => this.zoom.in && this.mapView?.zoomIn()}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z" fill="currentColor"></path></svg>
      </button>
      <button type="button" class="control zoom-out" aria-label=${t('map.controls.zoomOut')} title=${t('map.controls.zoomOut')}
        aria-disabled=${String(!this.zoom.out)} @click=${() => this.zoom.out && this.mapView?.zoomOut()}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 11h14v2H5z" fill="currentColor"></path></svg>
      </button>
      ${fullscreen
        ? html`<button type="button" class="control fullscreen" aria-pressed=${String(this.isFullscreen)}
            aria-label=${t(this.isFullscreen ? 'map.controls.exitFullscreen' : 'map.controls.fullscreen')}
            title=${t(this.isFullscreen ? 'map.controls.exitFullscreen' : 'map.controls.fullscreen')} @click=${this.onFullscreen}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${this.isFullscreen ? 'M8 3v5H3v2h7V3zm8 0h-2v7h7V8h-5zM3 14v2h5v5h2v-7zm11 0v7h2v-5h5v-2z' : 'M3 3h7v2H5v5H3zm11 0h7v7h-2V5h-5zM3 14h2v5h5v2H3zm16 0h2v7h-7v-2h5z'} fill="currentColor"></path></svg>
          </button>`
        : nothing}
      <button type="button" class="control locate" aria-label=${t('map.controls.locate')} title=${t('map.controls.locate')} @click=${this.onLocate}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M11 2h2v3.1A7 7 0 0 1 18.9 11H22v2h-3.1A7 7 0 0 1 13 18.9V22h-2v-3.1A7 7 0 0 1 5.1 13H2v-2h3.1A7 7 0 0 1 11 5.1zm1 5a5 5 0 1 0 0 10 5 5 0 0 0 0-10zm0 2.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z" fill="currentColor"></path></svg>
      </button>
    </div>`;
  }

  private renderMapFrame() {
    if (this.view === 'list') return nothing;
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const pending = this.consentController.state !== 'granted';
    const hintText =
      this.hint === 'wheel' ? t(isApplePlatform() ? 'map.gesture.wheelMac' : 'map.gesture.wheel')
      : this.hint === 'touch' ? t('map.gesture.touch')
      : '';
    return html`<div class="map-frame" part="map" data-state=${pending ? 'consent' : this.mapState}>
      <div class="leaflet-host" tabindex="-1"></div>
      ${pending
        ? renderConsentPlaceholder({
            title: t('map.consent.title'),
            text: t('map.consent.text', { host: tileHost(this.tileUrl || pageBase()) }),
            loadLabel: t('map.consent.load'),
            alwaysLabel: t('map.consent.always'),
            onLoad: () => this.onConsent(false),
            onAlways: () => this.onConsent(true),
            points: this.visible,
            slot: 'placeholder',
          })
        : nothing}
      ${!pending && this.mapState === 'loading' ? html`<p class="map-message">${t('map.loading')}</p>` : nothing}
      ${this.mapState === 'error'
        ? html`<div class="map-message map-error" role="alert">
            <p>${t('map.loadError')}</p>
            <button type="button" class="button" @click=${this.onRetryMap}>${t('common.retry')}</button>
          </div>`
        : nothing}
      ${this.renderControls()} ${this.renderAttribution()}
      ${hintText ? html`<div class="gesture-hint" aria-hidden="true">${hintText}</div>` : nothing}
    </div>`;
  }

  private renderDetails() {
    const a = this.byId(this.selected);
    if (!a) return nothing;
    const t = (k: string) => this.i18n.t(k);
    const feedLang = a.language;
    const name = this.pick(a.name, feedLang);
    const description = this.pick(a.description, feedLang);
    const address = this.pick(a.address, feedLang);
    const hours = this.pick(a.openingHours, feedLang);
    const imageAlt = this.pick(a.imageAlt, feedLang);
    const image = safeUrl(a.image);
    const website = safeUrl(a.url);
    const tel = telUrl(a.phone);
    const directions = directionsUrl(this.directionsUrl || DEFAULT_DIRECTIONS_URL, a, name.text);
    const langOf = (p: { lang?: string }) => (p.lang && p.lang !== this.i18n.lang ? p.lang : nothing);
    return html`<section class="details" part="details" aria-labelledby="details-title" @keydown=${this.onDetailsKeydown}>
      <div class="details-head">
        <span class="badge">${glyph(a.category, 20)} ${this.categoryLabel(a.category)}</span>
        <button type="button" class="close" aria-label=${t('map.details.close')} title=${t('map.details.close')} @click=${this.onCloseDetails}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z" fill="currentColor"></path></svg>
        </button>
      </div>
      <h3 class="details-title" id="details-title" tabindex="-1" lang=${langOf(name)}>${name.text}</h3>
      ${image
        ? html`<img part="photo" class="photo" src=${image} alt=${imageAlt.text} lang=${langOf(imageAlt)} loading="lazy" decoding="async" @error=${hideBrokenImage} />`
        : nothing}
      ${description.text ? html`<p class="description" lang=${langOf(description)}>${description.text}</p>` : nothing}
      <dl class="facts">
        ${address.text ? html`<div><dt>${t('map.details.address')}</dt><dd lang=${langOf(address)}>${address.text}</dd></div>` : nothing}
        ${hours.text ? html`<div><dt>${t('map.details.openingHours')}</dt><dd lang=${langOf(hours)}>${hours.text}</dd></div>` : nothing}
        ${tel ? html`<div><dt>${t('map.details.phone')}</dt><dd><a href=${tel}>${a.phone}</a></dd></div>` : nothing}
        ${website
          ? html`<div><dt>${t('map.details.website')}</dt><dd><a href=${website} target="_blank" rel="noopener noreferrer">${new URL(website).host}<span class="visually-hidden"> ${t('map.details.opensNewTab')}</span></a></dd></div>`
          : nothing}
      </dl>
      ${a.approximate || a.locationPrecision === 'approximate' ? html`<p class="note">${t('map.details.approximate')}</p>` : nothing}
      ${directions
        ? html`<a class="button directions" href=${directions} target="_blank" rel="noopener noreferrer">${t('map.details.directions')}<span class="visually-hidden"> ${t('map.details.opensNewTab')}</span></a>`
        : nothing}
    </section>`;
  }

  private pick(value: Attraction['name'] | undefined, feedLang?: string) {
    return this.i18n.pick(value, feedLang);
  }

  private renderList() {
    const t = (k: string, o?: Record<string, unknown>) => this.i18n.t(k, o);
    const visible = this.visible;
    const shown = visible.slice(0, this.listLimit);
    const rest = visible.length - shown.length;
    return html`<section class="list-wrap" aria-labelledby="list-title">
      <h3 class="list-title" id="list-title">
        ${t('map.list.title')} <span class="list-count">(${t('common.attractions', { count: visible.length })})</span>
      </h3>
      ${visible.length === 0
        ? html`<p class="empty">${this.attractions.length ? t('map.filter.none') : t('map.empty')}</p>`
        : html`<ul class="list" part="list" @keydown=${this.onListKeydown}>
            ${shown.map((a) => {
              const name = this.name(a);
              return html`<li>
                <button type="button" part="item" class="item" data-id=${a.id}
                  aria-current=${this.selected === a.id ? 'true' : nothing} @click=${() => this.onItemClick(a.id)}>
                  ${glyph(a.category, 22)}
                  <span class="item-text">
                    <span class="item-name" lang=${name.lang && name.lang !== this.i18n.lang ? name.lang : nothing}>${name.text}</span>
                    <span class="item-category">${this.categoryLabel(a.category)}</span>
                  </span>
                </button>
              </li>`;
            })}
          </ul>`}
      ${rest > 0
        ? html`<button type="button" class="button more" @click=${() => (this.listLimit += LIST_PAGE)}>
            ${t('map.list.more', { count: this.i18n.formatNumber(rest) })}
          </button>`
        : nothing}
    </section>`;
  }

  override render() {
    const status = this.features ? nothing : renderFeedStatus(this.feed, this.i18n);
    if (this.feed.state === 'error' && !this.features && this.attractions.length === 0) {
      return html`${status}`;
    }
    return html`
      ${status} ${this.renderLegend()}
      <div class="layout ${this.view === 'list' ? 'list-only' : ''}" @keydown=${this.onDetailsKeydown}>
        ${this.renderMapFrame()}
        <div class="side">${this.renderDetails()} ${this.renderList()}</div>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-attractions-map': CivicAttractionsMap;
  }
}

export * from '../../page-settings.js'; // the page-wide settings, for per-element imports
