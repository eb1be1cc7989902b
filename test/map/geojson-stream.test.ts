import { expect } from '@open-wc/testing';
import { attractionsDescriptor } from '../../src/feeds/kinds/attractions.js';
import { FeatureReader, tailLanguage } from '../../src/map/geojson-stream.js';
import { mapAttractionsDescriptor, parseStats } from '../../src/map/geojson-parse.js';
import { loadFeed } from '../../src/feeds/loader.js';
import { clearSavedFeeds } from '../../src/feeds/storage.js';
import { geojsonText, serveText } from './geojson-sample.js';

const base = 'https://city.example/feeds/sights.geojson';
/** The sample with its "language" before the features (as most generators write it), or without one (as OSM exports are). */
const languageFirst = (text: string) => text.replace(/,"language":"pl"\}$/, '}').replace(/^\{"type":"FeatureCollection",/, '{"type":"FeatureCollection","language":"pl",');
const noLanguage = (text: string) => text.replace(/,"language":"pl"\}$/, '}');
const pretty = (text: string) => JSON.stringify(JSON.parse(text), null, 2);

/** The sample with one place drawn as a polygon of `points` corners (an outline of megabytes, as a district's boundary). */
const withLargeShape = (text: string, points: number) => {
  const ring = Array.from({ length: points }, (_, i) => [20 + Math.cos(i / 50) * 0.1, 52 + Math.sin(i / 50) * 0.1]);
  const shape = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: { id: 'district', name: 'Powiat' } };
  return text.replace('"features":[', `"features":[${JSON.stringify(shape)},`);
};

function streamed(text: string, size: number, maxItems?: number, hint?: string) {
  const lines: string[] = [];
  const reader = new FeatureReader({ base, maxItems, warn: (line) => lines.push(line) }, hint);
  for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
  return { feed: reader.finish(), lines };
}

function whole(text: string, maxItems?: number) {
  const lines: string[] = [];
  return { feed: attractionsDescriptor.parse(text, { base, maxItems, warn: (line) => lines.push(line) }), lines };
}

describe('the map reads GeoJSON as it downloads', () => {
  it('piece by piece, split anywhere: the same attractions, warnings and cap as one parse', () => {
    const texts: [string, number | undefined][] = [
      [languageFirst(geojsonText(400)), undefined],
      [languageFirst(geojsonText(400)), 150],
      [noLanguage(geojsonText(400)), undefined],
      [pretty(languageFirst(geojsonText(60))), undefined],
      [languageFirst(geojsonText(3000)), 2500],
      [withLargeShape(languageFirst(geojsonText(400)), 20_000), undefined],
    ];
    for (const [text, maxItems] of texts) {
      const one = whole(text, maxItems);
      for (const size of [1, 7, 100, 4096, 65_536, text.length]) {
        if ((size < 100 && text.length > 100_000) || (size < 4096 && text.length > 500_000)) continue;
        const { feed, lines } = streamed(text, size, maxItems);
        expect(feed, `pieces of ${size}`).to.deep.equal(one.feed);
        expect(lines, `warnings, pieces of ${size}`).to.deep.equal(one.lines);
      }
    }
    expect(whole(languageFirst(geojsonText(3000)), 2500).lines.some((l) => l.includes('only the first 2500 are used'))).to.equal(true);
  });

  it('a whole text with its language after the features: read with the language its end names, checked at the end', () => {
    const text = geojsonText(400);
    expect(tailLanguage(text.slice(-4096))).to.equal('pl');
    expect(tailLanguage(languageFirst(text).slice(-4096)), 'nothing after the list').to.equal(undefined);
    const one = whole(text);
    const { feed, lines } = streamed(text, 4096, undefined, tailLanguage(text.slice(-4096)));
    expect(feed).to.deep.equal(one.feed);
    expect(lines).to.deep.equal(one.lines);
    // A wrong hint is caught: only a parse of the whole text can tell then.
    expect(streamed(text, 4096, undefined, 'de').feed).to.equal(undefined);
    expect(streamed(noLanguage(text), 4096, undefined, 'pl').feed).to.equal(undefined);
  });

  it('leaves to one parse of the whole text what only that can tell', () => {
    const ok = languageFirst(geojsonText(300));
    const unsure = {
      'a language after the features': geojsonText(300),
      'broken JSON': ok.replace('"Castle no. 5"', '"Castle no. 5'),
      'a comma before the end of the list': ok.replace(/\]\}$/, ',]}'),
      'a second "features" list, which wins': ok.replace(/\}$/, ',"features":[]}'),
      'no usable place': '{"type":"FeatureCollection","language":"en","features":[null,1,"x"]}',
      'not GeoJSON': JSON.stringify({ type: 'Topology', language: 'en', features: [{ i: 1 }] }),
      'no list at all': '{"type":"FeatureCollection","language":"en"}',
    };
    for (const [what, text] of Object.entries(unsure)) {
      for (const size of [3, 4096, text.length]) expect(streamed(text, size).feed, `${what}, pieces of ${size}`).to.equal(undefined);
    }
    expect(streamed('{"type":"FeatureCollection","language":"en","features":[]}', 5).feed).to.deep.equal(whole('{"type":"FeatureCollection","language":"en","features":[]}').feed);
  });

  describe('through the loader, from a server that sends the feed in pieces', () => {
    beforeEach(() => clearSavedFeeds());

    it('reads it in the worker while it comes: the same feed as one parse', async () => {
      const text = languageFirst(geojsonText(6000));
      const url = new URL(`${await serveText(`stream-${Math.random()}`, text)}&parts=12&ms=25`, location.href).href;
      const { data } = await loadFeed(mapAttractionsDescriptor, url, { timeoutMs: 60_000 });
      expect(parseStats.last).to.equal('worker');
      expect(parseStats.streamed, 'read as it downloaded').to.equal(true);
      expect(parseStats.worker!.decode, 'no decoding left for the end').to.equal(0);
      expect(data).to.deep.equal(attractionsDescriptor.parse(text, { base: url, maxItems: 200_000, warn: () => {} }));
    }).timeout(120_000);

    it('a feed the stream cannot read (language at the end, an old encoding): read whole in the worker, the same feed', async () => {
      const late = geojsonText(4000);
      const lateUrl = new URL(`${await serveText(`stream-${Math.random()}`, late)}&parts=6&ms=20`, location.href).href;
      expect((await loadFeed(mapAttractionsDescriptor, lateUrl, { timeoutMs: 60_000 })).data).to.deep.equal(
        attractionsDescriptor.parse(late, { base: lateUrl, maxItems: 200_000, warn: () => {} }),
      );
      expect(parseStats.last).to.equal('worker');
      // windows-1250 bytes, no charset: strict UTF-8 fails in the stream, the whole body's guess reads them.
      const text = languageFirst(geojsonText(3000, { extras: false })).replace('"Atrakcje"', `"Atrakcje ${'ąśź'.repeat(10)}"`);
      const bytes = Uint8Array.from(text, (c) => ({ ą: 0xb9, ś: 0x9c, ź: 0x9f, ł: 0xb3, ó: 0xf3, ę: 0xea, ć: 0xe6, ń: 0xf1, ż: 0xbf, Ł: 0xa3, Ś: 0x8c, Ż: 0xaf })[c] ?? c.charCodeAt(0));
      const key = `stream-${Math.random()}`;
      await fetch(`/faults/store?key=${key}&type=${encodeURIComponent('application/geo+json')}`, { method: 'POST', body: bytes });
      const url = new URL(`/faults/stored?key=${key}&parts=6&ms=20`, location.href).href;
      const warned: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warned.push(args[0]);
      try {
        const { data } = await loadFeed(mapAttractionsDescriptor, url, { timeoutMs: 60_000 });
        expect(data).to.deep.equal(attractionsDescriptor.parse(text, { base: url, maxItems: 200_000, warn: () => {} }));
      } finally {
        console.warn = warn;
      }
      expect(warned.some((line) => String(line).includes('read as windows-1250')), 'says which encoding it guessed').to.equal(true);
    }).timeout(120_000);
  });
});
