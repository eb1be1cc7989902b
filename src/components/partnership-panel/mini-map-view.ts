import type { Map as LeafletMap } from 'leaflet';
import type { LeafletNS } from '../../map/leaflet.js';
import { cspSafeTileLayer } from '../../map/tile-layer.js';

/** One end of the line: a city with coordinates. */
export interface MiniMapCity {
  lat: number;
  lon: number;
  name: string;
}

export interface MiniMapOptions {
  L: LeafletNS;
  /** An empty element with a size; the map fills it. */
  container: HTMLElement;
  /** Tile URL template (`{z}/{x}/{y}`); empty for no tile layer. */
  tileUrl: string;
  cities: [MiniMapCity, MiniMapCity];
  reducedMotion: boolean;
}

/** A label element for a permanent tooltip (an element, never an HTML string). */
function label(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

/**
 * A small, static overview map: both cities as circles with their names and a dashed line
 * between them. No controls, no dragging or zooming, no keyboard stop (it adds nothing the
 * text does not say, so it is hidden from assistive technology). Only Leaflet's element
 * and SVG paths are used, no HTML strings (Trusted Types safe).
 */
export function createMiniMap(options: MiniMapOptions): LeafletMap {
  const { L, container, tileUrl, cities, reducedMotion } = options;
  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    dragging: false,
    scrollWheelZoom: false,
    doubleClickZoom: false,
    boxZoom: false,
    keyboard: false,
    touchZoom: false,
    zoomAnimation: !reducedMotion,
    fadeAnimation: !reducedMotion,
  });
  if (tileUrl) cspSafeTileLayer(L, tileUrl, { maxZoom: 18, crossOrigin: false }).addTo(map);
  const points = cities.map((c) => L.latLng(c.lat, c.lon));
  L.polyline(points, { className: 'mini-map-line', weight: 3, dashArray: '8 6', interactive: false }).addTo(map);
  cities.forEach((city, i) => {
    // Labels sit above their city, so they fit however narrow the map is.
    L.circleMarker(points[i], { className: 'mini-map-pin', radius: 7, weight: 3, fillOpacity: 1, interactive: false })
      .bindTooltip(label(city.name), { permanent: true, direction: 'top', className: 'mini-map-label', offset: [0, -8] })
      .addTo(map);
  });
  const side = Math.max(24, Math.min(96, container.clientWidth / 5));
  map.fitBounds(L.latLngBounds(points), { padding: [side, 56], animate: false });
  return map;
}
