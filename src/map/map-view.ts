import Supercluster from 'supercluster';
import type { LatLngBoundsExpression, Map as LeafletMap, Marker, CircleMarker, TileLayer } from 'leaflet';
import type { LeafletNS } from './leaflet.js';
import { GestureGuard, type GestureHint } from './gestures.js';
import { createMarkerElement } from './categories.js';
import { cspSafeTileLayer } from './tile-layer.js';
import { spreadIdentical } from './spread.js';

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
    point(id: string): string;
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

type Feature = Supercluster.PointFeature<{ id: string; category: string }>;
type Props = { id: string; category: string };

type AnyFeature = Supercluster.ClusterFeature<Supercluster.AnyProps> | Supercluster.PointFeature<Props>;

const compact = new Intl.NumberFormat(undefined, { notation: 'compact' });

const markerKey = (f: AnyFeature) =>
  (f.properties as Partial<Supercluster.ClusterProperties>).cluster
    ? `c${(f.properties as Supercluster.ClusterProperties).cluster_id}`
    : `p${(f.properties as Props).id}`;

/**
 * A Leaflet map of points clustered with supercluster. Only the markers of the visible
 * area are in the DOM, so thousands of points stay smooth. No Leaflet control, popup or
 * HTML-string icon is used (Trusted Types safe): the host renders its own zoom buttons,
 * attribution and details. Markers are focusable buttons with accessible names; Enter on
 * a cluster zooms into it and moves focus to its first child.
 */
export class ClusteredMapView {
  readonly map: LeafletMap;
  private readonly L: LeafletNS;
  private readonly index: Supercluster<Props, Supercluster.AnyProps>;
  private readonly markers = new Map<string, Marker>();
  private readonly gestures: GestureGuard;
  private points: MapPoint[] = [];
  private byId = new Map<string, MapPoint>();
  /** Where each point is drawn (shared positions spread apart). */
  private positions = new Map<string, [number, number]>();
  private selected: string | null = null;
  private readonly counts = new Map<string, number>();
  /** After a keyboard zoom into a cluster: the children to focus once drawn at `zoom`. */
  private focusAfterMove?: { keys: string[]; zoom: number };
  private location?: CircleMarker;
  private tiles?: TileLayer;

  constructor(private readonly options: ClusteredMapOptions) {
    const { L, container, maxZoom, reducedMotion } = options;
    this.L = L;
    this.index = new Supercluster<Props, Supercluster.AnyProps>({ radius: 70, maxZoom: Math.max(0, maxZoom - 1) });
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
      zoomSnap: 1,
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

  /** Replaces the points (e.g. after filtering) and, with `fit`, shows them all. */
  setPoints(points: MapPoint[], fit = false) {
    this.points = points;
    this.byId = new Map(points.map((p) => [p.id, p]));
    this.positions = spreadIdentical(points);
    const features: Feature[] = points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: this.positions.get(p.id)! },
      properties: { id: p.id, category: p.category },
    }));
    this.index.load(features);
    for (const marker of this.markers.values()) marker.remove();
    this.markers.clear();
    if (fit || !this.hasView()) this.fitAll();
    else this.draw();
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
    this.map.fitBounds(bounds, { padding: [32, 32], maxZoom: 16, animate: false });
    this.draw();
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
    const point = id ? this.byId.get(id) : undefined;
    if (point && reveal) {
      const zoom = Math.max(this.map.getZoom(), this.unclusteredZoom(point));
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

  /** The lowest zoom at which `point` is drawn on its own, not inside a cluster. */
  private unclusteredZoom(point: MapPoint): number {
    const e = 1e-6;
    const [lon, lat] = this.positions.get(point.id) ?? [point.lon, point.lat];
    for (let z = Math.floor(this.map.getZoom()); z < this.map.getMaxZoom(); z++) {
      const hits = this.index.getClusters([lon - e, lat - e, lon + e, lat + e], z);
      if (hits.some((f) => markerKey(f) === `p${point.id}`)) return z;
    }
    return this.map.getMaxZoom();
  }

  private draw = () => {
    if (!this.hasView() || this.map.getSize().x === 0) return;
    const bounds = this.map.getBounds().pad(0.15);
    const zoom = Math.round(this.map.getZoom());
    const features = this.index.getClusters(
      [Math.max(-180, bounds.getWest()), Math.max(-85, bounds.getSouth()), Math.min(180, bounds.getEast()), Math.min(85, bounds.getNorth())],
      zoom,
    );
    const wanted = new Set<string>();
    for (const f of features) {
      const key = markerKey(f);
      wanted.add(key);
      if (!this.markers.has(key)) this.markers.set(key, this.createMarker(key, f));
    }
    for (const [key, marker] of this.markers) {
      if (wanted.has(key)) continue;
      marker.remove();
      this.markers.delete(key);
      this.counts.delete(key);
    }
    if (this.focusAfterMove && this.focusAfterMove.zoom === zoom) {
      const target = this.focusAfterMove.keys.find((key) => this.markers.has(key));
      this.focusAfterMove = undefined;
      const el = target ? this.markers.get(target)?.getElement() : undefined;
      (el ?? this.options.container).focus();
    }
  };

  private createMarker(key: string, f: AnyFeature): Marker {
    const { L } = this;
    const [lon, lat] = f.geometry.coordinates;
    const isCluster = key.startsWith('c');
    let icon;
    if (isCluster) {
      const count = (f.properties as Supercluster.ClusterProperties).point_count;
      const bubble = document.createElement('span');
      bubble.className = 'civic-cluster';
      bubble.textContent = this.options.describe.count?.(count) ?? compact.format(count);
      const size = count < 10 ? 36 : count < 100 ? 42 : count < 1000 ? 48 : 56;
      bubble.style.setProperty('--_size', `${size}px`);
      this.counts.set(key, count);
      icon = L.divIcon({ html: bubble, className: 'civic-marker civic-marker--cluster', iconSize: [size, size] });
    } else {
      const props = f.properties as Props;
      icon = L.divIcon({
        html: createMarkerElement(props.category, props.id === this.selected),
        className: 'civic-marker',
        iconSize: [34, 44],
        iconAnchor: [17, 42],
      });
    }
    const marker = L.marker([lat, lon], { icon, keyboard: true, riseOnHover: true });
    marker.on('click', () => this.activate(key, f, 'pointer'));
    marker.on('add', () => {
      const el = marker.getElement();
      if (!el) return;
      this.label(key, el);
      el.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        this.activate(key, f, 'keyboard');
      });
    });
    marker.addTo(this.map);
    return marker;
  }

  private label(key: string, el: HTMLElement | undefined) {
    if (!el) return;
    if (key.startsWith('c')) {
      const count = this.counts.get(key) ?? 0;
      el.setAttribute('aria-label', this.options.describe.cluster(count));
    } else {
      const id = key.slice(1);
      el.setAttribute('aria-label', this.options.describe.point(id));
      if (id === this.selected) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    }
  }

  private activate(key: string, f: AnyFeature, via: Activation) {
    if (!key.startsWith('c')) {
      this.options.onActivate((f.properties as Props).id, via);
      return;
    }
    const clusterId = (f.properties as Supercluster.ClusterProperties).cluster_id;
    const [lon, lat] = f.geometry.coordinates;
    const zoom = Math.min(this.index.getClusterExpansionZoom(clusterId), this.map.getMaxZoom());
    if (zoom <= Math.round(this.map.getZoom())) return; // already as close as the map goes
    if (via === 'keyboard') {
      // Focus follows into the cluster: its first child (point or smaller cluster) once drawn.
      this.focusAfterMove = { keys: this.index.getChildren(clusterId).map((child) => markerKey(child)), zoom };
    }
    this.map.setView([lat, lon], zoom, { animate: !this.options.reducedMotion });
    if (this.options.reducedMotion) this.draw();
  }
}
