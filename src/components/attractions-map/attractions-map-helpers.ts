import { html } from 'lit';
import type { Attraction, Localized } from '../../feeds/types.js';
import { categoryStyle, KNOWN_CATEGORIES } from '../../map/categories.js';
import { toCategory } from '../../feeds/formats/geojson.js';
import { safeWebUrl } from '../../feeds/links.js';

/** OpenStreetMap's standard tiles (usage policy: attribution shown, no bulk use). */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_COPYRIGHT_URL = 'https://www.openstreetmap.org/copyright';
/** OpenStreetMap's route planner with the destination filled in. */
export const DEFAULT_DIRECTIONS_URL = 'https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}#map=16/{lat}/{lon}';

/** An attraction as GeoJSON may carry it, with the optional precision flag of our schema. */
export type MapAttraction = Attraction & { locationPrecision?: string };

// Link safety lives in the feed layer (one set of rules); the map's links are web pages only.
export { safeWebUrl as safeUrl, telHref as telUrl } from '../../feeds/links.js';

/** Fills `{lat}`, `{lon}` and `{name}` of a route-planner template; http(s) results only. */
export function directionsUrl(template: string, a: Attraction, name: string): string | undefined {
  const filled = template
    .replace(/\{lat\}/g, a.lat.toFixed(6))
    .replace(/\{lon\}/g, a.lon.toFixed(6))
    .replace(/\{name\}/g, encodeURIComponent(name));
  return safeWebUrl(filled);
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

const namesCache = new WeakMap<readonly Attraction[], Map<string, Localized>>();
/** The feed's own name of a category (a language map from `categoryName`), if it gave one. */
export function feedCategoryName(list: readonly Attraction[], category: string): Localized | undefined {
  let names = namesCache.get(list);
  if (!names) {
    names = new Map();
    for (const a of list) if (a.categoryName && !names.has(a.category)) names.set(a.category, a.categoryName);
    namesCache.set(list, names);
  }
  return names.get(category);
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
