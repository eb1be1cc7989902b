/** Great-circle distances, small enough for the attractions map's eager code (geodesics: distance.ts). */
/** A point on the globe in WGS84 degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius in km (IUGG), the usual choice for great-circle distances. */
export const EARTH_RADIUS_KM = 6371.0088;

export const rad = (deg: number) => (deg * Math.PI) / 180;

export const isCoordinate = (p: Partial<LatLon> | undefined): p is LatLon =>
  !!p &&
  typeof p.lat === 'number' &&
  typeof p.lon === 'number' &&
  Number.isFinite(p.lat) &&
  Number.isFinite(p.lon) &&
  Math.abs(p.lat) <= 90 &&
  Math.abs(p.lon) <= 180;

/**
 * Great-circle distance in km on a sphere of the mean Earth radius (haversine formula);
 * undefined when either point lacks valid coordinates. Quick, but up to 0.5 % off the
 * real (ellipsoidal) distance: see {@link geodesicKm}.
 */
export function haversineKm(
  a: Partial<LatLon> | undefined,
  b: Partial<LatLon> | undefined,
): number | undefined {
  if (!isCoordinate(a) || !isCoordinate(b)) return undefined;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
