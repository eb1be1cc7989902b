import { expect } from '@open-wc/testing';
import { spreadIdentical } from '../../src/map/spread.js';

const metres = ([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]) =>
  Math.hypot((lon2 - lon1) * 111_320 * Math.cos((lat1 * Math.PI) / 180), (lat2 - lat1) * 111_320);

describe('spreadIdentical (places sharing one position)', () => {
  it('spreads a shared position on a small circle so every pin can be reached, and leaves others alone', () => {
    const at = { lat: 52.2251, lon: 20.2401 };
    const spread = spreadIdentical([
      { id: 'a', ...at },
      { id: 'b', ...at },
      { id: 'c', ...at },
      { id: 'alone', lat: 52.23, lon: 20.25 },
    ]);
    expect(spread.get('alone')).to.deep.equal([20.25, 52.23]);
    const group = ['a', 'b', 'c'].map((id) => spread.get(id)!);
    for (const p of group) expect(metres([at.lon, at.lat], p)).to.be.closeTo(12, 0.5);
    expect(metres(group[0], group[1])).to.be.greaterThan(15);
    expect(metres(group[1], group[2])).to.be.greaterThan(15);
  });
});
