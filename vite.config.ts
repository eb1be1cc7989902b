import { defineConfig, type Plugin } from 'vite';
import { cpSync, existsSync } from 'node:fs';
import { civicPlugins } from './build/plugins.mjs';

/**
 * What `vite build` writes into dist/, sharing one set of chunks (dist/chunks/): the CDN
 * loader, the package entry that registers every element, and one entry per element for
 * bundlers that import only what a page uses (the loader fetches these same files).
 */
const entries = {
  'civic-widgets': 'src/loader/index.ts',
  'elements/index': 'src/index.ts',
  'elements/news-ticker': 'src/components/news-ticker/news-ticker.ts',
  'elements/article-cards': 'src/components/article-cards/article-cards.ts',
  'elements/attractions-map': 'src/components/attractions-map/attractions-map.ts',
  'elements/partnership-panel': 'src/components/partnership-panel/partnership-panel.ts',
  // Imported first on prerendered pages (the loader does it by itself; bundlers import it).
  'elements/hydration': 'src/hydration.ts',
};

/** Copies files into the build's output folder once it is written (`from` → `to`, relative). */
const copyIntoBuild = (name: string, files: [from: string, to: string][]): Plugin => {
  let outDir = 'dist';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const [from, to] of files) if (existsSync(from)) cpSync(from, `${outDir}/${to}`, { recursive: true });
    },
  };
};

/** The built demo serves the same files the dev server does: data, themes, the manifest. */
const copyDemoFiles = () =>
  copyIntoBuild('civic-copy-demo-files', [
    ['data', 'data'],
    ['themes', 'themes'],
    ['dist/custom-elements.json', 'dist/custom-elements.json'],
  ]);

/** The CDN build carries the ready themes, so copying dist/ gives a site everything. */
const copyThemes = () => copyIntoBuild('civic-copy-themes', [['themes', 'themes']]);

/**
 * `vite` serves the demo pages (index.html, configurator.html) on the bundled data/.
 * `vite build` writes the library into dist/ (see `entries`; Leaflet and the XML reader in
 * lazy chunks, the ready themes beside it); `--mode elements` is the same build, kept for
 * older scripts; `vite build --mode demo` builds the demo pages into dist-demo/ (for Lighthouse).
 */
export default defineConfig(({ mode }) => {
  const server = { host: '127.0.0.1', port: 5173 };
  if (mode === 'demo') {
    return {
      server,
      plugins: [...civicPlugins(), copyDemoFiles()],
      build: {
        outDir: 'dist-demo',
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: { index: 'index.html', configurator: 'configurator.html' } },
      },
    };
  }
  return {
    server,
    // Relative URLs: the map's parse worker is found next to the library wherever a site copies dist/.
    base: './',
    plugins: [...civicPlugins(), copyThemes()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        // An element's entry holds its code (no re-exporting facade, one request fewer).
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Vite leaves whitespace in ES library builds; these files are served to browsers as they are.
          minify: true,
        },
      },
    },
  };
});
