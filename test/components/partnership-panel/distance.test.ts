import { expect } from '@open-wc/testing';
import { geodesicKm, haversineKm, roundDistance } from '../../../src/components/partnership-panel/distance.js';
import { SOCHACZEW_KREFELD_KM } from './helpers.js';

const sochaczew = { lat: 52.229167, lon: 20.238611 };
const krefeld = { lat: 51.3333, lon: 6.5667 };

describe('partnership panel: distance', () => {
  it('gives the true Sochaczew–Krefeld distance within 1 km', () => {
    expect(geodesicKm(sochaczew, krefeld)).to.be.closeTo(SOCHACZEW_KREFELD_KM, 1);
    expect(geodesicKm(krefeld, sochaczew)).to.be.closeTo(SOCHACZEW_KREFELD_KM, 1);
  });

  it('matches Vincenty’s published test line (Flinders Peak – Buninyong, 54 972.271 m)', () => {
    const flinders = { lat: -(37 + 57 / 60 + 3.7203 / 3600), lon: 144 + 25 / 60 + 29.5244 / 3600 };
    const buninyong = { lat: -(37 + 39 / 60 + 10.1561 / 3600), lon: 143 + 55 / 60 + 35.3839 / 3600 };
    expect(geodesicKm(flinders, buninyong)! * 1000).to.be.closeTo(54972.271, 0.01);
  });

  it('keeps the spherical haversine within 0.5 % of the ellipsoid', () => {
    const sphere = haversineKm(sochaczew, krefeld)!;
    expect(Math.abs(sphere - SOCHACZEW_KREFELD_KM) / SOCHACZEW_KREFELD_KM).to.be.below(0.005);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).to.be.closeTo(111.2, 0.1);
  });

  it('handles the same point, antipodes and missing or impossible coordinates', () => {
    expect(geodesicKm(sochaczew, sochaczew)).to.equal(0);
    expect(geodesicKm({ lat: 0, lon: 0 }, { lat: 0.5, lon: 179.7 })).to.be.within(19900, 20050);
    expect(geodesicKm(sochaczew, {})).to.equal(undefined);
    expect(geodesicKm(sochaczew, { lat: 95, lon: 0 })).to.equal(undefined);
    expect(geodesicKm(undefined, krefeld)).to.equal(undefined);
    expect(haversineKm({ lat: NaN, lon: 0 }, krefeld)).to.equal(undefined);
  });

  it('rounds to whole kilometres, or tenths below 10 km', () => {
    expect(roundDistance(947.348)).to.equal(947);
    expect(roundDistance(3.46)).to.equal(3.5);
  });
});
