// The attractions editor's map for placing points: loaded only when the editor asks for it
// (its tiles come from OpenStreetMap, a third party), then every point is a marker that can
// be dragged, and "Place on the map" takes the next click as a point's position. Typing the
// coordinates does the same without the map.
import type { Map as LeafletMap, Marker } from 'leaflet';
import { loadLeaflet, type LeafletNS } from '../../../src/map/leaflet.js';
import { categoryStyle, createCategoryGlyph } from '../../../src/map/categories.js';
import { DEFAULT_TILE_URL, OSM_COPYRIGHT_URL } from '../../../src/map/osm.js';

export interface MapPoint {
  index: number;
  name: string;
  category: string;
  lat: number;
  lon: number;
}

type State = 'idle' | 'loading' | 'ready' | 'error';

const round = (value: number) => Math.round(value * 1e6) / 1e6;

export class PointMap {
  state: State = 'idle';
  /** The point waiting for a click ("Place on the map"), or undefined. */
  placing?: number;
  private L?: LeafletNS;
  private map?: LeafletMap;
  private markers: Marker[] = [];
  private fitted = false;

  constructor(
    private readonly onMove: (index: number, lat: number, lon: number) => void,
    private readonly onState: () => void,
  ) {}

  /** Loads Leaflet and draws the map into `container` (after the editor's consent). */
  async load(container: HTMLElement, label: string) {
    if (this.state === 'loading' || this.state === 'ready') return;
    this.state = 'loading';
    this.onState();
    try {
      const { L, css } = await loadLeaflet();
      if (css.styleSheet && !document.adoptedStyleSheets.includes(css.styleSheet)) {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, css.styleSheet];
      }
      this.L = L;
      container.classList.add('ready'); // its height, before Leaflet measures it
      this.map = L.map(container, { zoomControl: true, attributionControl: true, keyboard: true }).setView([52.23, 20.24], 12);
      this.map.attributionControl.setPrefix(false);
      L.tileLayer(DEFAULT_TILE_URL, { maxZoom: 19, attribution: `© <a href="${OSM_COPYRIGHT_URL}">OpenStreetMap</a>` }).addTo(this.map);
      container.setAttribute('aria-label', label);
      this.map.on('click', (event) => {
        if (this.placing === undefined) return;
        const index = this.placing;
        this.placing = undefined;
        this.onMove(index, round(event.latlng.lat), round(event.latlng.lng));
      });
      this.state = 'ready';
    } catch {
      this.state = 'error';
    }
    this.onState();
  }

  /** Draws the points; fits them into view the first time. */
  update(points: MapPoint[]) {
    const { L, map } = this;
    if (!L || !map) return;
    for (const marker of this.markers) marker.remove();
    this.markers = points.map((point) => {
      const icon = document.createElement('span');
      icon.className = 'editor-marker';
      icon.style.background = categoryStyle(point.category).color;
      icon.append(createCategoryGlyph(point.category, 18));
      const marker = L.marker([point.lat, point.lon], {
        draggable: true,
        title: point.name,
        alt: point.name,
        icon: L.divIcon({ html: icon, className: '', iconSize: [28, 28], iconAnchor: [14, 14] }),
      }).addTo(map);
      marker.on('dragend', () => {
        const { lat, lng } = marker.getLatLng();
        this.onMove(point.index, round(lat), round(lng));
      });
      return marker;
    });
    if (!this.fitted && points.length) {
      this.fitted = true;
      map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number])).pad(0.15));
    }
  }

  /** Waits for a click on the map for point `index`, and shows its surroundings. */
  place(index: number, at?: { lat: number; lon: number }) {
    this.placing = index;
    if (at && this.map) this.map.panTo([at.lat, at.lon]);
  }
}
