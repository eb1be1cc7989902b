import { html, svg, nothing, type TemplateResult } from 'lit';
import { categoryStyle } from './categories.js';
import { pageBase } from '../feeds/environment.js';

export interface ConsentPlaceholderOptions {
  /** Heading of the placeholder, e.g. "Map from an external server". */
  title: string;
  /** The explanation naming the server, e.g. "…loaded from tile.openstreetmap.org…". */
  text: string;
  /** Label of the one-time button ("Load map"). */
  loadLabel: string;
  /** Label of the remembering button ("Always load maps on this site"). */
  alwaysLabel: string;
  onLoad(): void;
  onAlways(): void;
  /** Points to sketch as a static outline behind the text (no request leaves the page). */
  points?: readonly { lat: number; lon: number; category: string }[];
  /** Name of a slot for a site-provided picture (e.g. a static map image); the outline is its fallback. */
  slot?: string;
}

/** The host part of a tile URL template, for the consent text ("tile.openstreetmap.org"). */
export function tileHost(tileUrl: string, base: string | undefined = pageBase()): string {
  try {
    return new URL(tileUrl.replace(/\{[a-z]+\}/g, '0'), base).host || tileUrl;
  } catch {
    return tileUrl;
  }
}

/**
 * True when a tile URL template contacts no third party: it is empty (no tile layer) or
 * resolves to the page's own origin (a relative path, or this site's address). Such tiles
 * need no consent: the visitor's browser talks only to the site it is already on.
 */
export function isOwnTileServer(tileUrl: string | undefined, base = document.baseURI): boolean {
  const url = tileUrl?.trim();
  if (!url) return true;
  if (location.origin === 'null') return false; // opaque origin (file:, sandbox): nothing is "own"
  try {
    return new URL(url.replace(/\{[a-z]+\}/g, '0'), base).origin === location.origin;
  } catch {
    return false;
  }
}

const MAX_DOTS = 1500;

/** A static sketch of where the points are (equirectangular, decorative). */
export function renderOutline(points: readonly { lat: number; lon: number; category: string }[]) {
  if (points.length === 0) return nothing;
  let south = 90, west = 180, north = -90, east = -180;
  for (const p of points) {
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
  }
  const kx = Math.cos(((south + north) / 2) * (Math.PI / 180));
  const w = Math.max((east - west) * kx, 1e-4);
  const h = Math.max(north - south, 1e-4);
  const step = Math.max(1, Math.ceil(points.length / MAX_DOTS));
  const dots = [];
  for (let i = 0; i < points.length; i += step) {
    const p = points[i];
    const x = 5 + (((p.lon - west) * kx) / w) * 90;
    const y = 5 + ((north - p.lat) / h) * 90;
    dots.push(svg`<circle cx=${x.toFixed(2)} cy=${y.toFixed(2)} r="1.6" fill=${categoryStyle(p.category).color}></circle>`);
  }
  return html`<svg class="outline" part="outline" viewBox="0 0 100 100" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
    <rect x="1" y="1" width="98" height="98" rx="3" fill="none" stroke="currentColor" stroke-dasharray="2 2" stroke-width="0.4"></rect>
    ${dots}
  </svg>`;
}

/**
 * The placeholder shown instead of a map before consent: a static outline of the points,
 * the explanation naming the tile server, "Load map" and "Always load maps on this site".
 * Nothing in it requests anything from another server.
 */
export function renderConsentPlaceholder(o: ConsentPlaceholderOptions): TemplateResult {
  const outline = renderOutline(o.points ?? []);
  return html`<div class="consent" part="consent">
    ${o.slot ? html`<slot name=${o.slot} class="consent-picture">${outline}</slot>` : outline}
    <div class="consent-card">
      <p class="consent-title"><strong>${o.title}</strong></p>
      <p class="consent-text">${o.text}</p>
      <div class="consent-actions">
        <button type="button" class="button consent-load" @click=${o.onLoad}>${o.loadLabel}</button>
        <button type="button" class="button consent-always" @click=${o.onAlways}>${o.alwaysLabel}</button>
      </div>
    </div>
  </div>`;
}
