/**
 * Clustering for the map, computed for the visible area at each draw instead of a
 * hierarchy built up front: nothing to build when the data, the category filter or the
 * search changes, and one pass over typed arrays per zoom or pan (about a millisecond per
 * 10,000 points). Points fall into square cells of a fixed size in screen pixels, anchored
 * to the world (so panning never regroups them, and each cell splits into four on zooming
 * in); neighbouring cells whose groups lie closer than a cell are merged, so no two
 * bubbles overlap. Pure data code, no Leaflet.
 */

/** Tile size of Web Mercator (Leaflet's default): the world is 256 × 2^zoom pixels wide. */
const TILE = 256;
const MAX_LAT = 85.0511287798;

/** Longitude to world x in [0, 1] (Web Mercator, as Leaflet's EPSG:3857). */
export const worldX = (lon: number) => lon / 360 + 0.5;
/** Latitude to world y in [0, 1], 0 at the top. */
export function worldY(lat: number) {
  const sin = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}
export const lonOf = (x: number) => (x - 0.5) * 360;
export const latOf = (y: number) => (Math.atan(Math.sinh((0.5 - y) * 2 * Math.PI)) * 180) / Math.PI;

/** Points projected once: world coordinates in two typed arrays, in the order given. */
export interface Projected {
  x: Float64Array;
  y: Float64Array;
}

export function project(points: readonly { lat: number; lon: number }[]): Projected {
  const x = new Float64Array(points.length);
  const y = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) {
    x[i] = worldX(points[i].lon);
    y[i] = worldY(points[i].lat);
  }
  return { x, y };
}

/** A group drawn as one bubble, or (count 1) a single point. */
export interface Group {
  /** Where to draw it: the members' centre, in world coordinates. */
  x: number;
  y: number;
  count: number;
  /** Index of one member (the first in data order): a single point's own index. */
  first: number;
  /** The members' bounding box in world coordinates (for "zoom into this cluster"). */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Index of its cell in this draw's grid. */
  cell: number;
  /** Its cell in the world at this zoom: a key that stays while panning. */
  key: number;
}

export interface GroupOptions {
  /** Zoom level (integer). */
  zoom: number;
  /** Area to group, in world coordinates [minX, minY, maxX, maxY]; points outside are left out. */
  bbox: readonly [number, number, number, number];
  /** Cell size in screen pixels (default 64). */
  cellPx?: number;
  /** Set true to get every point on its own (the highest zoom: nothing left to split). */
  noGrouping?: boolean;
  /** When given, filled with the group index of each point (-1: outside the area). */
  groupOf?: Int32Array;
}

/** Groups the points inside `bbox` at `zoom`. */
export function groupPoints(points: Projected, options: GroupOptions): Group[] {
  const { zoom, bbox, groupOf } = options;
  const n = points.x.length;
  const cell = (options.cellPx ?? 64) / (TILE * 2 ** zoom);
  const [minX, minY, maxX, maxY] = bbox;
  const { x, y } = points;
  if (groupOf) groupOf.fill(-1);
  if (options.noGrouping) {
    const out: Group[] = [];
    for (let i = 0; i < n; i++) {
      const px = x[i];
      const py = y[i];
      if (px < minX || px > maxX || py < minY || py > maxY) continue;
      if (groupOf) groupOf[i] = out.length;
      out.push({ x: px, y: py, count: 1, first: i, minX: px, minY: py, maxX: px, maxY: py, cell: i, key: i });
    }
    return out;
  }
  // A dense grid over the area: a few hundred cells for a screen.
  const gx0 = Math.floor(minX / cell);
  const gy0 = Math.floor(minY / cell);
  const width = Math.floor(maxX / cell) - gx0 + 1;
  const height = Math.floor(maxY / cell) - gy0 + 1;
  if (width * height > 4_000_000) throw new RangeError('area too large for its zoom');
  const slot = new Int32Array(width * height).fill(-1);
  const groups: Group[] = [];
  const sumX: number[] = [];
  const sumY: number[] = [];
  for (let i = 0; i < n; i++) {
    const px = x[i];
    const py = y[i];
    if (px < minX || px > maxX || py < minY || py > maxY) continue;
    const gx = Math.floor(px / cell);
    const gy = Math.floor(py / cell);
    const c = (gy - gy0) * width + (gx - gx0);
    let g = slot[c];
    if (g === -1) {
      g = slot[c] = groups.length;
      groups.push({ x: 0, y: 0, count: 0, first: i, minX: px, minY: py, maxX: px, maxY: py, cell: c, key: gx * 2 ** 26 + gy });
      sumX.push(0);
      sumY.push(0);
    }
    const group = groups[g];
    group.count++;
    sumX[g] += px;
    sumY[g] += py;
    if (px < group.minX) group.minX = px;
    if (px > group.maxX) group.maxX = px;
    if (py < group.minY) group.minY = py;
    if (py > group.maxY) group.maxY = py;
    if (groupOf) groupOf[i] = g;
  }
  for (let g = 0; g < groups.length; g++) {
    groups[g].x = sumX[g] / groups[g].count;
    groups[g].y = sumY[g] / groups[g].count;
  }
  // Neighbouring groups closer than a cell become one (largest first, so big bubbles absorb small ones).
  const into = new Int32Array(groups.length).map((_, g) => g);
  const root = (g: number) => {
    while (into[g] !== g) g = into[g];
    return g;
  };
  const order = groups.map((_, g) => g).sort((a, b) => groups[b].count - groups[a].count);
  for (const g of order) {
    if (into[g] !== g) continue;
    const a = groups[g];
    const col = a.cell % width;
    const row = (a.cell - col) / width;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        if ((!dx && !dy) || col + dx < 0 || col + dx >= width || row + dy < 0 || row + dy >= height) continue;
        const h = slot[(row + dy) * width + col + dx];
        if (h === -1 || into[h] !== h || h === g) continue;
        const b = groups[h];
        if (Math.hypot(a.x - b.x, a.y - b.y) >= cell) continue;
        const count = a.count + b.count;
        a.x = (a.x * a.count + b.x * b.count) / count;
        a.y = (a.y * a.count + b.y * b.count) / count;
        a.count = count;
        a.first = Math.min(a.first, b.first);
        a.minX = Math.min(a.minX, b.minX);
        a.minY = Math.min(a.minY, b.minY);
        a.maxX = Math.max(a.maxX, b.maxX);
        a.maxY = Math.max(a.maxY, b.maxY);
        into[h] = g;
      }
    }
  }
  const kept: Group[] = [];
  const renumber = new Int32Array(groups.length).fill(-1);
  for (let g = 0; g < groups.length; g++) {
    if (into[g] !== g) continue;
    renumber[g] = kept.length;
    kept.push(groups[g]);
  }
  if (groupOf) {
    // Each group's final number once, then one look-up per point (100,000 points, a few hundred groups).
    const final = renumber.map((_, g) => renumber[root(g)]);
    for (let i = 0; i < n; i++) if (groupOf[i] !== -1) groupOf[i] = final[groupOf[i]];
  }
  return kept;
}
