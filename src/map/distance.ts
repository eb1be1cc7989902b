import { haversineKm, isCoordinate, rad, type LatLon } from './haversine.js';

export { haversineKm, type LatLon } from './haversine.js';

// WGS84 ellipsoid.
const WGS84_A = 6378137;
const WGS84_F = 1 / 298.257223563;
const WGS84_B = WGS84_A * (1 - WGS84_F);

/**
 * Geodesic distance in km on the WGS84 ellipsoid (Vincenty's inverse formula, accurate to
 * well under a metre). The sphere of {@link haversineKm} is up to 0.5 % off — for
 * Sochaczew–Krefeld 944 km instead of the true 947 km — so this is the figure we show.
 * Falls back to the haversine distance where Vincenty does not converge (near-antipodal
 * points). Undefined when either point lacks valid coordinates.
 */
export function geodesicKm(
  a: Partial<LatLon> | undefined,
  b: Partial<LatLon> | undefined,
): number | undefined {
  if (!isCoordinate(a) || !isCoordinate(b)) return undefined;
  const f = WGS84_F;
  const L = rad(b.lon - a.lon);
  const U1 = Math.atan((1 - f) * Math.tan(rad(a.lat)));
  const U2 = Math.atan((1 - f) * Math.tan(rad(b.lat)));
  const sinU1 = Math.sin(U1);
  const cosU1 = Math.cos(U1);
  const sinU2 = Math.sin(U2);
  const cosU2 = Math.cos(U2);
  let lambda = L;
  for (let i = 0; i < 200; i++) {
    const sinL = Math.sin(lambda);
    const cosL = Math.cos(lambda);
    const sinSigma = Math.sqrt((cosU2 * sinL) ** 2 + (cosU1 * sinU2 - sinU1 * cosU2 * cosL) ** 2);
    if (sinSigma === 0) return 0; // the same point
    const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    const sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    const cos2Alpha = 1 - sinAlpha ** 2;
    const cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha; // 0 on the equator
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    const previous = lambda;
    lambda =
      L +
      (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(lambda - previous) < 1e-12) {
      const u2 = (cos2Alpha * (WGS84_A ** 2 - WGS84_B ** 2)) / WGS84_B ** 2;
      const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
      const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
      const deltaSigma =
        B *
        sinSigma *
        (cos2SigmaM +
          (B / 4) *
            (cosSigma * (-1 + 2 * cos2SigmaM ** 2) -
              (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
      return (WGS84_B * A * (sigma - deltaSigma)) / 1000;
    }
  }
  return haversineKm(a, b);
}

/**
 * Rounds a distance for display: whole kilometres from 10 km up (city centres are points,
 * so more precision would be false), one decimal below.
 */
export function roundDistance(km: number): number {
  return km >= 10 ? Math.round(km) : Math.round(km * 10) / 10;
}
