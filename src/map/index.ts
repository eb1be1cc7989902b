/**
 * The map floor shared by <civic-attractions-map> and the partnership panel's mini-map.
 * Nothing here imports Leaflet statically: `loadLeaflet()` and `import('./map-view.js')`
 * bring it in as a lazy chunk once the map is visible and consented.
 *
 * - `MapLoaderController(host, options)`: the whole life cycle of a lazily loaded map (consent,
 *   visibility, Leaflet and its CSS, idle/loading/ready/error, focus after consent, "map
 *   loaded", retry, destroy): what both maps use.
 * - `renderAttribution(options)`: the tile credit as DOM text; `DEFAULT_TILE_URL`,
 *   `OSM_COPYRIGHT_URL`, `DEFAULT_DIRECTIONS_URL`, `isOsmTiles()` (osm.ts).
 * - `MapConsentController(host, preset)`: `state` ('pending' | 'granted'), `grant(remember)`,
 *   `MapConsentController.forget()`; "always" is remembered in localStorage per origin.
 * - `MapVisibilityController(host, onResize)`: `seen` once on screen; size changes reported.
 * - `loadLeaflet()`: `{ L, css }`, cached promise (Leaflet ESM build + its CSS as CSSResult).
 * - `renderConsentPlaceholder(options)`, `renderOutline(points)`, `tileHost(tileUrl)`,
 *   `isOwnTileServer(tileUrl)` (same origin or no tiles: no consent needed).
 * - `GestureGuard`: ctrl/⌘ + wheel zoom, two-finger pan, hint callback.
 * - `createMarkerElement(category)`, `createCategoryGlyph(category)`, `categoryStyle()`.
 * - `ClusteredMapView` (in map-view.ts, import it dynamically): clustered (grid-cluster.ts, per draw)
 *   markers with accessible names and keyboard zoom into clusters.
 * - `cspSafeTileLayer(L, url, options)`: a tile layer that never assigns a `data:` URL (strict `img-src`).
 * - `mapFrameStyles`: CSS of the frame before a map is drawn (consent placeholder, messages);
 *   `drawnMapStyles`: markers, clusters and the hint, to adopt next to Leaflet's CSS.
 */
export { MapLoaderController, type MapLoadState, type MapLoaderOptions } from './map-loader.js';
export { renderAttribution, type AttributionOptions } from './attribution.js';
export { DEFAULT_TILE_URL, OSM_COPYRIGHT_URL, DEFAULT_DIRECTIONS_URL, isOsmTiles } from './osm.js';
export { MapConsentController, CONSENT_STORAGE_KEY, type MapConsentState } from './consent.js';
export { MapVisibilityController } from './visibility.js';
export { loadLeaflet, type LoadedLeaflet, type LeafletNS } from './leaflet.js';
export { renderConsentPlaceholder, renderOutline, tileHost, isOwnTileServer, type ConsentPlaceholderOptions } from './placeholder.js';
export { GestureGuard, isApplePlatform, type GestureHint } from './gestures.js';
export { KNOWN_CATEGORIES, categoryStyle, knownCategory, createCategoryGlyph, createMarkerElement } from './categories.js';
export { mapFrameStyles } from './map.styles.js';
export { drawnMapStyles } from './drawn-map.styles.js';
export { cspSafeTileLayer } from './tile-layer.js';
export type { MapPoint, Activation, ClusteredMapOptions } from './map-view.js';
