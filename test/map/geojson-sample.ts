// Test helper: generated GeoJSON text of any size, with what real exports carry (OSM tags,
// translations, shapes, markup and escapes in names, broken members).

/** A FeatureCollection of `n` places around Sochaczew (deterministic), as GeoJSON text. */
export function geojsonText(n: number, { extras = true } = {}): string {
  let seed = 11;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const cats = ['heritage', 'museum', 'park', 'religion', 'cemetery', 'family'];
  const features: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const lon = 19.9 + rnd() * 0.7;
    const lat = 52.0 + rnd() * 0.5;
    const kind = i % 5;
    const properties: Record<string, unknown> =
      kind === 0
        ? { id: `p${i}`, name: { pl: `Zamek nr ${i}`, de: `Burg Nr. ${i}`, en: `Castle no. ${i}` }, category: cats[i % 6], address: `ul. Długa ${i}, 96-500 Sochaczew` }
        : kind === 1
          ? { '@id': `node/${i}`, name: `Kościół "św. ${i}" [a]{b}`, 'name:de': `Kirche ${i}`, amenity: 'place_of_worship', 'addr:street': 'Warszawska', 'addr:housenumber': String(i) }
          : kind === 2
            ? { name: `Park \\ ${i} & Ogród`, leisure: 'park', opening_hours: 'Mo-Fr 08:00-18:00' }
            : kind === 3
              ? { id: i, title: `<b>Museum</b> ${i}`, tourism: 'museum', website: `https://example.org/${i}` }
              : { name: `Miejsce ${i}`, category: 'Zabytek' };
    const geometry =
      i % 17 === 3
        ? { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.001, lat], [lon + 0.001, lat + 0.001], [lon, lat]]] }
        : { type: 'Point', coordinates: [lon, lat] };
    features.push({ type: 'Feature', geometry, properties });
  }
  if (extras) {
    features.splice(3, 0, null, 'text', { type: 'Feature', geometry: { type: 'Point', coordinates: [500, 0] }, properties: { name: 'x' } });
  }
  return JSON.stringify({ type: 'FeatureCollection', name: { pl: 'Atrakcje', en: 'Sights' }, features, language: 'pl' });
}

/** Puts a body on the test server and gives its address (served with `type`). */
export async function serveText(key: string, body: string, type = 'application/geo+json'): Promise<string> {
  await fetch(`/faults/store?key=${key}&type=${encodeURIComponent(type)}`, { method: 'POST', body });
  return `/faults/stored?key=${key}`;
}
