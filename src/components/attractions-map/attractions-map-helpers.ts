import { html } from 'lit';
import type { Attraction } from '../../feeds/types.js';
import type { I18nController } from '../../controllers/i18n-controller.js';
import { categoryStyle, knownCategory, KNOWN_CATEGORIES } from '../../map/categories.js';
import { toCategory } from '../../feeds/formats/geojson.js';
import { safeWebUrl } from '../../feeds/links.js';

export { DEFAULT_TILE_URL, DEFAULT_DIRECTIONS_URL, OSM_COPYRIGHT_URL } from '../../map/osm.js';

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

/** What a deep link says: the chosen place, the categories shown, the search. */
export interface DeepLink {
  poi?: string;
  cat?: string[];
  q?: string;
}

/** Reads `#poi=<id>&cat=a,b&q=text` (each part optional). */
export function readHash(hash: string): DeepLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const poi = params.get('poi') ?? undefined;
  const cat = params.has('cat') ? parseCategories(params.get('cat')) : undefined;
  const q = params.has('q') ? (params.get('q') ?? '').slice(0, 200) : undefined;
  return { poi: poi || undefined, cat, q };
}

/** Writes our keys into a hash, keeping nothing else (the deep-link format is ours). */
export function writeHash({ poi, cat, q }: { poi?: string | null; cat?: string[] | null; q?: string | null }): string {
  const params = new URLSearchParams();
  if (cat) params.set('cat', cat.join(','));
  if (q) params.set('q', q);
  if (poi) params.set('poi', poi);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `#${text}` : '';
}

/** The category glyph as a Lit SVG template (legend, list, details). */
export const glyph = (category: string, size = 18) => {
  const style = categoryStyle(category);
  return html`<svg class="glyph" viewBox="0 0 24 24" width=${size} height=${size} aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="12" fill=${style.color}></circle><g transform="translate(4.2 4.2) scale(0.65)"><path d=${style.glyph} fill="#fff"></path></g></svg>`;
};

/** A feed's own category identifier as a label: "park-miejski" → "Park miejski". */
const ownCategoryName = (id: string) => {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
};

/** A category's name: ours translated (plural for the legend), a feed's own ("spa", "zabytek") as it comes. */
export function categoryLabel(i18n: I18nController, category: string, plural = false): string {
  const known = knownCategory(category);
  if (known === 'other' && category !== 'other') return ownCategoryName(category);
  return i18n.t(`map.${plural ? 'categories' : 'category'}.${known}`);
}
