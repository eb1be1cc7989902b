// The GeoJSON both contenders of bench/map.mjs read: `n` places over a region of central
// Poland (deterministic), with what a tourist office's export carries: names in three
// languages, a category, an address, opening hours, a website. 100,000 places ≈ 20 MB.
const CATEGORIES = ['heritage', 'museum', 'park', 'religion', 'cemetery', 'family'];
const STREETS = ['Warszawska', 'Staszica', 'Traugutta', 'Długa', 'Kościuszki', 'Żeromskiego', '15 Sierpnia'];

export function generateGeoJson(n) {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const features = [];
  for (let i = 0; i < n; i++) {
    // Places cluster around towns, as real ones do: 60 town centres and the countryside between.
    const town = Math.floor(rnd() * 60);
    const spread = rnd() < 0.7 ? 0.04 : 0.6;
    const lon = 19.2 + ((town * 0.37) % 2.4) + (rnd() - 0.5) * spread;
    const lat = 51.6 + ((town * 0.23) % 1.4) + (rnd() - 0.5) * spread;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Number(lon.toFixed(6)), Number(lat.toFixed(6))] },
      properties: {
        id: `place-${i}`,
        name: { pl: `Atrakcja nr ${i}`, de: `Sehenswürdigkeit Nr. ${i}`, en: `Attraction no. ${i}` },
        category: CATEGORIES[i % CATEGORIES.length],
        address: `ul. ${STREETS[i % STREETS.length]} ${1 + (i % 120)}, 96-500 Sochaczew`,
        opening_hours: i % 3 ? 'Tu-Su 10:00-18:00' : undefined,
        url: i % 4 ? undefined : `https://example.org/places/${i}`,
      },
    });
  }
  return JSON.stringify({ type: 'FeatureCollection', name: 'Generated places', language: 'pl', features });
}
