/** Attractions as a GeoJSON FeatureCollection (RFC 7946, coordinates `[lon, lat]`). */
import type { Attraction, AttractionsFeed } from '../model.js';
import { runSync, type Steps } from '../steps.js';
import { ParseContext, compact, isObject, toId, toLang } from '../context.js';
import { MAX_LANGUAGES, mergeLocalized, toLocalized, toPlainText } from '../text.js';

/** Most properties of one feature looked at for translations. */
const MAX_PROPERTIES = 1000;
import { safeUrl, toPhone } from '../links.js';
import { pickText } from '../localized.js';

export const isGeoJson = (json: unknown): json is Record<string, unknown> =>
  isObject(json) && (json.type === 'FeatureCollection' || json.type === 'Feature');

const validLonLat = (c: unknown): c is [number, number] =>
  Array.isArray(c) &&
  c.length >= 2 &&
  typeof c[0] === 'number' &&
  typeof c[1] === 'number' &&
  Number.isFinite(c[0]) &&
  Number.isFinite(c[1]) &&
  c[0] >= -180 &&
  c[0] <= 180 &&
  c[1] >= -90 &&
  c[1] <= 90;

/** Where to put the marker of a feature: a Point, the first point of a MultiPoint, or the centre of a shape's outline. */
function markerPosition(geometry: Record<string, unknown>): [number, number] | string {
  const c = geometry.coordinates;
  switch (geometry.type) {
    case 'Point':
      return validLonLat(c) ? c : 'has no valid [longitude, latitude] (WGS84; longitude first)';
    case 'MultiPoint':
    case 'LineString':
    case 'Polygon':
    case 'MultiLineString':
    case 'MultiPolygon': {
      const points: [number, number][] = [];
      const walk = (v: unknown, depth: number) => {
        if (depth > 4 || points.length > 10_000) return;
        if (validLonLat(v)) points.push(v);
        else if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
      };
      walk(c, 0);
      if (!points.length) return 'has no valid coordinates';
      if (geometry.type === 'MultiPoint') return points[0];
      const lons = points.map((p) => p[0]);
      const lats = points.map((p) => p[1]);
      return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
    }
    case 'GeometryCollection': {
      const first = Array.isArray(geometry.geometries) ? geometry.geometries.find(isObject) : undefined;
      return first ? markerPosition(first) : 'is an empty GeometryCollection';
    }
    default:
      return `has an unknown type "${toPlainText(geometry.type).slice(0, 40)}"`;
  }
}

/** Category names are identifiers (`heritage`, `museum`, …): lower-case, no markup. */
const categoryOf = (value: unknown) =>
  toPlainText(value).toLowerCase().replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'other';
/** A feed repeats a handful of categories over thousands of places: each text is made an identifier once. */
const categories = new Map<string, string>();
export const toCategory = (value: unknown) => {
  if (typeof value !== 'string' || value.length > 200) return categoryOf(value);
  let id = categories.get(value);
  if (id === undefined) {
    if (categories.size >= 1000) categories.clear(); // bounded: a hostile feed may name a category per place
    categories.set(value, (id = categoryOf(value)));
  }
  return id;
};

/**
 * OpenStreetMap tags (an overpass-turbo export is what many tourist offices have) mapped
 * onto our categories; the first tag that matches wins.
 */
const OSM_CATEGORIES: [key: string, values: RegExp, category: string][] = [
  ['tourism', /^(museum|gallery)$/, 'museum'],
  ['amenity', /^place_of_worship$/, 'religion'],
  ['landuse', /^(cemetery|religious)$/, 'cemetery'],
  ['amenity', /^grave_yard$/, 'cemetery'],
  ['leisure', /^(park|garden|nature_reserve)$/, 'park'],
  ['tourism', /^(theme_park|zoo|aquarium)$/, 'family'],
  ['leisure', /^(playground|water_park|amusement_arcade)$/, 'family'],
  ['historic', /./, 'heritage'],
];
const osmCategory = (props: Record<string, unknown>) =>
  OSM_CATEGORIES.find(([key, values]) => typeof props[key] === 'string' && values.test(props[key] as string))?.[2];

/** The `key:xx` tags of a feature (`name:de`, `description:en`), read once: the first properties only (an OSM feature has dozens, a hostile one 200,000). */
function translationTags(props: Record<string, unknown>): string[] {
  const keys = Object.keys(props);
  const tags: string[] = [];
  for (let i = 0; i < keys.length && i < MAX_PROPERTIES; i++) if (keys[i].includes(':')) tags.push(keys[i]);
  return tags;
}

/** A text property with OSM-style translations beside it (`name`, `name:de`, `name:en`). */
function withTranslations(props: Record<string, unknown>, tags: string[], key: string, feedLang: string | undefined) {
  if (!tags.length) return toLocalized(props[key]);
  const extra: Record<string, string> = {};
  let found = 0;
  for (const tag of tags) {
    if (found >= MAX_LANGUAGES) break;
    const lang = tag.startsWith(`${key}:`) ? toLang(tag.slice(key.length + 1)) : undefined;
    const text = lang ? toPlainText(props[tag]) : '';
    if (lang && text) {
      extra[lang] = text;
      found++;
    }
  }
  const base = toLocalized(props[key]);
  return found ? mergeLocalized(base, feedLang, extra) : base;
}

/** An OSM address (`addr:street`, `addr:housenumber`, `addr:postcode`, `addr:city`) as one line. */
function osmAddress(props: Record<string, unknown>): string | undefined {
  const part = (tag: string) => toPlainText(props[`addr:${tag}`]);
  const street = [part('street') || part('place'), part('housenumber')].filter(Boolean).join(' ');
  const city = [part('postcode'), part('city')].filter(Boolean).join(' ');
  return [street, city].filter(Boolean).join(', ') || undefined;
}

/** The features of a FeatureCollection (or a lone Feature), capped at the feed's limit. Throws `invalidFeed` without a list. */
export function geoJsonFeatures(json: Record<string, unknown>, ctx: ParseContext): unknown[] {
  const features = json.type === 'Feature' ? [json] : json.features;
  if (!Array.isArray(features)) throw ctx.invalid('"features" is missing or not a list');
  return ctx.entries(features, 'features');
}

/**
 * One feature as an attraction, or undefined (skipped with a warning naming the field).
 * Exported so that a parse working in chunks (or in a worker) reads features the same way.
 */
export function parseFeature(feature: unknown, index: number, ctx: ParseContext, feedLang?: string): Attraction | undefined {
  if (!isObject(feature) || feature.type !== 'Feature') return void ctx.skip('feature', index, 'type', 'is not "Feature"');
  if (!isObject(feature.geometry)) return void ctx.skip('feature', index, 'geometry', 'is missing');
  const position = markerPosition(feature.geometry);
  if (typeof position === 'string') return void ctx.skip('feature', index, 'geometry.coordinates', position);
  const props = isObject(feature.properties) ? feature.properties : {};
  const tags = translationTags(props);
  const name = withTranslations(props, tags, 'name', feedLang) ?? toLocalized(props.title);
  if (!name) return void ctx.skip('feature', index, 'properties.name', 'is missing or empty');
  const id = ctx.uniqueId(toId(props.id) ?? toId(feature.id) ?? toId(props['@id']) ?? `feature-${index + 1}`, index);
  const image = safeUrl(props.image, ctx.base);
  // A category may come with its names: `"category": {"pl": "Zabytek", "de": "Denkmal"}` or
  // OSM-style `category:de`. Its identifier is the name in the feed's language.
  const categoryName = withTranslations(props, tags, 'category', feedLang);
  const categoryText = categoryName === undefined || typeof categoryName === 'string' ? categoryName : pickText(categoryName, feedLang ?? '', feedLang).text;
  const hours = props.openingHours ?? props.opening_hours;
  const openingHours = toLocalized(hours);
  return compact<Attraction>({
    id,
    name,
    category: toCategory(categoryText ?? osmCategory(props) ?? props.type),
    categoryName: typeof categoryName === 'object' ? categoryName : undefined,
    lat: position[1],
    lon: position[0],
    description: withTranslations(props, tags, 'description', feedLang),
    image,
    imageAlt: image ? toLocalized(props.imageAlt ?? props.image_alt) : undefined,
    url: safeUrl(props.url ?? props.website ?? props['contact:website'], ctx.base),
    address: toLocalized(props.address) ?? osmAddress(props),
    openingHours,
    // OSM's `opening_hours` as plain text: the text just read when it was the one taken.
    openingHoursOsm: typeof props.opening_hours !== 'string' ? undefined : hours === props.opening_hours ? (openingHours as string | undefined) : toPlainText(props.opening_hours) || undefined,
    phone: toPhone(props.phone ?? props['contact:phone']),
    language: toLang(props.language) ?? feedLang,
    approximate: props.locationPrecision === 'approximate' || undefined,
  });
}

/** The feed around parsed attractions (its name and language). */
export const geoJsonFeed = (json: Record<string, unknown>, attractions: Attraction[], ctx: ParseContext): AttractionsFeed =>
  compact<AttractionsFeed>({
    attractions,
    name: toLocalized(json.name) ?? toLocalized(json.title),
    language: toLang(json.language),
    skipped: ctx.skipped,
  });

export function* geoJsonSteps(json: Record<string, unknown>, ctx: ParseContext): Steps<AttractionsFeed> {
  const feedLang = toLang(json.language);
  const attractions: Attraction[] = [];
  const list = geoJsonFeatures(json, ctx);
  const read = (feature: unknown, index: number): void => {
    const attraction = parseFeature(feature, index, ctx, feedLang);
    if (attraction) attractions.push(attraction);
  };
  for (let i = 0; i < list.length; i++) {
    read(list[i], i);
    yield;
  }
  return geoJsonFeed(json, attractions, ctx);
}

export const parseGeoJson = (json: Record<string, unknown>, ctx: ParseContext): AttractionsFeed => runSync(geoJsonSteps(json, ctx));
