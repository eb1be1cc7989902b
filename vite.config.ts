import { defineConfig } from 'vite';
import { leafletTrustedTypesProbe } from './build/leaflet-tt-probe.mjs';

/** One entry per element, for bundlers that import only what a page uses. */
const elementEntries = {
  'news-ticker': 'src/components/news-ticker/news-ticker.ts',
  'article-cards': 'src/components/article-cards/article-cards.ts',
  'attractions-map': 'src/components/attractions-map/attractions-map.ts',
  'partnership-panel': 'src/components/partnership-panel/partnership-panel.ts',
};

/**
 * `vite` serves the demo page (index.html) on the bundled data/.
 * `vite build` writes the CDN file dist/civic-widgets.js (every element, Leaflet in a lazy
 * chunk); `vite build --mode elements` adds dist/elements/<name>.js with shared chunks.
 */
export default defineConfig(({ mode }) => ({
  plugins: [leafletTrustedTypesProbe()],
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    outDir: 'dist',
    emptyOutDir: mode !== 'elements',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib:
      mode === 'elements'
        ? { entry: elementEntries, formats: ['es'], fileName: (_format, name) => `elements/${name}.js` }
        : { entry: { 'civic-widgets': 'src/index.ts' }, formats: ['es'], fileName: () => 'civic-widgets.js' },
    rolldownOptions: {
      output: { chunkFileNames: mode === 'elements' ? 'elements/chunks/[name]-[hash].js' : 'chunks/[name]-[hash].js' },
    },
  },
}));
