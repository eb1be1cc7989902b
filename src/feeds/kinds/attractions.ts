/**
 * Attractions (GeoJSON): what the map reads. Maps are big: 50 MB and 200,000 features by
 * default. The map may swap `parse` for one that works off the main thread or in chunks:
 * `{ ...attractionsDescriptor, parse: (body, options) => promise }` (see `descriptor.ts`).
 */
import { defineKind, isSavedText, jsonFormat } from '../descriptor.js';
import { geoJsonSteps, isGeoJson } from '../formats/geojson.js';

export const attractionsDescriptor = defineKind<'attractions'>({
  kind: 'attractions',
  accept: 'application/geo+json, application/json;q=0.9, */*;q=0.5',
  limits: { maxBytes: 50 * 1024 * 1024, maxItems: 200_000 },
  list: 'attractions',
  formats: [jsonFormat('GeoJSON', isGeoJson, geoJsonSteps)],
  expected: 'a GeoJSON FeatureCollection',
  keepSaved: (a) => isSavedText(a.name) && Number.isFinite(a.lat) && Number.isFinite(a.lon),
});
