import { expect } from '@open-wc/testing';
import { tileHost } from '../../src/map/placeholder.js';
import { categoryStyle, createMarkerElement, knownCategory } from '../../src/map/categories.js';
import {
  directionsUrl,
  readHash,
  safeUrl,
  telUrl,
  writeHash,
  parseCategories,
  categoryCounts,
  usableAttractions,
} from '../../src/components/attractions-map/attractions-map-helpers.js';
import { loadLeaflet } from '../../src/map/leaflet.js';

describe('map helpers', () => {
  it('names the tile server of a template', () => {
    expect(tileHost('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).to.equal('tile.openstreetmap.org');
    expect(tileHost('https://{s}.tiles.example.org/{z}/{x}/{y}@2x.png')).to.equal('0.tiles.example.org');
    expect(tileHost('/tiles/{z}/{x}/{y}.png')).to.equal(location.host);
  });

  it('styles every category with a glyph, unknown ones neutrally', () => {
    expect(categoryStyle('museum').glyph).to.not.equal(categoryStyle('park').glyph);
    expect(knownCategory('zoo')).to.equal('other');
    const pin = createMarkerElement('zoo');
    expect(pin.querySelector('svg[aria-hidden="true"] path')).to.exist;
    expect(pin.className).to.contain('civic-pin--other');
  });

  it('reads and writes deep links', () => {
    expect(readHash('#poi=wieza-cisnien')).to.deep.equal({ poi: 'wieza-cisnien', cat: undefined, q: undefined });
    expect(readHash('#cat=museum,park&poi=x')).to.deep.equal({ poi: 'x', cat: ['museum', 'park'], q: undefined });
    expect(readHash('#main')).to.deep.equal({ poi: undefined, cat: undefined, q: undefined });
    expect(readHash('#q=Wie%C5%BCa+ci%C5%9Bnie%C5%84')).to.deep.equal({ poi: undefined, cat: undefined, q: 'Wieża ciśnień' });
    expect(writeHash({ poi: 'x', cat: ['museum', 'park'] })).to.equal('#cat=museum,park&poi=x');
    expect(writeHash({ q: 'Żelazowa Wola', poi: 'x' })).to.equal('#q=%C5%BBelazowa+Wola&poi=x');
    expect(writeHash({ poi: null, cat: null, q: '' })).to.equal('');
    expect(parseCategories(' museum,  park heritage')).to.deep.equal(['museum', 'park', 'heritage']);
  });

  it('links only http(s), tel: from digits, and fills the route template', () => {
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,x')).to.equal(undefined);
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(telUrl('+48 46 862 33 09')).to.equal('tel:+48468623309');
    expect(telUrl('ring us')).to.equal(undefined);
    const a = { id: 'x', name: 'X', category: 'park', lat: 52.1, lon: 20.2 };
    expect(directionsUrl('https://r.example/?to={lat},{lon}&q={name}', a, 'Park & Ride')).to.equal('https://r.example/?to=52.100000,20.200000&q=Park%20%26%20Ride');
    expect(directionsUrl('javascript:go({lat})', a, 'X')).to.equal(undefined);
  });

  it('counts categories in a fixed order and drops unusable points', () => {
    const list = usableAttractions([
      { id: 'a', name: 'A', category: 'park', lat: 1, lon: 1 },
      { id: 'b', name: 'B', category: 'heritage', lat: 1, lon: 1 },
      { id: 'c', name: 'C', category: 'zoo', lat: 1, lon: 1 },
      { id: 'd', name: 'D', category: 'park', lat: Number.NaN, lon: 1 },
      null,
    ]);
    expect(list.map((a) => a.id)).to.deep.equal(['a', 'b', 'c']);
    expect(categoryCounts(list)).to.deep.equal([['heritage', 1], ['park', 1], ['zoo', 1]]);
  });

  it('loads Leaflet once, as a module with its CSS', async () => {
    const [a, b] = await Promise.all([loadLeaflet(), loadLeaflet()]);
    expect(a).to.equal(b);
    expect(a.L.map).to.be.a('function');
    expect(a.css.cssText).to.contain('.leaflet-container');
  });
});
