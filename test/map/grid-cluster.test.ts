import { expect } from '@open-wc/testing';
import { groupPoints, project, worldX, worldY } from '../../src/map/grid-cluster.js';

describe('groupPoints()', () => {
  it('numbers each point with the bubble that holds it, merged bubbles included', () => {
    // Towns of points and the country between them: many neighbouring cells merge.
    let seed = 3;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const places = Array.from({ length: 20_000 }, (_, i) => ({ lat: 51.6 + (i % 7) * 0.2 + (rnd() - 0.5) * 0.1, lon: 19.2 + (i % 11) * 0.2 + (rnd() - 0.5) * 0.1 }));
    const points = project(places);
    const groupOf = new Int32Array(places.length);
    const bbox = [worldX(19.5), worldY(52.6), worldX(21), worldY(51.8)] as const;
    const groups = groupPoints(points, { zoom: 9, bbox, groupOf });
    expect(groups.length).to.be.greaterThan(10);
    const members = new Array<number>(groups.length).fill(0);
    for (let i = 0; i < places.length; i++) {
      const g = groupOf[i];
      const inside = points.x[i] >= bbox[0] && points.x[i] <= bbox[2] && points.y[i] >= bbox[1] && points.y[i] <= bbox[3];
      expect(g, `point ${i}`).to.equal(inside ? g : -1);
      if (g === -1) continue;
      members[g]++;
      const { minX, minY, maxX, maxY } = groups[g];
      expect(points.x[i] >= minX && points.x[i] <= maxX && points.y[i] >= minY && points.y[i] <= maxY, `point ${i} in its bubble`).to.equal(true);
    }
    expect(members).to.deep.equal(groups.map((g) => g.count));
    for (const [g, group] of groups.entries()) expect(groupOf[group.first]).to.equal(g);
  });
});
