// The benchmark page of the map benches (bench/map.html: the element and plain Leaflet +
// markercluster side by side), built with the project's plugins into `outDir`.
import { build } from 'vite';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { civicPlugins } from '../build/plugins.mjs';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** `minify: false` keeps function names readable in a CPU profile. */
export function buildMapPage(outDir, { minify = true } = {}) {
  return build({
    root,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: civicPlugins(),
    build: { outDir, emptyOutDir: true, target: 'es2022', minify, rolldownOptions: { input: join(root, 'bench/map.html') } },
  });
}
