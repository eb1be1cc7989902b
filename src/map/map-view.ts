import type { LatLngBoundsExpression, Map as LeafletMap, Marker, CircleMarker, TileLayer } from 'leaflet';
import type { LeafletNS } from './leaflet.js';
import { GestureGuard, type GestureHint } from './gestures.js';
import { createMarkerElement } from './markers.js';
import { cspSafeTileLayer } from './tile-layer.js';
import { spreadIdentical } from './spread.js';
import { groupPoints, latOf, lonOf, project, worldX, worldY, type Group, type Projected } from './grid-cluster.js';

/** One point to draw: what the map needs to know of an attraction. */
export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  category: string;
}

/** How a selection or activation came about: keyboard activations move focus on. */
export type Activation = 'pointer' | 'keyboard';

export interface ClusteredMapOptions {
  /** Leaflet, from {@link loadLeaflet}. */
  L: LeafletNS;
  /** An empty element with a size; the map fills it. */
  container: HTMLElement;
  /** Tile URL template (`{z}/{x}/{y}`); empty for no tile layer. */
  tileUrl: string;
  maxZoom: number;
  /** Accessible names, called whenever markers are drawn. */
  describe: {
    /** The map area, e.g. "Map of attractions: arrow keys move, plus and minus zoom". */
    map(): string;
    /** A point's marker (it is one of the points given to `setPoints`). */
    point(point: MapPoint): string;
    /** A cluster of `count` points, e.g. "12 atrakcji". */
    cluster(count: number): string;
    /** The number shown on a cluster bubble (default: compact, in the browser's locale). */
    count?(count: number): string;
  };
  /** A point marker was activated (click, Enter or Space). */
  onActivate(id: string, via: Activation): void;
  /** The gesture hint to show (or hide with null). */
  onHint(hint: GestureHint): void;
  /** Zoom or position changed (to update the element's own zoom buttons). */
  onViewChange?(): void;
  /** Respect prefers-reduced-motion: no zoom or pan animation. */
  reducedMotion?: boolean;
}

const compact = new Intl.NumberFormat(undefined, { notation: 'compact' });
/** Cluster cells, in screen pixels: a bubble per 64 × 64 px at most. */
const CELL_PX = 64;

/**
 * A Leaflet map of points grouped into clusters for the visible area at each draw
 * (grid-cluster.ts): only the markers of the visible area are in the DOM, and nothing is
 * rebuilt when the points change, so 100,000 points zoom, pan and filter without a long
 * task. No Leaflet control, popup or HTML-string icon is used (Trusted Types safe): the
 * host renders its own zoom buttons, attribution and details. Markers are focusable
 * buttons with accessible names; Enter on a cluster zooms into it and moves focus to the
 * marker that now holds its first point.
 */
export class ClusteredMapView {
  readonly map: LeafletMap;
  private readonly L: LeafletNS;
  private readonly markers = new Map<string, Marker>();
  private readonly gestures: GestureGuard;
  private points: readonly MapPoint[] = [];
  private projected: Projected = { x: new Float64Array(0), y: new Float64Array(0) };
  private prepared?: { points: readonly MapPoint[]; projected: Projected };
  /** Cluster names by count, in the language of the last (re)label. */
  private readonly clusterNames = new Map<number, string>();
  /** The group each point fell into at the last draw. */
  private groupOf = new Int32Array(0);
  private selected: string | null = null;
  private readonly counts = new Map<string, number>();
  /** The point of each single marker drawn, by marker key. */
  private readonly singles = new Map<string, MapPoint>();
  /** After a keyboard zoom into a cluster: the point whose marker gets focus once drawn at `zoom`. */
  private focusAfterMove?: { point: number; zoom: number };
  private location?: CircleMarker;
  private tiles?: TileLayer;

  constructor(private readonly options: ClusteredMapOptions) {
    const { L, container, maxZoom, reducedMotion } = options;
    this.L = L;
    this.map = L.map(container, {
      zoomControl: false,
      attributionControl: false,
      scrollWheelZoom: false,
      dragging: false,
      keyboard: true,
      maxZoom,
      zoomAnimation: !reducedMotion,
      fadeAnimation: !reducedMotion,
      markerZoomAnimation: !reducedMotion,
      inertia: !reducedMotion,
      // Quarter steps let "show everything" fill the frame (whole steps can leave half of it empty);
      // the buttons and keys still zoom by whole steps.
      zoomSnap: 0.25,
      zoomDelta: 1,
    });
    container.setAttribute('role', 'group');
    container.setAttribute('aria-label', options.describe.map());
    if (options.tileUrl) {
      // OpenStreetMap's tile policy wants a Referer; pages with `no-referrer` would be
      // refused, so tiles send the page's origin (never its path).
      this.tiles = cspSafeTileLayer(L, options.tileUrl, { maxZoom, referrerPolicy: 'strict-origin-when-cross-origin' }).addTo(this.map);
    }
    this.gestures = new GestureGuard(this.map, container, options.onHint);
    this.map.on('moveend', this.draw);
    this.map.on('zoomend moveend', () => this.options.onViewChange?.());
  }

  /**
   * Replaces the points (after filtering or a search) and, with `fit`, shows them all; the
   * first points (the feed arrived after the map was drawn) are always shown all. No points
   * left: the view stays where it is.
   */
  setPoints(points: readonly MapPoint[], fit = false) {
    const first = this.points.length === 0;
    this.points = points;
    this.projected = this.prepared?.points === points ? this.prepared.projected : project(points);
    this.prepared = undefined;
    this.groupOf = new Int32Array(points.length);
    for (const marker of this.markers.values()) marker.remove();
    this.markers.clear();
    this.counts.clear();
    this.singles.clear();
    if (!this.hasView() || ((fit || first) && points.length)) this.fitAll();
    else this.draw();
  }

  /** Projects the points of the next `setPoints` ahead (100,000 take a task of their own). */
  prepare(points: readonly MapPoint[]) {
    if (this.prepared?.points !== points) this.prepared = { points, projected: project(points) };
  }

  /** Zooms and pans so every point is visible (a default view when there are none). */
  fitAll() {
    if (this.points.length === 0) {
      this.map.setView([52.2297, 21.0122], 6);
      return;
    }
    let south = 90, west = 180, north = -90, east = -180;
    for (const p of this.points) {
      if (p.lat < south) south = p.lat;
      if (p.lat > north) north = p.lat;
      if (p.lon < west) west = p.lon;
      if (p.lon > east) east = p.lon;
    }
    const bounds: LatLngBoundsExpression = [[south, west], [north, east]];
    this.map.fitBounds(bounds, { padding: [32, 32], maxZoom: 16, animate: false }); // draws on its moveend
  }

  /** Marks a point as selected; with `reveal`, zooms until it is out of its cluster and centres it. */
  setSelected(id: string | null, reveal = false) {
    const previous = this.selected;
    this.selected = id;
    for (const key of [previous, id]) {
      if (!key) continue;
      const el = this.markers.get(`p${key}`)?.getElement();
      if (key === id) el?.setAttribute('aria-current', 'true');
      else el?.removeAttribute('aria-current');
      el?.querySelector('.civic-pin')?.classList.toggle('is-selected', key === id);
    }
    const index = id ? this.points.findIndex((p) => p.id === id) : -1;
    if (index !== -1 && reveal) {
      const point = this.points[index];
      const zoom = Math.max(this.map.getZoom(), this.unclusteredZoom(index));
      this.map.setView([point.lat, point.lon], zoom, { animate: !this.options.reducedMotion });
    }
  }

  /** Moves keyboard focus to the marker of a point; false when it is not drawn. */
  focusPoint(id: string): boolean {
    const el = this.markers.get(`p${id}`)?.getElement();
    el?.focus();
    return !!el;
  }

  zoomIn() {
    this.map.zoomIn();
  }

  zoomOut() {
    this.map.zoomOut();
  }

  get canZoomIn() {
    return this.map.getZoom() < this.map.getMaxZoom();
  }

  get canZoomOut() {
    return this.map.getZoom() > this.map.getMinZoom();
  }

  /** Re-reads the container size (after it was hidden, resized or went fullscreen). */
  invalidateSize() {
    const size = this.map.getSize();
    this.map.invalidateSize({ pan: false });
    if (size.x === 0 || size.y === 0) this.fitAll();
    else this.draw();
  }

  /** Shows the visitor's position as a circle and centres the map on it. */
  showLocation(lat: number, lon: number, accuracy: number) {
    this.location?.remove();
    this.location = this.L.circleMarker([lat, lon], {
      radius: 9,
      color: '#ffffff',
      weight: 3,
      fillColor: '#0b57d0',
      fillOpacity: 1,
      interactive: false,
    }).addTo(this.map);
    const zoom = accuracy > 2000 ? 12 : 15;
    this.map.setView([lat, lon], Math.min(zoom, this.map.getMaxZoom()));
  }

  /** Re-applies accessible names (after a language change). */
  relabel() {
    this.clusterNames.clear();
    this.options.container.setAttribute('aria-label', this.options.describe.map());
    for (const [key, marker] of this.markers) this.label(key, marker.getElement());
  }

  destroy() {
    this.gestures.destroy();
    // Leaflet 1.9 finishes a running zoom animation from a timer even after remove()
    // and then throws: mark it finished first.
    (this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    this.tiles?.remove();
    this.map.remove();
  }

  private hasView() {
    try {
      this.map.getCenter();
      return true;
    } catch {
      return false;
    }
  }

  /** At the highest zoom nothing is grouped: every point is reachable on its own. */
  private grouped(zoom: number) {
    return Math.round(zoom) < this.map.getMaxZoom();
  }

  /** The lowest zoom (from the current one) at which the point `index` is drawn on its own. */
  private unclusteredZoom(index: number): number {
    const { x, y } = this.projected;
    for (let z = Math.floor(this.map.getZoom()); z < this.map.getMaxZoom(); z++) {
      const r = (2 * CELL_PX) / (256 * 2 ** z);
      const groups = groupPoints(this.projected, {
        zoom: z,
        bbox: [x[index] - r, y[index] - r, x[index] + r, y[index] + r],
        cellPx: CELL_PX,
        groupOf: this.groupOf,
      });
      if (groups[this.groupOf[index]]?.count === 1) return z;
    }
    return this.map.getMaxZoom();
  }

  private draw = () => {
    if (!this.hasView() || this.map.getSize().x === 0) return;
    const bounds = this.map.getBounds().pad(0.15);
    const zoom = this.map.getZoom();
    const north = Math.min(85, bounds.getNorth());
    const south = Math.max(-85, bounds.getSouth());
    const groups = groupPoints(this.projected, {
      zoom,
      bbox: [worldX(Math.max(-180, bounds.getWest())), worldY(north), worldX(Math.min(180, bounds.getEast())), worldY(south)],
      cellPx: CELL_PX,
      noGrouping: !this.grouped(zoom),
      groupOf: this.groupOf,
    });
    // Places sharing one position are spread apart where they are drawn on their own.
    const singles = groups.filter((g) => g.count === 1).map((g) => this.points[g.first]);
    const spread = spreadIdentical(singles);
    const wanted = new Map<string, Group>();
    for (const g of groups) wanted.set(g.count === 1 ? `p${this.points[g.first].id}` : `c${zoom}:${g.key}:${g.count}`, g);
    for (const [key, marker] of this.markers) {
      if (wanted.has(key)) continue;
      marker.remove();
      this.markers.delete(key);
      this.counts.delete(key);
      this.singles.delete(key);
    }
    for (const [key, g] of wanted) {
      if (this.markers.has(key)) continue;
      const at: [number, number] = g.count === 1 ? (spread.get(this.points[g.first].id)!.slice().reverse() as [number, number]) : [latOf(g.y), lonOf(g.x)];
      this.markers.set(key, this.createMarker(key, g, at));
    }
    if (this.focusAfterMove && Math.abs(this.focusAfterMove.zoom - zoom) < 0.01) {
      const group = groups[this.groupOf[this.focusAfterMove.point]];
      this.focusAfterMove = undefined;
      const key = group && (group.count === 1 ? `p${this.points[group.first].id}` : `c${zoom}:${group.key}:${group.count}`);
      const el = key ? this.markers.get(key)?.getElement() : undefined;
      (el ?? this.options.container).focus();
    }
  };

  private createMarker(key: string, g: Group, at: [number, number]): Marker {
    const { L } = this;
    let icon;
    if (g.count > 1) {
      const bubble = document.createElement('span');
      bubble.className = 'civic-cluster';
      bubble.textContent = this.options.describe.count?.(g.count) ?? compact.format(g.count);
      const size = g.count < 10 ? 36 : g.count < 100 ? 42 : g.count < 1000 ? 48 : 56;
      bubble.style.setProperty('--_size', `${size}px`);
      this.counts.set(key, g.count);
      icon = L.divIcon({ html: bubble, className: 'civic-marker civic-marker--cluster', iconSize: [size, size] });
    } else {
      const point = this.points[g.first];
      this.singles.set(key, point);
      icon = L.divIcon({
        html: createMarkerElement(point.category, point.id === this.selected),
        className: 'civic-marker',
        iconSize: [34, 44],
        iconAnchor: [17, 42],
      });
    }
    const marker = L.marker(at, { icon, keyboard: true, riseOnHover: true });
    marker.on('click', () => this.activate(g, 'pointer'));
    marker.on('add', () => {
      const el = marker.getElement();
      if (!el) return;
      this.label(key, el);
      el.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        this.activate(g, 'keyboard');
      });
    });
    marker.addTo(this.map);
    return marker;
  }

  private label(key: string, el: HTMLElement | undefined) {
    if (!el) return;
    if (key.startsWith('c')) {
      const count = this.counts.get(key) ?? 0;
      // Said once per count (a translation with plurals is slow; a zoom draws a hundred bubbles).
      let name = this.clusterNames.get(count);
      if (name === undefined) {
        if (this.clusterNames.size > 2000) this.clusterNames.clear();
        this.clusterNames.set(count, (name = this.options.describe.cluster(count)));
      }
      el.setAttribute('aria-label', name);
    } else {
      const id = key.slice(1);
      const point = this.singles.get(key);
      if (point) el.setAttribute('aria-label', this.options.describe.point(point));
      if (id === this.selected) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    }
  }

  /** A point opens its details; a cluster zooms in until its points spread out. */
  private activate(g: Group, via: Activation) {
    if (g.count === 1) {
      this.options.onActivate(this.points[g.first].id, via);
      return;
    }
    const current = this.map.getZoom();
    const max = this.map.getMaxZoom();
    if (current >= max) return; // already as close as the map goes
    const bounds = this.L.latLngBounds([latOf(g.maxY), lonOf(g.minX)], [latOf(g.minY), lonOf(g.maxX)]);
    const zoom = Math.max(current + 1, Math.min(max, this.map.getBoundsZoom(bounds, false, this.L.point(48, 48))));
    // Focus follows into the cluster: the marker that holds its first point once drawn.
    if (via === 'keyboard') this.focusAfterMove = { point: g.first, zoom };
    this.map.setView(bounds.getCenter(), zoom, { animate: !this.options.reducedMotion });
    if (this.options.reducedMotion) this.draw();
  }
}
