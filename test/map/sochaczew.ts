// Test helper: the bundled Sochaczew GeoJSON as Attraction[] (what the feed layer will
// produce), with image URLs resolved against the feed's address.
import type { Attraction } from '../../src/feeds/types.js';

interface GeoFeature {
  id?: string;
  geometry: { type: string; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

export function geojsonToAttractions(json: { features: GeoFeature[]; language?: string }, base: string): Attraction[] {
  return json.features.map((f) => {
    const p = f.properties as Record<string, never>;
    return {
      ...p,
      id: String(p.id ?? f.id),
      lat: f.geometry.coordinates[1],
      lon: f.geometry.coordinates[0],
      image: p.image ? new URL(p.image, base).href : undefined,
      language: json.language,
      approximate: p.locationPrecision === 'approximate' || undefined,
      openingHoursOsm: p.opening_hours,
    } as unknown as Attraction;
  });
}

let cache: Promise<Attraction[]> | undefined;

/** The 15 attractions of data/attractions.geojson. */
export function sochaczew(): Promise<Attraction[]> {
  const url = new URL('/data/attractions.geojson', location.href).href;
  cache ??= fetch(url).then((r) => r.json()).then((json) => geojsonToAttractions(json, url));
  return cache;
}

/** `n` generated attractions around Sochaczew (deterministic). */
export function generated(n: number): Attraction[] {
  const cats = ['heritage', 'museum', 'park', 'religion', 'cemetery', 'family'];
  let seed = 42;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: n }, (_, i) => ({
    id: `g${i}`,
    name: `Attraction ${i}`,
    category: cats[i % cats.length],
    lat: 52.0 + rnd() * 0.5,
    lon: 19.9 + rnd() * 0.7,
  }));
}

/** The local 256×256 tile the test server serves: never the network. */
export const LOCAL_TILE = '/test/fixtures/tile.png?{z}-{x}-{y}';

/**
 * The same local tile under another origin (the test server, reached by the other loopback
 * name): a "third-party" tile server for consent tests, with no request leaving the machine.
 */
export const FOREIGN_ORIGIN = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
export const FOREIGN_TILE = `${FOREIGN_ORIGIN}/test/fixtures/tile.png?{z}-{x}-{y}`;
