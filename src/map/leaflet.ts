import { unsafeCSS, type CSSResult } from 'lit';

/** Leaflet's namespace, as `import * as L from 'leaflet'` gives it. */
export type LeafletNS = typeof import('leaflet');

export interface LoadedLeaflet {
  L: LeafletNS;
  /** Leaflet's stylesheet, to adopt into a shadow root (`adoptStyles` or `static styles`). */
  css: CSSResult;
}

let loading: Promise<LoadedLeaflet> | undefined;

/**
 * Loads Leaflet (ES module build) and its CSS on first call, as a separate chunk; later
 * calls share the same promise. A failed load is not cached, so a retry can succeed.
 * Call it only once the map is visible and consented: this is what keeps Leaflet out of
 * the page until it is needed.
 */
export function loadLeaflet(): Promise<LoadedLeaflet> {
  loading ??= Promise.all([
    import('leaflet/dist/leaflet-src.esm.js'),
    import('leaflet/dist/leaflet.css?inline'),
  ]).then(
    ([L, css]) => ({ L: L as unknown as LeafletNS, css: unsafeCSS(css.default) }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
