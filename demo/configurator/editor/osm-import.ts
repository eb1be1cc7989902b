// Opening a file in the attractions editor: our own GeoJSON as it is; an overpass-turbo
// GeoJSON export (OpenStreetMap tags) or raw overpass JSON through the library's own reader
// (which maps tourism/amenity/historic/leisure to categories, name:de to translations,
// addr:* to an address), then written back in the schema's shape.
import { parseFeedJson } from '../../../src/feeds/parse.js';
import type { Attraction } from '../../../src/feeds/types.js';
import { slug, type Json, type JsonObject } from './model.js';

const isObject = (value: unknown): value is JsonObject => !!value && typeof value === 'object' && !Array.isArray(value);

/** Features that already follow our schema (name and category in their properties). */
const isOurs = (features: unknown[]) =>
  features.every((f) => isObject(f) && isObject(f.properties) && 'name' in f.properties && typeof f.properties.category === 'string');

/** Raw overpass JSON (`out center;`): nodes with lat/lon, ways and relations with a centre. */
function overpassToGeoJson(elements: unknown[]): JsonObject {
  const features = elements.flatMap((element) => {
    if (!isObject(element) || !isObject(element.tags)) return [];
    const center = isObject(element.center) ? element.center : element;
    if (typeof center.lat !== 'number' || typeof center.lon !== 'number') return [];
    return [{ type: 'Feature', id: `${element.type}/${element.id}`, geometry: { type: 'Point', coordinates: [center.lon, center.lat] }, properties: element.tags }];
  });
  return { type: 'FeatureCollection', features } as JsonObject;
}

/** One attraction of the model in the schema's shape. */
function toFeature(a: Attraction, used: Set<string>): JsonObject {
  let id = slug(a.id) || 'place';
  for (let n = 2; used.has(id); n++) id = `${slug(a.id) || 'place'}-${n}`;
  used.add(id);
  const properties: Record<string, Json | undefined> = {
    id,
    name: a.name as Json,
    category: a.category,
    description: a.description as Json,
    address: a.address as Json,
    openingHours: a.openingHours as Json,
    url: a.url,
    phone: a.phone,
    image: a.image,
    imageAlt: a.imageAlt as Json,
    language: a.language,
    locationPrecision: a.approximate ? 'approximate' : undefined,
  };
  for (const key of Object.keys(properties)) if (properties[key] === undefined) delete properties[key];
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: [a.lon, a.lat] }, properties: properties as JsonObject };
}

/** The file to edit and how many places were converted from OpenStreetMap tags (0 for our own format). */
export function featuresFromImport(json: unknown): { doc: JsonObject; imported: number } {
  if (!isObject(json)) throw new Error('not an object');
  let collection: JsonObject;
  if (Array.isArray(json.elements)) collection = overpassToGeoJson(json.elements);
  else if (json.type === 'Feature') collection = { type: 'FeatureCollection', features: [json] };
  else if (json.type === 'FeatureCollection' && Array.isArray(json.features)) collection = json;
  else throw new Error('not GeoJSON');
  const features = collection.features as Json[];
  if (isOurs(features)) return { doc: structuredClone(collection), imported: 0 };
  const { attractions } = parseFeedJson('attractions', collection, { maxItems: 100_000, warn: () => {} });
  const used = new Set<string>();
  const doc: JsonObject = { type: 'FeatureCollection', language: typeof collection.language === 'string' ? collection.language : 'pl' };
  if (collection.name !== undefined && (typeof collection.name === 'string' || isObject(collection.name))) doc.name = collection.name;
  doc.features = attractions.map((a) => toFeature(a, used));
  return { doc, imported: attractions.length };
}
