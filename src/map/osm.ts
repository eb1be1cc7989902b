import { tileHost } from './placeholder.js';

/** OpenStreetMap's standard tiles (usage policy: attribution shown, no bulk use). */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/** Where the "© OpenStreetMap contributors" credit links to. */
export const OSM_COPYRIGHT_URL = 'https://www.openstreetmap.org/copyright';
/** OpenStreetMap's route planner with the destination filled in. */
export const DEFAULT_DIRECTIONS_URL = 'https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}#map=16/{lat}/{lon}';

/** True when a tile URL template points at OpenStreetMap's own servers (their credit is then due). */
export const isOsmTiles = (tileUrl: string | undefined) =>
  !!tileUrl?.trim() && /(^|\.)openstreetmap\.org$/i.test(tileHost(tileUrl.trim()));
