/** Attractions parsing only (GeoJSON): what the map loads. */
import type { AttractionsFeed } from './model.js';
import { ParseContext, type ParseOptions } from './context.js';
import { readBody } from './parse-common.js';
import { isGeoJson, parseGeoJson } from './formats/geojson.js';

export function parseAttractionsJson(json: unknown, ctx: ParseContext): AttractionsFeed {
  if (isGeoJson(json)) return parseGeoJson(json, ctx);
  throw ctx.invalid('expected a GeoJSON FeatureCollection');
}

export function parseAttractionsText(body: string, options: ParseOptions & { contentType?: string } = {}): AttractionsFeed {
  const read = readBody(body, options.contentType);
  const ctx = new ParseContext(options);
  if ('xml' in read) throw ctx.invalid('RSS/Atom can only feed news, not attractions');
  return parseAttractionsJson(read.json, ctx);
}
