import { expect } from '@open-wc/testing';
import { packAttractions, unpacker, transferablesOf, type PackedAttractions } from '../../src/map/packed.js';
import { unpackInSlices } from '../../src/map/geojson-worker-client.js';
import { yieldToBrowser } from '../../src/map/geojson-stream.js';
import { attractionsDescriptor } from '../../src/feeds/kinds/attractions.js';
import type { Attraction } from '../../src/feeds/model.js';
import { geojsonText } from './geojson-sample.js';

/** Through a real structured clone with the typed arrays moved, as postMessage does. */
const clone = (packed: PackedAttractions): PackedAttractions => structuredClone(packed, { transfer: transferablesOf(packed) });

const every: Attraction = {
  id: 'zamek',
  name: { pl: 'Ruiny Zamku Książąt Mazowieckich', de: 'Burgruine', uk: 'Руїни замку' },
  category: 'heritage',
  categoryName: { pl: 'Zabytek', de: 'Denkmal' },
  lat: 52.2216,
  lon: 20.2386,
  description: 'Ruiny z XIV w. „nad Bzurą”',
  image: 'https://city.example/zamek.jpg',
  imageAlt: { pl: 'Mury', en: 'Walls' },
  url: 'https://city.example/zamek',
  address: 'ul. Zamkowa 1, 96-500 Sochaczew',
  openingHours: { pl: 'codziennie', en: 'daily' },
  openingHoursOsm: 'Tu-Su 10:00-18:00',
  phone: '+48 46 862 33 10',
  language: 'pl',
  approximate: true,
};

describe('places packed for the trip from the parse worker', () => {
  it('come back as they were: every field, language maps, plain strings, empty strings', () => {
    const list: Attraction[] = [
      every,
      { id: 'a', name: 'Park', category: 'park', lat: -33.5, lon: 151 },
      { id: '', name: '', category: 'other', lat: 0, lon: -0.000001, language: 'de', address: { de: '' } },
      { ...every, id: 'b', approximate: false, name: 'Kościół' },
    ];
    const out: Attraction[] = [];
    const next = unpacker(clone(packAttractions(list)), out);
    expect(next(1000)).to.equal(false);
    expect(out).to.deep.equal(list);
    // Category strings and language tags are shared: one string per value on the page.
    expect(out[0].category).to.equal(every.category);
  });

  it('a place that does not fit the schema travels as JSON and still comes back whole', () => {
    const odd = [
      { id: 'x', name: 'X', category: 'park', lat: 1, lon: 2, extra: [1, 2, { deep: true }] },
      { id: 'y', name: { pl: 'Y', n: 5 }, category: 'park', lat: 1, lon: 2 },
      { id: 'z', name: 'Z', category: 'park', lat: '1', lon: 2 },
      every,
      // Keys in another order than the model's (a host's own objects): as JSON too.
      { name: 'W', id: 'w', category: 'park', lat: 1, lon: 2 },
      { ...every, id: 'after' },
    ] as unknown as Attraction[];
    const packed = packAttractions(odd);
    expect(packed.json.map(([i]) => i)).to.deep.equal([0, 1, 2, 4]);
    const out: Attraction[] = [];
    unpacker(clone(packed), out)(10);
    expect(out).to.deep.equal(odd);
  });

  it('a real feed survives the trip and is rebuilt in slices with the page free in between', async () => {
    const { attractions } = attractionsDescriptor.parse(geojsonText(12_000), { warn: () => {} }) as { attractions: Attraction[] };
    const packed = clone(packAttractions(attractions));
    // Moved, not copied: what the worker hands over are typed arrays and one string.
    expect(packed.masks).to.be.instanceOf(Uint32Array);
    expect(packed.numbers.length).to.equal(2 * attractions.length);
    // The page gets a turn between slices: 12,000 places are three slices, two turns.
    let turns = 0;
    const back = await unpackInSlices(packed, undefined, () => (turns++, yieldToBrowser()));
    expect(back).to.deep.equal(attractions);
    expect(turns).to.equal(2);
  });
});
