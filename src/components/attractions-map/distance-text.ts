import type { I18nController } from '../../controllers/i18n-controller.js';
import { haversineKm } from '../../map/haversine.js';

/** Straight-line distance between two points in km (great circle), or undefined. */
export const distanceKm = (from: { lat: number; lon: number } | undefined, to: { lat: number; lon: number }) =>
  from ? haversineKm(from, to) : undefined;

/** "350 m", "1,2 km", "24 km", as the visitor's language writes units. */
export function distanceText(i18n: I18nController, km: number): string {
  if (km < 1) {
    const metres = Math.max(10, Math.round((km * 1000) / 10) * 10);
    return i18n.formatNumber(metres, { style: 'unit', unit: 'meter', unitDisplay: 'short' });
  }
  return i18n.formatNumber(km < 10 ? Math.round(km * 10) / 10 : Math.round(km), { style: 'unit', unit: 'kilometer', unitDisplay: 'short' });
}
