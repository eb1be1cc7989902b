// Every Vite plugin the library's sources need, in one list: vite.config.ts and the
// benchmarks (which build or serve with `configFile: false`) use the same one, so a new
// import convention cannot work in one and break in another.
import { leafletTrustedTypesProbe } from './leaflet-tt-probe.mjs';
import { jsonDataImport } from './json-data-import.mjs';
import { localeSection } from './locale-section.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';

export function civicPlugins() {
  return [leafletTrustedTypesProbe(), jsonDataImport(), localeSection(), minifyCssLiterals()];
}
