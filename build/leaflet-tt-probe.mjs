// Leaflet 1.9 probes inline-SVG support at module load with `div.innerHTML = '<svg/>'`.
// Under `require-trusted-types-for 'script'` that assignment throws and the whole import
// fails. Every browser we support has inline SVG, so the probe is replaced by `true` at
// build time (Vite) and when served to tests (Web Test Runner). Nothing else is changed.

const PROBE = /div\.innerHTML\s*=\s*'<svg\/>';\s*return\s*\(div\.firstChild && div\.firstChild\.namespaceURI\) === 'http:\/\/www\.w3\.org\/2000\/svg';/;
const REPLACEMENT = "return true;";

const isLeaflet = (id) => /leaflet[\\/]dist[\\/]leaflet-src(\.esm)?\.js(\?|$)/.test(id);

/** Replaces Leaflet's inline-SVG probe; returns the code unchanged when the probe is not there. */
function removeLeafletProbe(code) {
  return code.replace(PROBE, REPLACEMENT);
}

/** Vite plugin: `plugins: [leafletTrustedTypesProbe()]` in vite.config.ts. */
export function leafletTrustedTypesProbe() {
  return {
    name: 'leaflet-tt-probe',
    enforce: 'pre',
    transform(code, id) {
      if (!isLeaflet(id)) return null;
      return { code: removeLeafletProbe(code), map: null };
    },
  };
}

/** Web Test Runner / @web/dev-server plugin: `plugins: [leafletTrustedTypesProbeWtr(), …]`. */
export function leafletTrustedTypesProbeWtr() {
  return {
    name: 'leaflet-tt-probe',
    transform(context) {
      if (!isLeaflet(context.path) || typeof context.body !== 'string') return undefined;
      return { body: removeLeafletProbe(context.body) };
    },
  };
}
