/**
 * Places that share one exact position (a museum and its café, a feed that gives a town's
 * centre for several sights) would be drawn as pins on one pixel, only the top one
 * clickable even at the highest zoom. Such groups are spread on a small circle instead.
 */
const RADIUS_M = 12;
const M_PER_DEG_LAT = 111_320;

/** Positions `[lon, lat]` by id: the given one, or a spot on a 12 m circle around a shared one. */
export function spreadIdentical(points: readonly { id: string; lat: number; lon: number }[]): Map<string, [number, number]> {
  const groups = new Map<string, { id: string; lat: number; lon: number }[]>();
  for (const p of points) {
    const key = `${p.lon.toFixed(7)},${p.lat.toFixed(7)}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const out = new Map<string, [number, number]>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      out.set(group[0].id, [group[0].lon, group[0].lat]);
      continue;
    }
    const dLat = RADIUS_M / M_PER_DEG_LAT;
    const dLon = dLat / Math.max(0.01, Math.cos((group[0].lat * Math.PI) / 180));
    group.forEach((p, i) => {
      const angle = (2 * Math.PI * i) / group.length;
      out.set(p.id, [p.lon + dLon * Math.sin(angle), p.lat + dLat * Math.cos(angle)]);
    });
  }
  return out;
}
