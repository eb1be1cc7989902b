import { defineConfig } from 'vite';
import { civicPlugins } from './build/plugins.mjs';

/**
 * `vite build -c vite.prerender.config.ts`: the Node side of prerendering (the `prerender()`
 * API and the CLI) into dist/prerender/. The library's sources are bundled (they use the
 * build's import conventions); dependencies stay imports, so Node resolves lit's server
 * build and @lit-labs/ssr, happy-dom and parse5 from node_modules.
 */
export default defineConfig({
  plugins: civicPlugins(),
  build: {
    ssr: true,
    outDir: 'dist/prerender',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: { index: 'src/prerender/index.ts', cli: 'src/prerender/cli.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
