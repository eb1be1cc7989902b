import type { TileLayer, TileLayerOptions } from 'leaflet';
import type { LeafletNS } from './leaflet.js';

/** What Leaflet keeps per tile (internal, not in its types). */
interface TileRecord {
  el: HTMLImageElement;
  coords: { z: number };
}

/** The internals of `L.TileLayer` that the subclass replaces. */
interface TileLayerInternals {
  _tiles: Record<string, TileRecord>;
  _tileZoom: number;
  _map?: unknown;
  fire(type: string, data: object): void;
}

const cache = new WeakMap<LeafletNS, new (url: string, options?: TileLayerOptions) => TileLayer>();
const noop = () => {};

/**
 * A tile layer that never assigns a `data:` URL. Leaflet 1.9 cancels a tile it no longer
 * needs (zoom, pan, removal) by setting its `src` to a `data:image/gif` placeholder, which a
 * strict `img-src` policy without `data:` reports as a violation on every zoom. Here the
 * `src` attribute is removed instead: that cancels the request just as well, fires no event,
 * and loads nothing. Used by every map of the library (attractions map, panel mini-map).
 */
export function cspSafeTileLayer(L: LeafletNS, url: string, options?: TileLayerOptions): TileLayer {
  let Layer = cache.get(L);
  if (!Layer) {
    const GridLayer = L.GridLayer.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    Layer = L.TileLayer.extend({
      // Same as Leaflet's, except for how the unfinished tile is cancelled.
      _abortLoading(this: TileLayerInternals) {
        for (const key of Object.keys(this._tiles)) {
          const record = this._tiles[key];
          if (record.coords.z === this._tileZoom) continue;
          const tile = record.el;
          tile.onload = noop;
          tile.onerror = noop;
          if (!tile.complete) {
            tile.removeAttribute('src');
            tile.remove();
            delete this._tiles[key];
            this.fire('tileabort', { tile, coords: record.coords });
          }
        }
      },
      _removeTile(this: TileLayerInternals, key: string) {
        const record = this._tiles[key];
        if (!record) return;
        // Cancels a pending request without loading anything in its place.
        record.el.onload = noop;
        record.el.onerror = noop;
        record.el.removeAttribute('src');
        return GridLayer._removeTile.call(this, key);
      },
      _tileReady(this: TileLayerInternals, coords: unknown, err: unknown, tile?: HTMLImageElement) {
        if (!this._map || (tile && !tile.hasAttribute('src'))) return;
        return GridLayer._tileReady.call(this, coords, err, tile);
      },
    }) as unknown as new (url: string, options?: TileLayerOptions) => TileLayer;
    cache.set(L, Layer);
  }
  return new Layer(url, options);
}
