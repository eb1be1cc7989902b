import { html } from 'lit';
import type { Attraction } from '../../feeds/types.js';
import { categoryStyle, KNOWN_CATEGORIES } from '../../map/categories.js';
import { toCategory } from '../../feeds/formats/geojson.js';
import { pageBase } from '../../feeds/environment.js';

/** OpenStreetMap's standard tiles (usage policy: attribution shown, no bulk use). */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_COPYRIGHT_URL = 'https://www.openstreetmap.org/copyright';
/** OpenStreetMap's route planner with the destination filled in. */
export const DEFAULT_DIRECTIONS_URL = 'https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}#map=16/{lat}/{lon}';

/** An attraction as GeoJSON may carry it, with the optional precision flag of our schema. */
export type MapAttraction = Attraction & { locationPrecision?: string };

/** A URL that is safe to link: http(s) or relative; undefined otherwise. */
export function safeUrl(value: string | undefined, base = pageBase()): string | undefined {
  if (!value || typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` link of a phone number as written in a feed ("+48 46 862 33 09"). */
export function telUrl(phone: string | undefined): string | undefined {
  if (!phone || typeof phone !== 'string') return undefined;
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{3,}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** Fills `{lat}`, `{lon}` and `{name}` of a route-planner template; http(s) results only. */
export function directionsUrl(template: string, a: Attraction, name: string): string | undefined {
  const filled = template
    .replace(/\{lat\}/g, a.lat.toFixed(6))
    .replace(/\{lon\}/g, a.lon.toFixed(6))
    .replace(/\{name\}/g, encodeURIComponent(name));
  return safeUrl(filled);
}

/** Attractions with usable coordinates and id (hostile feeds and hand-made `.features` alike). */
export function usableAttractions(list: unknown): MapAttraction[] {
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  return list.filter((a): a is MapAttraction => {
    if (!a || typeof a !== 'object') return false;
    const { id, lat, lon } = a as Attraction;
    if (typeof id !== 'string' || id === '' || seen.has(id)) return false;
    if (typeof lat !== 'number' || typeof lon !== 'number') return false;
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return false;
    seen.add(id);
    return true;
  });
}

/** Categories present in the data, known ones first in their fixed order, with counts. */
export function categoryCounts(list: readonly Attraction[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of list) {
    const c = typeof a.category === 'string' && a.category ? a.category : 'other';
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const order = (c: string) => {
    const i = (KNOWN_CATEGORIES as readonly string[]).indexOf(c);
    return i === -1 ? KNOWN_CATEGORIES.length : i;
  };
  return [...counts].sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]));
}

/**
 * Category list from an attribute or a deep link: "museum, park" or "museum park", made
 * into the same identifiers the feed's categories become ("Zabytek" → "zabytek").
 */
export const parseCategories = (value: string | null | undefined): string[] =>
  (value ?? '').split(/[\s,]+/).map((s) => s.trim()).filter(Boolean).map(toCategory);

/** Reads `#poi=<id>&cat=a,b` (either part optional). */
export function readHash(hash: string): { poi?: string; cat?: string[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const poi = params.get('poi') ?? undefined;
  const cat = params.has('cat') ? parseCategories(params.get('cat')) : undefined;
  return { poi: poi || undefined, cat };
}

/** Writes our keys into a hash, keeping nothing else (the deep-link format is ours). */
export function writeHash(poi: string | null, cat: string[] | null): string {
  const params = new URLSearchParams();
  if (cat) params.set('cat', cat.join(','));
  if (poi) params.set('poi', poi);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `#${text}` : '';
}

/** The category glyph as a Lit SVG template (legend, list, details). */
export const glyph = (category: string, size = 18) => {
  const style = categoryStyle(category);
  return html`<svg class="glyph" viewBox="0 0 24 24" width=${size} height=${size} aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="12" fill=${style.color}></circle><g transform="translate(4.2 4.2) scale(0.65)"><path d=${style.glyph} fill="#fff"></path></g></svg>`;
};
