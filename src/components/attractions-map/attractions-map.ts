import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { civicElement } from '../../define.js';
import { themeStyles } from '../../ui/theme.styles.js';
import { I18nController } from '../../controllers/i18n-controller.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { HeadingLevelController } from '../../controllers/heading-level-controller.js';
import { renderFeedStatus, feedStatusStyles } from '../../ui/feed-status.js';
import { CivicAttractionSelectEvent, CivicCategoryChangeEvent } from '../../events.js';
import type { Attraction } from '../../feeds/types.js';
import { MapLoaderController } from '../../map/map-loader.js';
import type { LeafletNS } from '../../map/leaflet.js';
import { isOwnTileServer } from '../../map/placeholder.js';
import type { GestureHint } from '../../map/gestures.js';
import { mapFrameStyles } from '../../map/map.styles.js';
import { DEFAULT_DIRECTIONS_URL, DEFAULT_TILE_URL } from '../../map/osm.js';
import type { ClusteredMapView, Activation } from '../../map/map-view.js';
import { attractionsMapStyles } from './attractions-map.styles.js';
import { legendStyles } from './legend.styles.js';
import { listStyles } from './list.styles.js';
import { detailsStyles } from './details.styles.js';
import { loadingStyles } from './loading.styles.js';
import { parseCategories, type DeepLink, type MapAttraction } from './attractions-map-helpers.js';
import { DeepLinkController } from './hash.js';
import { VisitorLocationController } from './location.js';
import { HoursController } from './hours-controller.js';
import { FullscreenController } from './fullscreen.js';
import { renderLegend } from './legend.js';
import { renderList, LIST_PAGE } from './list.js';
import { PlacesController } from './places.js';
import { renderDetails } from './details.js';
import { renderMapFrame } from './map-frame.js';
import { mapAttractionsDescriptor } from '../../map/geojson-parse.js';
import './strings.js'; // this element's section of the locales
import { isReplaying } from '../../controllers/prerendered.js';

export type { MapAttraction } from './attractions-map-helpers.js';

/**
 * From this many places on, the map is drawn two tasks after the list and legend (100,000
 * places take tens of milliseconds to project, and as many to fit and group): three tasks,
 * none a long one.
 */
const DRAW_APART = 20_000;

/** Where a selection came from: focus returns there when the details close. */
type Origin = 'list' | 'marker' | 'other';

/**
 * A tourist's map of attractions: category markers grouped into clusters, a legend
 * that filters, a details panel, and a list synced with the map that is the keyboard and
 * screen-reader alternative (and what shows before consent or when the map cannot load).
 * The list has a search (name, category, address; case- and accent-insensitive) and pages
 * of 50, so feeds of 100,000 places stay usable. Opening hours in OpenStreetMap syntax are
 * said in words with "open now" / "closed now"; after "show my location" (asked only on
 * that click) each place shows its distance and the list can put the nearest first.
 * Privacy by default: no tile request before the visitor's consent (two clicks), Leaflet
 * loaded only when the map is visible and consented. Works under strict CSP + Trusted Types.
 *
 * @attr {number} heading-level - Level of the list and details headings (2–6). Unset: one below the nearest heading before the element on the page (2 when there is none).
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
  // The element's own sheet last: its forced-colors block must win over the sections' rules.
  static override styles = [themeStyles, feedStatusStyles, mapFrameStyles, legendStyles, listStyles, detailsStyles, attractionsMapStyles, loadingStyles];

  private readonly i18n = new I18nController(this);
  private readonly headings = new HeadingLevelController(this); // list and details headings fit the page
  private readonly feed = new FeedController(this, {
    descriptor: mapAttractionsDescriptor, // large feeds are parsed in a worker or in slices
    lang: () => this.i18n.lang,
    src: () => (this.features ? null : this.src), // `.features` wins: no request then
  });
  private readonly loader = new MapLoaderController<ClusteredMapView>(this, {
    name: '<civic-attractions-map>',
    preset: () => this.consent === 'granted' || isOwnTileServer(this.tileUrl),
    key: () => (this.view === 'list' ? undefined : `${this.tileUrl}|${this.maxZoom}`),
    container: '.leaflet-host',
    create: (L, container) => this.createView(L, container),
    destroy: (view) => view.destroy(),
    resize: (view) => view.invalidateSize(),
    focusAfterConsent: '.leaflet-host',
    focusOnError: '.map-error button',
    // Leaflet listens for focus only from now on: tell it the map already has it, so the
    // arrow and +/- keys work at once (a blur and refocus would lose the visible focus ring).
    onReadyWithFocus: (host) => host.dispatchEvent(new FocusEvent('focus')),
    announce: (text) => (this.announcement = text),
    loadedText: () => this.i18n.t('map.loaded'),
  });
  private readonly location = new VisitorLocationController(this, (status, position) => {
    let text = this.i18n.t(`map.controls.${status}`);
    if (position) {
      this.loader.view?.showLocation(position.lat, position.lon, position.accuracy);
      this.places.setOrigin(position);
      text = `${this.loader.view ? `${text} ` : ''}${this.i18n.t('map.list.nearestOn')}`;
    }
    this.announcement = text;
  });
  private readonly hours = new HoursController(this);
  private readonly fullscreen = new FullscreenController(this, () => this.loader.view?.invalidateSize());
  private readonly places = new PlacesController(this, this.i18n, {
    onSearch: () => this.writeLink(),
    onResults: (text) => (this.announcement = text),
  });
  private readonly deepLink = new DeepLinkController(this, {
    enabled: () => this.hash,
    apply: (link) => this.applyLink(link),
  });

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
  /** Opt in to deep links: `#poi=<id>`, `#cat=a,b` and `#q=<search>` are written on selection, filter and search, and read on load and hashchange. */
  @property({ type: Boolean }) hash = false;
  /** `map` (default): map with the list; `list`: the list alone, no map at all. */
  @property() view: 'map' | 'list' = 'map';
  /** Id of the selected attraction (reflected), or null. */
  @property({ reflect: true }) selected: string | null = null;

  @state() private hint: GestureHint = null;
  @state() private announcement = '';
  @state() private zoom = { in: true, out: true };

  /** What the view was last given (points, language), to push only changes. */
  private drawn?: { view: ClusteredMapView; points: MapAttraction[]; lang: string };
  /** The map's buttons: fetched with the map's own code, as they show only on a drawn map. */
  private controls?: typeof import('./controls.js');
  private origin: Origin = 'other';
  /** A draw of many places waiting for its own task. */
  private drawLater?: ReturnType<typeof setTimeout>;
  private focusDetails = false;
  private linkRead = false;

  // ── lifecycle ──────────────────────────────────────────────────────────────────────

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate(); // moved in the page: the map is drawn again
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.drawn = undefined;
    clearTimeout(this.drawLater);
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('categories')) {
      const wanted = parseCategories(this.categories);
      this.places.setActive(wanted.length ? new Set(wanted) : null);
    }
    // Once, at the first render that is not the server's replayed (a prerendered map reads
    // its deep link after taking the server's DOM over).
    if (!this.linkRead && !isReplaying(this)) {
      this.linkRead = true;
      const link = this.deepLink.read();
      if (link) this.applyLink(link);
    }
    this.places.sync(this.source());
    // A deep link that arrived before the data: once it is there, reveal its category too.
    const chosen = this.places.byId(this.selected);
    if (chosen) {
      this.places.reveal(chosen.category);
      this.places.sync(this.source());
    }
  }

  protected override updated(changed: PropertyValues) {
    const view = this.loader.view;
    const visible = this.places.visible;
    if (!view) this.drawn = undefined;
    else if (this.drawn?.view !== view || this.drawn.points !== visible) {
      // After a filter or search change the view shows what is left; new data or a new view keeps it or fits it.
      const fit = this.places.takeRefit() && this.drawn?.view === view;
      const draw = () => {
        if (this.loader.view !== view) return; // the map went away meanwhile
        view.setPoints(visible, fit);
        view.setSelected(this.selected, !!this.selected);
      };
      clearTimeout(this.drawLater);
      // Many places: projected in one task, grouped and drawn in the next.
      if (visible.length >= DRAW_APART) this.drawLater = setTimeout(() => (view.prepare(visible), (this.drawLater = setTimeout(draw))));
      else draw();
      this.drawn = { view, points: visible, lang: this.i18n.lang };
    } else {
      if (changed.has('selected')) view.setSelected(this.selected, !!this.selected);
      if (this.drawn.lang !== this.i18n.lang) {
        this.drawn.lang = this.i18n.lang;
        view.relabel();
      }
    }
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
    this.places.sync(this.source());
    return this.places.all;
  }

  /** Selects an attraction by id (null clears), as a click would; shows it on the map and in the list. */
  select(id: string | null) {
    this.setSelection(id, 'other', false);
  }

  /** Loads the map now, as the "Load map" button does (consent for this element only). */
  loadMapNow(remember = false) {
    this.loader.grant(remember);
  }

  // ── data ───────────────────────────────────────────────────────────────────────────

  private source() {
    return this.features ?? this.feed.data?.attractions;
  }

  private byId(id: string | null): MapAttraction | undefined {
    this.places.sync(this.source());
    return this.places.byId(id);
  }

  private name(a: Attraction) {
    return this.i18n.pick(a.name, a.language);
  }

  private async createView(L: LeafletNS, container: HTMLElement) {
    const [{ ClusteredMapView }, controls, { drawnMapStyles }] = await Promise.all([
      import('../../map/map-view.js'),
      import('./controls.js'),
      import('../../map/drawn-map.styles.js'),
    ]);
    this.controls = controls;
    // The pins' and clusters' sheet: after Leaflet's (which the loader put first), before the element's own.
    const root = this.renderRoot;
    const sheet = drawnMapStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      const sheets = [...root.adoptedStyleSheets];
      const own = themeStyles.styleSheet ? sheets.indexOf(themeStyles.styleSheet) : -1;
      sheets.splice(own < 0 ? sheets.length : own, 0, sheet);
      root.adoptedStyleSheets = sheets;
    }
    return new ClusteredMapView({
      L,
      container,
      tileUrl: this.tileUrl,
      maxZoom: Number.isFinite(this.maxZoom) && this.maxZoom > 0 ? Math.min(this.maxZoom, 22) : 19,
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      describe: {
        map: () => this.i18n.t('map.mapLabel'),
        point: (point) => `${this.name(point as MapAttraction).text}, ${this.places.label(point.category)}`,
        cluster: (count) => this.i18n.t('common.attractions', { count }),
        count: (count) => this.i18n.formatNumber(count, { notation: 'compact' }),
      },
      onActivate: (id, via) => this.onMarkerActivate(id, via),
      onHint: (hint) => (this.hint = hint),
      onViewChange: () => queueMicrotask(() => this.updateZoomButtons()),
    });
  }

  private updateZoomButtons() {
    const view = this.loader.view;
    if (!view) return;
    const next = { in: view.canZoomIn, out: view.canZoomOut };
    if (next.in !== this.zoom.in || next.out !== this.zoom.out) this.zoom = next;
  }

  // ── selection, filter, hash ────────────────────────────────────────────────────────

  private setSelection(id: string | null, origin: Origin, moveFocus: boolean) {
    const a = this.byId(id);
    const next = a ? a.id : null;
    if (a) {
      // Listed and drawn: its category shown, a search that leaves it out cleared, its page turned to.
      this.places.reveal(a.category);
      if (!this.places.inSearch(a)) this.places.search('');
      this.places.showPageOf(a);
      this.origin = origin;
    }
    this.focusDetails = moveFocus && !!next;
    if (next === this.selected) return;
    // Without a focus move (pointer on the map, deep link, host call) say what was chosen.
    if (a && !moveFocus) this.announcement = this.i18n.t('map.selected', { name: this.name(a).text });
    this.selected = next;
    this.writeLink();
    this.dispatchEvent(new CivicAttractionSelectEvent({ id: next, attraction: a ?? null }));
  }

  private setActive(wanted: Set<string> | null) {
    const { places } = this;
    const all = places.counts.map(([c]) => c);
    const active = wanted && all.every((c) => wanted.has(c)) ? null : wanted;
    places.setActive(active);
    const selected = this.byId(this.selected);
    if (selected && active && !active.has(selected.category)) this.setSelection(null, 'other', false);
    const shown = active ? all.filter((c) => active.has(c)) : all;
    this.writeLink();
    const count = active ? places.counts.reduce((n, [c, k]) => n + (active.has(c) ? k : 0), 0) : places.all.length;
    this.announcement = this.i18n.t('map.filter.shown', { shown: count, total: places.all.length });
    this.dispatchEvent(new CivicCategoryChangeEvent({ categories: shown, all: active === null }));
  }

  private applyLink({ poi, cat, q }: DeepLink) {
    if (cat) this.places.setActive(cat.length ? new Set(cat) : null);
    if (q !== undefined) this.places.search(q);
    if (poi === undefined && !cat) return;
    if (poi && !this.byId(poi) && this.places.all.length === 0) {
      this.selected = poi; // data not there yet: kept until it arrives
      return;
    }
    this.setSelection(poi ?? null, 'other', false);
  }

  private writeLink() {
    const { active, applied } = this.places;
    this.deepLink.write({ poi: this.selected, cat: active ? [...active] : null, q: applied?.text });
  }

  // ── handlers ───────────────────────────────────────────────────────────────────────

  private onMarkerActivate(id: string, via: Activation) {
    this.setSelection(id, 'marker', via === 'keyboard');
  }

  private onPage(page: number) {
    const total = this.places.visible.length;
    this.places.setPage(page);
    const first = page * LIST_PAGE + 1;
    this.announcement = this.i18n.t('map.list.range', {
      from: this.i18n.formatNumber(first),
      to: this.i18n.formatNumber(Math.min(total, first + LIST_PAGE - 1)),
      total: this.i18n.formatNumber(total),
    });
  }

  private onCloseDetails() {
    const id = this.selected;
    const origin = this.origin;
    this.setSelection(null, 'other', false);
    this.updateComplete.then(() => {
      if (origin === 'marker' && id && this.loader.view?.focusPoint(id)) return;
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
    const active = new Set(this.places.active ?? this.places.counts.map(([c]) => c));
    if (checked) active.add(category);
    else active.delete(category);
    this.setActive(active);
  }

  // ── rendering ──────────────────────────────────────────────────────────────────────

  private renderMap() {
    if (this.view === 'list') return nothing;
    const view = this.loader.view;
    return renderMapFrame({
      i18n: this.i18n,
      pending: this.loader.pending,
      state: this.loader.state,
      tileUrl: this.tileUrl,
      tileAttribution: this.tileAttribution,
      tileAttributionUrl: this.tileAttributionUrl,
      hint: this.hint,
      points: this.places.visible,
      controls: this.controls?.renderControls({
        i18n: this.i18n,
        canZoomIn: this.zoom.in,
        canZoomOut: this.zoom.out,
        fullscreenEnabled: this.fullscreen.enabled,
        isFullscreen: this.fullscreen.active,
        onZoomIn: () => view?.zoomIn(),
        onZoomOut: () => view?.zoomOut(),
        onFullscreen: () => void this.fullscreen.toggle(),
        onLocate: () => this.location.locate(),
      }) ?? nothing,
      onConsent: (remember) => this.loader.consentGiven(remember),
      onRetry: () => this.loader.retry(),
    });
  }

  override render() {
    const status = this.features ? nothing : renderFeedStatus(this.feed, this.i18n);
    const { places } = this;
    if (this.feed.state === 'error' && !this.features && places.all.length === 0) {
      return html`${status}`;
    }
    const chosen = this.byId(this.selected);
    // Loading: room for the legend and the list, as tall as they will be (reserve.ts).
    const loading = !this.features && this.feed.state === 'loading' && places.all.length === 0;
    return html`
      ${loading ? html`<div class="reserve-top">${status}</div>` : status}
      ${renderLegend({
        i18n: this.i18n,
        counts: places.counts,
        active: places.active,
        label: (category, plural) => places.label(category, plural),
        onToggle: (category, checked) => this.onCategoryToggle(category, checked),
        onShowAll: () => this.setActive(null),
      })}
      <div class="layout ${this.view === 'list' ? 'list-only' : ''}" @keydown=${this.onDetailsKeydown}>
        ${this.renderMap()}
        <div class="side">
          ${chosen
            ? renderDetails({
                i18n: this.i18n,
                level: this.headings.level(),
                attraction: chosen,
                label: (category) => places.label(category),
                directionsTemplate: this.directionsUrl,
                origin: places.origin,
                hours: this.hours,
                onClose: () => this.onCloseDetails(),
                onKeydown: (event) => this.onDetailsKeydown(event),
              })
            : nothing}
          ${loading ? html`<div class="reserve-side"></div>` : renderList({
            i18n: this.i18n,
            level: this.headings.level(),
            visible: places.visible,
            total: places.all.length,
            query: places.query,
            appliedQuery: places.applied?.text ?? '',
            page: places.page,
            selected: this.selected,
            label: (category) => places.label(category),
            origin: places.origin,
            nearest: places.nearest,
            hours: this.hours,
            onLocate: () => this.location.locate(),
            onNearest: (nearest) => places.setNearest(nearest),
            onSelect: (id) => this.setSelection(id, 'list', true),
            onQuery: (text) => places.type(text),
            onSearchFocus: () => places.prepareSearch(),
            onPage: (page) => this.onPage(page),
          })}
        </div>
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
